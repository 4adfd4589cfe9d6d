/**
 * Reading a module's module.md: its front matter fields (title, summary, source, objectives, level,
 * reading time, tags, pass mark), each checked and reported at its line.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { Node } from 'yaml';
import { splitFrontMatter } from './markdown.ts';
import { SLUG } from './layout.ts';
import type { Report } from './problems.ts';
import type { ArticleSource, Level } from './types.ts';
import { findPair } from './yaml.ts';
import { opt, readFrontMatter, req, type Spec, type Value } from './yaml-spec.ts';

const LEVELS: readonly Level[] = ['introductory', 'intermediate', 'advanced'];
const SOURCE_FIELDS: Spec = {
	title: opt('string'),
	publisher: opt('string'),
	date: req('date'),
	url: opt('string')
};
// In the documented order, so that several missing fields on line 1 read top to bottom.
const MODULE_FIELDS: Spec = {
	title: req('string'),
	summary: req('string'),
	source: req({
		map: SOURCE_FIELDS,
		says: 'a map with date and optionally title, publisher and url'
	}),
	objectives: req({ strings: { min: 1, max: Infinity, says: 'at least one objective' } }),
	level: req({ enum: LEVELS }),
	readingMinutes: opt({
		integer: { min: 1, max: Number.MAX_SAFE_INTEGER, says: 'a positive whole number of minutes' }
	}),
	tags: req({ strings: { min: 1, max: Infinity, says: 'at least one tag' } }),
	passMark: opt({ integer: { min: 1, max: 100, says: 'a whole number from 1 to 100' } })
};

/** Module fields read from module.md; undefined where a problem was reported. */
export interface ModuleFields {
	/** Module title. */
	title?: string;
	/** One-paragraph summary. */
	summary?: string;
	/** Cited article. */
	source?: ArticleSource;
	/** Learning objectives. */
	objectives?: string[];
	/** Difficulty. */
	level?: Level;
	/** Author's reading estimate in minutes; computed from the text when left out. */
	readingMinutes?: number;
	/** Catalogue tags. */
	tags?: string[];
	/** Quiz pass mark in percent. */
	passMark?: number;
}

/** Read module.md's front matter; every problem is reported at its line and its field left out. */
export function readModuleFile(file: string, raw: string, report: Report): ModuleFields {
	const split = splitFrontMatter(raw);
	const front = readFrontMatter(file, split, MODULE_FIELDS, report);
	const bodyLines = split.body.split('\n');
	const firstText = bodyLines.findIndex((line) => line.trim() !== '');
	if (firstText !== -1 && !split.unclosed) {
		report(
			file,
			split.bodyLine + firstText,
			'the module file holds front matter only; put lesson text in a numbered section file'
		);
	}
	if (!front) return {};
	const { values, yaml, map } = front;
	const keyLine = (key: string) => yaml.lineOf((map && findPair(map, key)) ?? 1);
	const text = (value: Value | undefined) => (typeof value === 'string' ? value : undefined);
	const texts = (value: Value | undefined) =>
		Array.isArray(value) ? value.map((v) => String(v)) : undefined;
	const whole = (value: Value | undefined) => (typeof value === 'number' ? value : undefined);

	const summary = text(values.summary);
	if (summary !== undefined && /\n[ \t]*\n/.test(summary)) {
		report(file, keyLine('summary'), '`summary` must be one paragraph (it contains a blank line)');
	}
	// Each tag is checked at its own line; entries that are not text were reported by the reader.
	const tagList = map ? findPair(map, 'tags')?.value : undefined;
	const seenTags = new Set<string>();
	for (const item of isSeq(tagList) ? (tagList.items as Node[]) : []) {
		if (!isScalar(item) || typeof item.value !== 'string' || item.value.trim() === '') continue;
		const tag = item.value.trim();
		const line = yaml.lineOf(item);
		if (!SLUG.test(tag)) {
			report(
				file,
				line,
				`tag \`${tag}\` must be lower-case letters and digits joined by single hyphens, like \`border-security\``
			);
		} else if (seenTags.has(tag)) {
			report(file, line, `tag \`${tag}\` is listed twice`);
		}
		seenTags.add(tag);
	}
	const sourceMap = map ? findPair(map, 'source')?.value : undefined;
	const urlPair = isMap(sourceMap) ? findPair(sourceMap, 'url') : undefined;
	const urlLine = yaml.lineOf(urlPair ?? keyLine('source'));
	return {
		title: text(values.title),
		summary,
		source: readSource(values.source, (message) => report(file, urlLine, message)),
		objectives: texts(values.objectives),
		level: LEVELS.find((l) => l === values.level),
		readingMinutes: whole(values.readingMinutes),
		tags: texts(values.tags),
		passMark: whole(values.passMark)
	};
}

/** The cited article from the read `source` map; a URL that is not http(s) is reported through `bad`. */
function readSource(
	value: Value | undefined,
	bad: (message: string) => void
): ArticleSource | undefined {
	if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
	const { title, publisher, date, url } = value;
	if (typeof url === 'string' && !isWebAddress(url)) {
		bad(`\`source.url\` must be an http(s) URL (got \`${url}\`)`);
	}
	// A supplied text may have no headline or publisher: the field is left out, never made up.
	if (typeof date !== 'string') return undefined;
	return {
		date,
		...(typeof title === 'string' ? { title } : {}),
		...(typeof publisher === 'string' ? { publisher } : {}),
		...(typeof url === 'string' ? { url } : {})
	};
}

function isWebAddress(text: string): boolean {
	try {
		const url = new URL(text);
		return url.protocol === 'http:' || url.protocol === 'https:';
	} catch {
		return false;
	}
}
