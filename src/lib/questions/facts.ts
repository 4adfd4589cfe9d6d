import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import { FIELDS, type Fact, type FactsFile, type Field } from './facts-types.ts';
import { ContentError, type ContentProblem } from '../content/problems.ts';
import { findPair, parseYaml, type Yaml } from '../content/yaml.ts';
import { opt, readMap, req, topList, type Spec } from '../content/yaml-spec.ts';

/** What facts are checked against. */
export interface FactsContext {
	/** Lesson section slug to the heading ids inside it. */
	sections: Map<string, string[]>;
	/** Article name to its number of paragraphs, when known, to catch a paragraph past the end. */
	articles?: Map<string, number>;
	/**
	 * What to do with a fact marked `draft: true`: `refuse` it (the build: a draft never reaches a page), or `keep`
	 * it with its flag so author tools can show what it would generate. Refused by default.
	 */
	drafts?: 'refuse' | 'keep';
}

/** A value left for the author to write, as `npm run new` and `questions suggest` leave them. */
export const PLACEHOLDER = /\bTODO\b/;

/** Keys of a fact whose value (text or list of texts) still holds a placeholder. */
function placeholderKeys(raw: Record<string, unknown>): string[] {
	const has = (v: unknown): boolean =>
		typeof v === 'string'
			? PLACEHOLDER.test(v)
			: Array.isArray(v)
				? v.some(has)
				: !!v && typeof v === 'object' && Object.values(v).some(has);
	return Object.keys(raw).filter((k) => has(raw[k]));
}

/** Entity kinds are the author's nouns: lower case words ("telescope", "space agency", "football club"). */
/** What a fact's `category` may be: lower-case words (a drafted kind is held to it too). */
export const KIND = /^[a-z][a-z0-9'’]*(?:[ -][a-z0-9'’]+)*$/;
const CATEGORY = { kind: 'string', required: true } as const;

/** Fact types and the fields each adds to the common ones. */
export const FACT_FIELDS: Record<Fact['type'], Spec> = {
	number: {
		value: req('number'),
		unit: req('string'),
		qualifier: req({ enum: ['exact', 'over', 'at-least', 'about', 'under', 'up-to'] }),
		period: opt('string'),
		reportedBy: opt('string'),
		measure: req('string'),
		to: opt('number'),
		ask: opt('string'),
		bounds: opt('numbers'),
		shows: opt('strings'),
		cannotShow: opt('strings')
	},
	event: {
		event: req('string'),
		when: req('string'),
		granularity: req({ enum: ['year', 'month', 'day', 'relative'] }),
		sequence: opt('number'),
		until: opt('string'),
		after: opt('strings')
	},
	entity: {
		entity: req('string'),
		aliases: opt('strings'),
		category: CATEGORY,
		relation: req('string'),
		role: req('string'),
		alternatives: opt('strings')
	},
	quote: {
		speaker: req('string'),
		speakerCategory: CATEGORY,
		words: req('string'),
		argues: req('string')
	},
	position: {
		holder: req('string'),
		holderCategory: CATEGORY,
		position: req('string'),
		reason: opt('string'),
		evidence: opt('strings'),
		contestedBy: opt('strings')
	},
	set: {
		name: req('string'),
		category: CATEGORY,
		members: req('strings'),
		complete: req('boolean'),
		relation: opt('string')
	},
	cause: {
		cause: req('string'),
		effect: req('string'),
		by: opt('string'),
		alternatives: opt('strings')
	},
	definition: {
		term: req('string'),
		meaning: req('string'),
		background: req('boolean'),
		kind: opt({ enum: ['person', 'organisation', 'place', 'act', 'thing'] }),
		aliases: opt('strings'),
		alternatives: opt('strings')
	},
	comparison: {
		figures: req('strings'),
		finding: req('string'),
		notShown: req('strings')
	}
};

/** Fields naming other facts, and the fact types they may name. */
const REFERENCES: { type: Fact['type']; field: string; targets: Fact['type'][] }[] = [
	{
		type: 'position',
		field: 'evidence',
		targets: [
			'number',
			'event',
			'entity',
			'quote',
			'position',
			'set',
			'cause',
			'comparison',
			'definition'
		]
	},
	{ type: 'position', field: 'contestedBy', targets: ['position', 'quote'] },
	{ type: 'event', field: 'after', targets: ['event'] },
	{ type: 'comparison', field: 'figures', targets: ['number'] }
];

const COMMON: Spec = {
	id: req('string'),
	type: req({ enum: Object.keys(FACT_FIELDS) }),
	statement: req('string'),
	source: opt({ map: { article: req('string'), paragraph: req('number') } }),
	section: req('string'),
	anchor: opt('string'),
	background: opt('boolean'),
	draft: opt('boolean')
};

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const WHEN: Record<string, RegExp> = {
	year: /^\d{4}$/,
	month: /^\d{4}-(0[1-9]|1[0-2])$/,
	day: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/
};

/** The line of a key inside a fact, falling back to the fact's own line. */
function keyLine(yaml: Yaml, map: YAMLMap, key: string): Node | YAMLMap {
	const pair = findPair(map, key);
	return (pair?.key as Node | undefined) ?? map;
}

/** Top-level keys of facts.yaml besides `facts`. */
const TOP_KEYS = ['field', 'alternatives'] as const;

/** `field:` (one field or a list) and `alternatives:` (kind to names), reported by line when malformed. */
function readTop(yaml: Yaml): Pick<FactsFile, 'fields' | 'alternatives'> {
	const fields: Field[] = [];
	const alternatives = new Map<string, string[]>();
	if (!isMap(yaml.root)) return { fields, alternatives };
	const fieldPair = findPair(yaml.root, 'field');
	if (fieldPair) {
		const node = fieldPair.value as Node | null;
		const values = isScalar(node) ? [node] : isSeq(node) ? (node.items as Node[]) : [];
		if (values.length === 0)
			yaml.at(fieldPair, `\`field\` must be one of ${FIELDS.join(', ')}, or a list of them`);
		for (const v of values) {
			const value = isScalar(v) ? v.value : undefined;
			if (typeof value === 'string' && (FIELDS as readonly string[]).includes(value))
				fields.push(value as Field);
			else
				yaml.at(v, `\`field\`: \`${String(value)}\` is not a field (fields: ${FIELDS.join(', ')})`);
		}
	}
	const altPair = findPair(yaml.root, 'alternatives');
	if (altPair) {
		const node = altPair.value as Node | null;
		if (!isMap(node))
			yaml.at(
				altPair,
				'`alternatives` must map an entity kind to a list of names (`telescope: [...]`)'
			);
		else {
			for (const pair of node.items) {
				const kind = isScalar(pair.key) ? String(pair.key.value) : '';
				if (!KIND.test(kind))
					yaml.at(pair, `\`alternatives\`: kind \`${kind}\` must be lower-case words`);
				const list = pair.value as Node | null;
				const names = isSeq(list)
					? (list.items as Node[]).map((n) =>
							isScalar(n) && typeof n.value === 'string' ? n.value.trim() : ''
						)
					: [];
				if (!isSeq(list) || names.some((n) => n === '')) {
					yaml.at(pair, `\`alternatives\`: \`${kind}\` must be a list of names`);
					continue;
				}
				alternatives.set(kind, names);
			}
		}
	}
	return { fields, alternatives };
}

/**
 * Parse and validate a module's facts.yaml (`facts:` list). Throws a ContentError listing every problem
 * as `file:line: message`, the line being the offending key's.
 */
export function parseFacts(text: string, file: string, ctx: FactsContext): Fact[] {
	return parseFactsFile(text, file, ctx).facts;
}

/** Parse and validate a whole facts.yaml: the facts, the article's fields and the author's alternatives. */
export function parseFactsFile(text: string, file: string, ctx: FactsContext): FactsFile {
	const problems: ContentProblem[] = [];
	const yaml = parseYaml(text, file, 1, (at, line, message) =>
		problems.push({ file: at, line, message })
	);
	if (!yaml) throw new ContentError(problems);
	const facts: Fact[] = [];
	const seen = new Map<string, number>();
	const lines = new Map<string, YAMLMap>();
	const top = readTop(yaml);
	for (const node of topList(yaml, 'facts', TOP_KEYS)) {
		if (!isMap(node)) {
			yaml.at(node, 'each fact must be a mapping with `id`, `type`, `statement`...');
			continue;
		}
		const typePair = findPair(node, 'type');
		const typeValue =
			typePair && 'value' in (typePair.value as object)
				? (typePair.value as { value: unknown }).value
				: undefined;
		const idPair = findPair(node, 'id');
		const idValue = idPair ? String((idPair.value as { value?: unknown } | null)?.value ?? '') : '';
		const where = idValue ? `fact \`${idValue}\`` : 'fact';
		const extra =
			typeof typeValue === 'string' && typeValue in FACT_FIELDS
				? FACT_FIELDS[typeValue as Fact['type']]
				: null;
		if (!extra) {
			readMap(yaml, node, COMMON, { owner: `${where}: `, line: yaml.lineOf(node) });
			continue;
		}
		const before = problems.length;
		const raw = readMap(
			yaml,
			node,
			{ ...COMMON, ...extra },
			{ owner: `${where}: `, line: yaml.lineOf(node) }
		);
		const report = (key: string, message: string) =>
			yaml.at(keyLine(yaml, node, key), `${where}: ${message}`);

		if (typeof raw.id === 'string') {
			if (!ID.test(raw.id)) report('id', `id \`${raw.id}\` must be kebab-case (a-z, 0-9, hyphens)`);
			const first = seen.get(raw.id);
			if (first !== undefined) report('id', `duplicate id \`${raw.id}\` (first on line ${first})`);
			else seen.set(raw.id, yaml.lineOf(keyLine(yaml, node, 'id')));
		}
		if (typeof raw.section === 'string') {
			const anchors = ctx.sections.get(raw.section);
			if (!anchors) {
				report(
					'section',
					`section \`${raw.section}\` does not exist (known: ${[...ctx.sections.keys()].join(', ') || 'none'})`
				);
			} else if (typeof raw.anchor === 'string' && !anchors.includes(raw.anchor)) {
				report(
					'anchor',
					`anchor \`${raw.anchor}\` is not a heading id of section \`${raw.section}\``
				);
			}
		}
		const source = raw.source;
		if (source && typeof source === 'object' && !Array.isArray(source)) {
			const paragraph = source.paragraph;
			const sourceMap = findPair(node, 'source')?.value;
			const at = isMap(sourceMap)
				? keyLine(yaml, sourceMap, 'paragraph')
				: keyLine(yaml, node, 'source');
			if (typeof paragraph === 'number') {
				const limit =
					typeof source.article === 'string' ? ctx.articles?.get(source.article) : undefined;
				if (!Number.isInteger(paragraph) || paragraph < 1) {
					yaml.at(at, `${where}: source paragraph must be a positive integer, got ${paragraph}`);
				} else if (limit !== undefined && paragraph > limit) {
					yaml.at(
						at,
						`${where}: source paragraph ${paragraph} is past the end of \`${String(source.article)}\` (${limit} paragraphs)`
					);
				}
			}
			if (typeof source.article === 'string' && ctx.articles && !ctx.articles.has(source.article)) {
				report('source', `unknown article \`${source.article}\``);
			}
		}
		const background = raw.background === true;
		if (background && findPair(node, 'source'))
			report('source', 'a background fact is not from the article: remove `source`');
		if (!background && !findPair(node, 'source'))
			report('id', 'has no source paragraph (`source: {article, paragraph}`)');

		for (const key of ['category', 'speakerCategory', 'holderCategory'] as const) {
			const kind = raw[key];
			if (typeof kind === 'string' && !KIND.test(kind)) {
				report(
					key,
					`\`${key}: ${kind}\` must name the kind in lower-case words (country, person, telescope, space agency…)`
				);
			}
		}
		if (
			raw.type === 'event' &&
			typeof raw.when === 'string' &&
			typeof raw.granularity === 'string'
		) {
			const pattern = WHEN[raw.granularity];
			if (pattern && !pattern.test(raw.when))
				report('when', `\`when: ${raw.when}\` does not match granularity \`${raw.granularity}\``);
			if (typeof raw.until === 'string') {
				if (raw.granularity === 'relative')
					report('until', 'a relative `when` cannot have `until`');
				else if (pattern && !pattern.test(raw.until))
					report(
						'until',
						`\`until: ${raw.until}\` does not match granularity \`${raw.granularity}\``
					);
				else if (raw.until <= raw.when)
					report('until', `\`until: ${raw.until}\` must come after \`when: ${raw.when}\``);
			}
		}
		if (raw.type === 'number' && typeof raw.value === 'number') {
			if (raw.value <= 0) report('value', 'value must be positive');
			if (typeof raw.to === 'number' && raw.to <= raw.value)
				report('to', `\`to: ${raw.to}\` must be greater than \`value: ${raw.value}\``);
			if (typeof raw.to === 'number' && raw.qualifier !== 'exact' && raw.qualifier !== 'about') {
				report('to', 'a range takes `qualifier: exact` or `about`');
			}
			const bounds = raw.bounds;
			if (Array.isArray(bounds)) {
				const [lo, hi] = bounds as number[];
				const top = Math.max(raw.value, typeof raw.to === 'number' ? raw.to : raw.value);
				const bottom = Math.min(raw.value, typeof raw.to === 'number' ? raw.to : raw.value);
				if (bounds.length !== 2 || !(lo < hi))
					report('bounds', '`bounds` must be two numbers, smallest first: `[min, max]`');
				else if (bottom < lo || top > hi)
					report('bounds', `the figure lies outside its own \`bounds: [${lo}, ${hi}]\``);
			}
			if (typeof raw.ask === 'string' && !/\?$/.test(raw.ask.trim()))
				report('ask', '`ask` must be a question ending in `?`');
		}
		if (raw.type === 'comparison' && Array.isArray(raw.figures) && raw.figures.length < 2) {
			report('figures', 'a comparison needs at least two figures');
		}
		if (raw.type === 'set' && Array.isArray(raw.members)) {
			if (raw.members.length < 2) report('members', 'a set needs at least two members');
			if (new Set(raw.members.map((m) => String(m).toLowerCase())).size !== raw.members.length) {
				report('members', 'members repeat');
			}
		}
		if (raw.draft === true && ctx.drafts !== 'keep') {
			report(
				'draft',
				'is a draft (`draft: true`): check it against its sentence, rewrite its statement and every TODO in your own words, then delete the `draft` line (or delete the fact)'
			);
		} else if (raw.draft !== true) {
			for (const key of placeholderKeys(raw))
				report(key, `\`${key}\` is still a placeholder (TODO): write it`);
		}
		if (problems.length === before) {
			facts.push(raw as unknown as Fact);
			lines.set(String(raw.id), node);
		}
	}
	// References to other facts, once every id is known.
	const byId = new Map(facts.map((f) => [f.id, f]));
	for (const fact of facts) {
		const node = lines.get(fact.id);
		if (!node) continue;
		for (const ref of REFERENCES) {
			if (ref.type !== fact.type) continue;
			const ids = (fact as unknown as Record<string, unknown>)[ref.field];
			if (!Array.isArray(ids)) continue;
			for (const id of ids as string[]) {
				const target = byId.get(id);
				const at = keyLine(yaml, node, ref.field);
				if (!target)
					yaml.at(
						at,
						`fact \`${fact.id}\`: \`${ref.field}\` names \`${id}\`, which is not a fact id`
					);
				else if (!ref.targets.includes(target.type)) {
					yaml.at(
						at,
						`fact \`${fact.id}\`: \`${ref.field}\` names \`${id}\`, a ${target.type} fact (expected ${ref.targets.join(' or ')})`
					);
				} else if (id === fact.id)
					yaml.at(at, `fact \`${fact.id}\`: \`${ref.field}\` names the fact itself`);
			}
		}
	}
	if (problems.length > 0) {
		throw new ContentError(problems);
	}
	return { facts, ...top };
}
