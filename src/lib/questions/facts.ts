import { isMap, type Node, type YAMLMap } from 'yaml';
import type { Fact } from './facts-types.ts';
import { QuestionsError } from './types.ts';
import { findPair, loadYaml, opt, readMap, req, topList, type Spec, type YamlFile } from './yaml-schema.ts';

export { QuestionsError } from './types.ts';

/** What facts are checked against. */
export interface FactsContext {
	/** Lesson section slug to the heading ids inside it. */
	sections: Map<string, string[]>;
	/** Article name to its number of paragraphs, when known, to catch a paragraph past the end. */
	articles?: Map<string, number>;
}

const CATEGORIES = [
	'country',
	'region',
	'organisation',
	'agency',
	'company',
	'person',
	'party',
	'city'
] as const;

/** Fact types and the fields each adds to the common ones. */
export const FACT_FIELDS: Record<Fact['type'], Spec> = {
	number: {
		value: req('number'),
		unit: req('string'),
		qualifier: req({ enum: ['exact', 'over', 'at-least', 'about', 'under', 'up-to'] }),
		period: opt('string'),
		reportedBy: opt('string'),
		measure: req('string')
	},
	event: {
		event: req('string'),
		when: req('string'),
		granularity: req({ enum: ['year', 'month', 'day', 'relative'] }),
		sequence: req('number')
	},
	entity: {
		entity: req('string'),
		aliases: opt('strings'),
		category: req({ enum: CATEGORIES }),
		relation: req('string'),
		role: req('string')
	},
	quote: {
		speaker: req('string'),
		speakerCategory: req({ enum: CATEGORIES }),
		words: req('string'),
		argues: req('string')
	},
	position: {
		holder: req('string'),
		holderCategory: req({ enum: CATEGORIES }),
		position: req('string')
	},
	set: {
		name: req('string'),
		category: req({ enum: CATEGORIES }),
		members: req('strings'),
		complete: req('boolean'),
		relation: opt('string')
	},
	cause: { cause: req('string'), effect: req('string') },
	definition: {
		term: req('string'),
		meaning: req('string'),
		background: req('boolean'),
		kind: opt({ enum: ['person', 'organisation', 'place', 'act', 'thing'] })
	}
};

const COMMON: Spec = {
	id: req('string'),
	type: req({ enum: Object.keys(FACT_FIELDS) }),
	statement: req('string'),
	source: opt({ map: { article: req('string'), paragraph: req('number') } }),
	section: req('string'),
	anchor: opt('string')
};

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const WHEN: Record<string, RegExp> = {
	year: /^\d{4}$/,
	month: /^\d{4}-(0[1-9]|1[0-2])$/,
	day: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/
};

/** The line of a key inside a fact, falling back to the fact's own line. */
function keyLine(yaml: YamlFile, map: YAMLMap, key: string): Node | YAMLMap {
	const pair = findPair(map, key);
	return (pair?.key as Node | undefined) ?? map;
}

/**
 * Parse and validate a module's facts.yaml (`facts:` list). Throws a QuestionsError listing every problem
 * as `file:line: message`, the line being the offending key's.
 */
export function parseFacts(text: string, file: string, ctx: FactsContext): Fact[] {
	const yaml = loadYaml(text, file);
	const facts: Fact[] = [];
	const seen = new Map<string, number>();
	for (const node of topList(yaml, 'facts')) {
		if (!isMap(node)) {
			yaml.report(node, 'each fact must be a mapping with `id`, `type`, `statement`...');
			continue;
		}
		const typePair = findPair(node, 'type');
		const typeValue = typePair && 'value' in (typePair.value as object) ? (typePair.value as { value: unknown }).value : undefined;
		const idPair = findPair(node, 'id');
		const idValue = idPair ? String((idPair.value as { value?: unknown } | null)?.value ?? '') : '';
		const where = idValue ? `fact \`${idValue}\`` : 'fact';
		const extra = typeof typeValue === 'string' && typeValue in FACT_FIELDS ? FACT_FIELDS[typeValue as Fact['type']] : null;
		if (!extra) {
			readMap(yaml, node, COMMON, where);
			continue;
		}
		const before = yaml.problems.length;
		const raw = readMap(yaml, node, { ...COMMON, ...extra }, where);
		const report = (key: string, message: string) => yaml.report(keyLine(yaml, node, key), `${where}: ${message}`);

		if (typeof raw.id === 'string') {
			if (!ID.test(raw.id)) report('id', `id \`${raw.id}\` must be kebab-case (a-z, 0-9, hyphens)`);
			const first = seen.get(raw.id);
			if (first !== undefined) report('id', `duplicate id \`${raw.id}\` (first on line ${first})`);
			else seen.set(raw.id, yaml.lineOf(keyLine(yaml, node, 'id')));
		}
		if (typeof raw.section === 'string') {
			const anchors = ctx.sections.get(raw.section);
			if (!anchors) {
				report('section', `section \`${raw.section}\` does not exist (known: ${[...ctx.sections.keys()].join(', ') || 'none'})`);
			} else if (typeof raw.anchor === 'string' && !anchors.includes(raw.anchor)) {
				report('anchor', `anchor \`${raw.anchor}\` is not a heading id of section \`${raw.section}\``);
			}
		}
		const source = raw.source;
		if (source && typeof source === 'object' && !Array.isArray(source)) {
			const paragraph = source.paragraph;
			const sourceMap = findPair(node, 'source')?.value;
			const at = isMap(sourceMap) ? keyLine(yaml, sourceMap, 'paragraph') : keyLine(yaml, node, 'source');
			if (typeof paragraph === 'number') {
				const limit = typeof source.article === 'string' ? ctx.articles?.get(source.article) : undefined;
				if (!Number.isInteger(paragraph) || paragraph < 1) {
					yaml.report(at, `${where}: source paragraph must be a positive integer, got ${paragraph}`);
				} else if (limit !== undefined && paragraph > limit) {
					yaml.report(at, `${where}: source paragraph ${paragraph} is past the end of \`${String(source.article)}\` (${limit} paragraphs)`);
				}
			}
			if (typeof source.article === 'string' && ctx.articles && !ctx.articles.has(source.article)) {
				report('source', `unknown article \`${source.article}\``);
			}
		}
		const background = raw.type === 'definition' && raw.background === true;
		if (background && findPair(node, 'source')) report('source', 'a background definition is not from the article: remove `source`');
		if (!background && !findPair(node, 'source')) report('id', 'has no source paragraph (`source: {article, paragraph}`)');

		if (raw.type === 'event' && typeof raw.when === 'string' && typeof raw.granularity === 'string') {
			const pattern = WHEN[raw.granularity];
			if (pattern && !pattern.test(raw.when)) report('when', `\`when: ${raw.when}\` does not match granularity \`${raw.granularity}\``);
		}
		if (raw.type === 'number' && typeof raw.value === 'number' && raw.value <= 0) report('value', 'value must be positive');
		if (raw.type === 'set' && Array.isArray(raw.members)) {
			if (raw.members.length < 2) report('members', 'a set needs at least two members');
			if (new Set(raw.members.map((m) => String(m).toLowerCase())).size !== raw.members.length) {
				report('members', 'members repeat');
			}
		}
		if (yaml.problems.length === before) facts.push(raw as unknown as Fact);
	}
	if (yaml.problems.length > 0) {
		throw new QuestionsError(yaml.problems.sort((a, b) => a.line - b.line));
	}
	return facts;
}
