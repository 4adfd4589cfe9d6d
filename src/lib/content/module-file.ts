/**
 * Reading a module's module.md: its front matter fields (title, summary, source, objectives, level,
 * reading time, tags, pass mark), each checked and reported at its line.
 */
import { isMap } from 'yaml';
import { splitFrontMatter } from './markdown.ts';
import {
	dateText,
	frontMatterMap,
	got,
	integer,
	readFields,
	take,
	text,
	textList
} from './fields.ts';
import type { Field, FieldContext } from './fields.ts';
import { SLUG } from './layout.ts';
import type { Report } from './problems.ts';
import type { ArticleSource, Level } from './types.ts';

const LEVELS: readonly Level[] = ['introductory', 'intermediate', 'advanced'];
const MODULE_FIELDS = [
	'title',
	'summary',
	'source',
	'objectives',
	'level',
	'readingMinutes',
	'tags',
	'passMark'
] as const;
const SOURCE_FIELDS = ['title', 'publisher', 'date', 'url'] as const;

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

export function readModuleFile(file: string, raw: string, report: Report): ModuleFields {
	const split = splitFrontMatter(raw);
	const front = frontMatterMap(file, split.yaml, split.unclosed, MODULE_FIELDS, report);
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
	const ctx: FieldContext = { file, lines: front.lines, mapLine: 1, prefix: '', report };
	const fields = front.map ? readFields(ctx, front.map, MODULE_FIELDS) : new Map<string, Field>();

	// Read in the documented field order so that several problems on line 1 read top to bottom.
	const title = text(ctx, fields, 'title');
	const summary = text(ctx, fields, 'summary');
	if (summary !== undefined && /\n[ \t]*\n/.test(summary)) {
		report(
			file,
			fields.get('summary')?.line ?? 1,
			'`summary` must be one paragraph (it contains a blank line)'
		);
	}
	const source = readSource(ctx, fields);
	const objectives = textList(ctx, fields, 'objectives', {
		min: 1,
		max: Infinity,
		says: 'at least one objective'
	})?.map((item) => item.text);
	const level = text(ctx, fields, 'level');
	const knownLevel = LEVELS.find((l) => l === level);
	if (level !== undefined && !knownLevel) {
		report(
			file,
			fields.get('level')?.line ?? 1,
			`\`level\` must be one of ${LEVELS.join(', ')} (got \`${level}\`)`
		);
	}
	const readingMinutes = integer(ctx, fields, 'readingMinutes', {
		min: 1,
		max: Number.MAX_SAFE_INTEGER,
		describe: 'a positive whole number of minutes',
		required: false
	});
	const tags = textList(ctx, fields, 'tags', { min: 1, max: Infinity, says: 'at least one tag' });
	const seenTags = new Set<string>();
	for (const { text: tag, line } of tags ?? []) {
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
	const passMark = integer(ctx, fields, 'passMark', {
		min: 1,
		max: 100,
		describe: 'a whole number from 1 to 100',
		required: false
	});
	return {
		title,
		summary,
		source,
		objectives,
		level: knownLevel,
		readingMinutes,
		tags: tags?.map((t) => t.text),
		passMark
	};
}

function readSource(ctx: FieldContext, fields: Map<string, Field>): ArticleSource | undefined {
	const field = take(ctx, fields, 'source', true);
	if (!field) return undefined;
	if (!isMap(field.node)) {
		ctx.report(
			ctx.file,
			field.line,
			`\`source\` must be a map with date and optionally title, publisher and url (got ${got(field.node)})`
		);
		return undefined;
	}
	const inner: FieldContext = { ...ctx, mapLine: field.line, prefix: 'source.' };
	const sourceFields = readFields(inner, field.node, SOURCE_FIELDS);
	// A supplied text may have no headline or publisher: the field is left out, never made up.
	const title = text(inner, sourceFields, 'title', false);
	const publisher = text(inner, sourceFields, 'publisher', false);
	const date = dateText(inner, sourceFields);
	const url = text(inner, sourceFields, 'url', false);
	if (url !== undefined && !isWebAddress(url)) {
		ctx.report(
			ctx.file,
			sourceFields.get('url')?.line ?? field.line,
			`\`source.url\` must be an http(s) URL (got \`${url}\`)`
		);
	}
	if (date === undefined) return undefined;
	return {
		date,
		...(title === undefined ? {} : { title }),
		...(publisher === undefined ? {} : { publisher }),
		...(url === undefined ? {} : { url })
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
