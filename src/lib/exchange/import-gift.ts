import { parse, type GIFTQuestion, type TextChoice } from 'gift-pegjs';
import { stringify } from 'yaml';
import type { ContentProblem } from '../content/problems.ts';

/** Placeholders for what GIFT cannot say; the build rejects them with `file:line` until an author fills them in. */
export const TODO_FACT = 'TODO-name-the-facts';
export const TODO_SECTION = 'TODO-name-the-section';
/** GIFT numbers have no unit; Briefing shows one beside the box. */
export const TODO_UNIT = 'TODO-unit';
/** Written when a question has no general feedback (`####`); Briefing shows an explanation after every answer. */
export const TODO_EXPLANATION = 'TODO: say why the answer is right.';

/** What the teacher can tell the import that GIFT does not carry. */
export interface ImportOptions {
	/** Fact ids every imported item tests (`--facts a,b`). */
	facts?: string[];
	/** Section slug that teaches them (`--section s`). */
	section?: string;
	/** Ids already in questions.yaml, so new ids never clash. */
	existingIds?: Iterable<string>;
}

/** A hand item as questions.yaml writes it (plain data, in the file's key order). */
export type HandYaml = Record<string, unknown>;

/** The items that could be taken and a `file:line` problem for each question that could not. */
export interface ImportResult {
	/** Items for questions.yaml. */
	items: HandYaml[];
	/** Questions left out, and why. */
	problems: ContentProblem[];
}

/** A question's text as Briefing shows it: HTML tags dropped, spaces squeezed. */
function plain(text: string): string {
	return text
		.replace(/<[^>]+>/g, ' ')
		.replace(/&nbsp;/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/\s+/g, ' ')
		.trim();
}

function slug(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 40)
		.replace(/-$/, '');
}

/** Blocks of a GIFT file: questions are separated by blank lines; each block keeps its first line number. */
export function giftBlocks(text: string): { line: number; text: string }[] {
	const blocks: { line: number; text: string }[] = [];
	let current: string[] = [];
	let start = 0;
	const lines = text.replace(/\r\n?/g, '\n').split('\n');
	const flush = () => {
		if (current.some((l) => l.trim() && !l.trim().startsWith('//'))) {
			blocks.push({ line: start, text: current.join('\n') });
		}
		current = [];
	};
	lines.forEach((l, i) => {
		if (l.trim() === '') return flush();
		if (current.length === 0 || current.every((c) => c.trim().startsWith('//'))) {
			if (!l.trim().startsWith('//')) start = i + 1;
		}
		current.push(l);
	});
	flush();
	return blocks;
}

function optionIds(choices: TextChoice[]): string[] {
	const used = new Map<string, number>();
	return choices.map((c, i) => {
		const base = slug(plain(c.text.text)) || `option-${i + 1}`;
		const n = (used.get(base) ?? 0) + 1;
		used.set(base, n);
		return n === 1 ? base : `${base}-${n}`;
	});
}

type Mapped = { item: HandYaml } | { error: string };

function mapQuestion(q: GIFTQuestion, base: HandYaml): Mapped {
	const explanation =
		'globalFeedback' in q && q.globalFeedback ? plain(q.globalFeedback.text) : TODO_EXPLANATION;
	const stem = 'stem' in q ? plain(q.stem.text) : '';
	const common = { ...base, stem, explanation };
	switch (q.type) {
		case 'MC': {
			const ids = optionIds(q.choices);
			const options = q.choices.map((c, i) => ({
				id: ids[i],
				text: plain(c.text.text),
				...(c.feedback ? { feedback: plain(c.feedback.text) } : {})
			}));
			const weighted = q.choices.some((c) => c.weight !== null);
			const keys = q.choices.flatMap((c, i) =>
				(weighted ? (c.weight ?? 0) > 0 : c.isCorrect) ? [ids[i]] : []
			);
			if (keys.length === 0) return { error: 'a multiple-choice question needs a right answer' };
			if (!weighted && keys.length === 1) {
				return { item: { ...common, type: 'single', options, answer: keys[0] } };
			}
			return { item: { ...common, type: 'multiple', options, answer: keys } };
		}
		case 'TF':
			return { item: { ...common, type: 'truefalse', answer: q.isTrue } };
		case 'Numerical': {
			const all = Array.isArray(q.choices)
				? q.choices
				: [{ isCorrect: true, weight: null, text: q.choices }];
			const right = all.filter((c) => c.isCorrect && (c.weight === null || c.weight === 100));
			if (right.length !== 1) {
				return { error: 'Briefing takes a numerical question with exactly one fully right answer' };
			}
			const n = right[0].text;
			const [min, max] =
				n.type === 'high-low'
					? [n.numberLow!, n.numberHigh!]
					: [n.number! - (n.range ?? 0), n.number! + (n.range ?? 0)];
			const answer = n.type === 'high-low' ? (min + max) / 2 : n.number!;
			return { item: { ...common, type: 'numeric', answer, min, max, unit: TODO_UNIT } };
		}
		case 'Short': {
			const accept = q.choices
				.filter((c) => c.isCorrect && (c.weight === null || c.weight === 100))
				.map((c) => plain(c.text.text));
			if (accept.length === 0)
				return { error: 'a short-answer question needs a fully right answer' };
			// Briefing's blank lives in the sentence; a question asked before the answer gets the blank at its end.
			const blankStem = q.hasEmbeddedAnswers
				? stem
						.replace(/\s*_{3,}\s*/, ' ___ ')
						.replace(/ ___ ([.,;:!?])/, ' ___$1')
						.trim()
				: `${stem} Answer: ___.`;
			return { item: { ...common, type: 'blank', stem: blankStem, accept } };
		}
		case 'Matching': {
			const pairs = q.matchPairs.filter((p) => plain(p.subquestion.text) !== '');
			const distractors = q.matchPairs.filter((p) => plain(p.subquestion.text) === '');
			if (pairs.length < 2) return { error: 'a matching question needs at least two pairs' };
			return {
				item: {
					...common,
					type: 'matching',
					pairs: pairs.map((p) => ({ left: plain(p.subquestion.text), right: plain(p.subanswer) })),
					...(distractors.length ? { distractors: distractors.map((p) => plain(p.subanswer)) } : {})
				}
			};
		}
		case 'Essay':
			return { error: 'Briefing has no essay questions: they cannot be marked automatically' };
		case 'Description':
			return { error: 'a description is not a question; Briefing has nowhere to put it' };
		case 'Category':
			return { error: 'category' };
	}
}

/** Reads a teacher's GIFT file into hand items; every question it cannot take is a `file:line` problem. */
export function importGift(text: string, file: string, options: ImportOptions = {}): ImportResult {
	const items: HandYaml[] = [];
	const problems: ContentProblem[] = [];
	const ids = new Set(options.existingIds ?? []);
	let n = 0;
	for (const block of giftBlocks(text)) {
		let parsed: GIFTQuestion[];
		try {
			parsed = parse(`${block.text}\n`);
		} catch (e) {
			const err = e as { message: string; location?: { start: { line: number } } };
			const line = block.line + (err.location ? err.location.start.line - 1 : 0);
			problems.push({ file, line, message: `not valid GIFT: ${err.message}` });
			continue;
		}
		for (const q of parsed) {
			if (q.type === 'Category') continue;
			n++;
			const title = 'title' in q && q.title ? q.title : '';
			let id = `gift-${slug(title) || n}`;
			for (let k = 2; ids.has(id); k++) id = `gift-${slug(title) || n}-${k}`;
			const mapped = mapQuestion(q, {
				id,
				type: '',
				facts: options.facts?.length ? [...options.facts] : [TODO_FACT],
				section: options.section ?? TODO_SECTION
			});
			if ('error' in mapped) {
				problems.push({
					file,
					line: block.line,
					message: `${title || `question ${n}`}: ${mapped.error}`
				});
				continue;
			}
			ids.add(id);
			items.push(mapped.item);
		}
	}
	return { items, problems };
}

/** The items as YAML list entries to append under `questions:`, indented as questions.yaml is. */
export function itemsYaml(items: HandYaml[], source: string): string {
	if (items.length === 0) return '';
	const body = stringify(items, { indent: 2, lineWidth: 110, aliasDuplicateObjects: false })
		.trimEnd()
		.split('\n')
		.map((l) => `  ${l}`)
		.join('\n');
	return `\n  # Imported from ${source}: name each item's facts and section before building.\n${body}\n`;
}
