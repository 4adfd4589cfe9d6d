import { isMap } from 'yaml';
import { ContentError, type ContentProblem } from '../content/problems.ts';
import { findPair, parseYaml } from '../content/yaml.ts';
import { opt, readMap, req, topList, type Spec, type Value } from '../content/yaml-spec.ts';
import type { Fact } from './facts-types.ts';
import { inferSkill } from './skills.ts';
import { SKILLS, type Item, type ItemType, type Option, type Skill } from './types.ts';

/** What hand-written items are checked against. */
export interface QuestionsContext {
	/** The module's facts (already validated). */
	facts: Fact[];
	/** Lesson section slug to the heading ids inside it. */
	sections: Map<string, string[]>;
}

/** Hand-written items with the line each starts on, so later check failures can point into the file. */
export interface HandItems {
	/** The items, `origin: 'hand'`. */
	items: Item[];
	/** Item id to the line of its `id:` key. */
	lines: Map<string, number>;
}

const OPTIONS = {
	list: { id: req('string'), text: req('string'), feedback: opt('string') }
} as const;

const TYPE_FIELDS: Record<ItemType, Spec> = {
	single: { options: req(OPTIONS), answer: req('string') },
	whosaid: { options: req(OPTIONS), answer: req('string') },
	multiple: { options: req(OPTIONS), answer: req('strings') },
	truefalse: { options: opt(OPTIONS), answer: req('truth') },
	numeric: {
		answer: req('number'),
		min: req('number'),
		max: req('number'),
		unit: req('string'),
		prefix: opt('string')
	},
	blank: { accept: req('strings') },
	ordering: { items: req({ list: { id: req('string'), text: req('string') } }) },
	matching: {
		pairs: req({ list: { id: opt('string'), left: req('string'), right: req('string') } }),
		distractors: opt('strings')
	}
};

const COMMON: Spec = {
	id: req('string'),
	type: req({ enum: Object.keys(TYPE_FIELDS) }),
	facts: req('string-or-strings'),
	section: req('string'),
	anchor: opt('string'),
	skill: opt({ enum: SKILLS }),
	stem: req('string'),
	explanation: req('string')
};

const TRUE_FALSE: Option[] = [
	{ id: 'true', text: 'True' },
	{ id: 'false', text: 'False' }
];

/** A value left for the author to fill in, as `import-gift` writes them. */
const PLACEHOLDER = /^\s*TODO\b/;

function asText(v: Value | undefined): string {
	return typeof v === 'string' ? v : '';
}

/** Parse questions.yaml (`questions:` list) into items, reporting every problem as `file:line: message`. */
export function parseQuestionsWithLines(
	text: string,
	file: string,
	ctx: QuestionsContext
): HandItems {
	const problems: ContentProblem[] = [];
	const yaml = parseYaml(text, file, 1, (at, line, message) =>
		problems.push({ file: at, line, message })
	);
	if (!yaml) throw new ContentError(problems);
	const factIds = new Set(ctx.facts.map((f) => f.id));
	const items: Item[] = [];
	const lines = new Map<string, number>();
	const firstLines = new Map<string, number>();
	for (const node of topList(yaml, 'questions')) {
		if (!isMap(node)) {
			yaml.at(node, 'each question must be a mapping with `id`, `type`, `stem`...');
			continue;
		}
		const typeNode = findPair(node, 'type')?.value as { value?: unknown } | null | undefined;
		const type =
			typeof typeNode?.value === 'string' && typeNode.value in TYPE_FIELDS
				? (typeNode.value as ItemType)
				: null;
		const idNode = findPair(node, 'id')?.value as { value?: unknown } | null | undefined;
		const where = typeof idNode?.value === 'string' ? `question \`${idNode.value}\`` : 'question';
		const before = problems.length;
		const spec = type ? { ...COMMON, ...TYPE_FIELDS[type] } : COMMON;
		const raw = readMap(yaml, node, spec, { owner: `${where}: `, line: yaml.lineOf(node) });
		if (!type) continue;
		const at = (key: string) => findPair(node, key) ?? node;
		const report = (key: string, message: string) => yaml.at(at(key), `${where}: ${message}`);

		const id = asText(raw.id);
		const first = firstLines.get(id);
		if (id && first !== undefined) report('id', `duplicate id \`${id}\` (first on line ${first})`);
		else if (id) firstLines.set(id, yaml.lineOf(at('id')));
		const facts =
			typeof raw.facts === 'string'
				? [raw.facts]
				: Array.isArray(raw.facts)
					? raw.facts.map(asText)
					: [];
		if (raw.facts !== undefined && facts.length === 0) report('facts', 'name at least one fact');
		for (const f of facts)
			if (!factIds.has(f)) report('facts', `fact \`${f}\` does not exist in facts.yaml`);
		const section = asText(raw.section);
		const anchors = ctx.sections.get(section);
		if (section && !anchors) report('section', `section \`${section}\` does not exist`);
		const anchor = asText(raw.anchor);
		if (anchor && anchors && !anchors.includes(anchor))
			report('anchor', `anchor \`${anchor}\` is not a heading id of section \`${section}\``);

		const options: Option[] = Array.isArray(raw.options)
			? raw.options.map((o) => {
					const m = o as { [key: string]: Value };
					return {
						id: asText(m.id),
						text: asText(m.text),
						...(m.feedback ? { feedback: asText(m.feedback) } : {})
					};
				})
			: type === 'truefalse'
				? TRUE_FALSE
				: [];
		const optionIds = new Set(options.map((o) => o.id));
		const answers = Array.isArray(raw.answer)
			? raw.answer.map(asText)
			: typeof raw.answer === 'string'
				? [raw.answer]
				: [];
		if (type === 'single' || type === 'whosaid' || type === 'multiple' || type === 'truefalse') {
			for (const a of answers)
				if (!optionIds.has(a)) report('answer', `answer \`${a}\` is not an option id`);
		}
		// `import-gift` leaves `TODO…` where GIFT has nothing to say (unit, explanation); they must not reach a learner.
		for (const key of ['unit', 'explanation', 'stem'] as const) {
			if (PLACEHOLDER.test(asText(raw[key])))
				report(key, `\`${key}\` is still a placeholder (${asText(raw[key]).trim()}): write it`);
		}
		if (problems.length !== before) continue;

		const factsById = new Map(ctx.facts.map((f) => [f.id, f]));
		const skill: Skill =
			typeof raw.skill === 'string'
				? (raw.skill as Skill)
				: inferSkill(
						type,
						facts.flatMap((f) => factsById.get(f) ?? [])
					);
		const base = {
			id,
			origin: 'hand' as const,
			skill,
			facts,
			section,
			...(anchor ? { anchor } : {}),
			stem: asText(raw.stem),
			explanation: asText(raw.explanation).trim()
		};
		lines.set(id, yaml.lineOf(at('id')));
		switch (type) {
			case 'single':
			case 'whosaid':
			case 'truefalse':
				items.push({ ...base, type, options, answer: answers[0] });
				break;
			case 'multiple':
				items.push({ ...base, type, options, answer: answers });
				break;
			case 'numeric':
				items.push({
					...base,
					type,
					answer: Number(raw.answer),
					min: Number(raw.min),
					max: Number(raw.max),
					unit: asText(raw.unit),
					...(raw.prefix ? { prefix: asText(raw.prefix) } : {})
				});
				break;
			case 'blank':
				items.push({
					...base,
					type,
					accept: Array.isArray(raw.accept) ? raw.accept.map(asText) : []
				});
				break;
			case 'ordering':
				items.push({
					...base,
					type,
					items: (raw.items as { [key: string]: Value }[]).map((e) => ({
						id: asText(e.id),
						text: asText(e.text)
					}))
				});
				break;
			case 'matching':
				items.push({
					...base,
					type,
					pairs: (raw.pairs as { [key: string]: Value }[]).map((p, i) => ({
						id: asText(p.id) || `pair-${i + 1}`,
						left: asText(p.left),
						right: asText(p.right)
					})),
					...(Array.isArray(raw.distractors) ? { distractors: raw.distractors.map(asText) } : {})
				});
				break;
		}
	}
	if (problems.length > 0) throw new ContentError(problems);
	return { items, lines };
}

/** Parse questions.yaml into hand-written items (`origin: 'hand'`); throws a ContentError with `file:line` problems. */
export function parseQuestions(text: string, file: string, ctx: QuestionsContext): Item[] {
	return parseQuestionsWithLines(text, file, ctx).items;
}
