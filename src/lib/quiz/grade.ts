import { isChoice, keyIds, SKILLS } from '../questions/types.ts';
import type {
	BlankItem,
	ChoiceItem,
	Item,
	ItemType,
	MatchingItem,
	NumericItem,
	OrderingItem,
	Skill
} from '../questions/types.ts';

/** Pass mark used when a module does not set one, in percent. */
export const DEFAULT_PASS_MARK = 80;

/** What the learner gave for one item; `kind` says which family of item it answers. */
export type Response =
	ChoiceResponse | NumericResponse | BlankResponse | OrderingResponse | MatchingResponse;

/** An answer to a single, multiple, true/false or who-said item. */
export interface ChoiceResponse {
	/** Answers an item with options. */
	kind: 'choice';
	/** Ids of the options the learner ticked, in any order. */
	selected: string[];
}

/** An answer to a numeric item. */
export interface NumericResponse {
	/** Answers a numeric item. */
	kind: 'numeric';
	/** Exactly what the learner typed; parsed when graded. */
	text: string;
}

/** An answer to a fill-in-the-blank item. */
export interface BlankResponse {
	/** Answers a blank item. */
	kind: 'blank';
	/** Exactly what the learner typed. */
	text: string;
}

/** An answer to an ordering item. */
export interface OrderingResponse {
	/** Answers an ordering item. */
	kind: 'ordering';
	/** Entry ids in the learner's order, first to last. */
	order: string[];
}

/** An answer to a matching item. */
export interface MatchingResponse {
	/** Answers a matching item. */
	kind: 'matching';
	/** Pair id to the right-hand text the learner chose for it, or '' when none was chosen. */
	choices: Record<string, string>;
}

/** The response kind each item type expects. */
export const RESPONSE_KIND: Record<ItemType, Response['kind']> = {
	single: 'choice',
	multiple: 'choice',
	truefalse: 'choice',
	whosaid: 'choice',
	numeric: 'numeric',
	blank: 'blank',
	ordering: 'ordering',
	matching: 'matching'
};

/** The marking of one item. */
export interface Grade {
	/** Credit earned, from 0 to 1. */
	score: number;
	/** Full credit. */
	correct: boolean;
	/** Whether the learner gave something gradable (junk in a number box does not count). */
	answered: boolean;
	/** What was right and wrong, for feedback and the results view. */
	detail: GradeDetail;
}

/** Per-type marking detail. */
export type GradeDetail =
	ChoiceDetail | NumericDetail | BlankDetail | OrderingDetail | MatchingDetail | NoAnswerDetail;

/** Which options were right and wrong picks. */
export interface ChoiceDetail {
	/** A choice item was graded. */
	kind: 'choice';
	/** Correct options the learner picked. */
	right: string[];
	/** Options the learner picked that are not keys. */
	wrong: string[];
	/** Correct options the learner left out. */
	missed: string[];
}

/** How the typed number was read. */
export interface NumericDetail {
	/** A numeric item was graded. */
	kind: 'numeric';
	/** The number read from the text, or null when none could be read. */
	value: number | null;
	/** Why the text was not read as a number, when it was not. */
	reason?: string;
}

/** How the typed words were compared. */
export interface BlankDetail {
	/** A blank item was graded. */
	kind: 'blank';
	/** The learner's text after normalising, as compared. */
	normalised: string;
	/** The accepted answer it matched, when it matched one. */
	matched?: string;
}

/** Which neighbours were in the right order. */
export interface OrderingDetail {
	/** An ordering item was graded. */
	kind: 'ordering';
	/** Consecutive pairs of the correct order that the learner placed first-before-second. */
	pairsRight: number;
	/** Consecutive pairs in the correct order (entries minus one). */
	pairs: number;
	/** Entries the learner put at exactly their correct position. */
	inPlace: string[];
}

/** Which pairs were matched correctly. */
export interface MatchingDetail {
	/** A matching item was graded. */
	kind: 'matching';
	/** Pair ids matched to their right-hand side. */
	right: string[];
	/** Pair ids matched to something else. */
	wrong: string[];
	/** Pair ids left without a choice. */
	empty: string[];
}

/** Nothing gradable was given. */
export interface NoAnswerDetail {
	/** No response, or a response for another kind of item. */
	kind: 'none';
	/** Why, in words. */
	reason: string;
}

/** Each type's marking rule in plain words, shown on the quiz page. */
export const SCORING_RULES: Record<ItemType, string> = {
	single: 'One mark for the correct option; nothing otherwise.',
	truefalse: 'One mark for the correct answer, true or false; nothing otherwise.',
	whosaid: 'One mark for the right person; nothing otherwise.',
	multiple:
		'Partial credit: each correct option you tick earns a share, each wrong option you tick takes one share away, and the mark never goes below zero. A share is one mark divided by the number of correct options. Full marks need every correct option and no wrong one.',
	numeric:
		'One mark for the figure the article gives. Where the article qualifies it ("over 40 nations"), the word is shown before the box and you type the figure itself (40): the answer is never more precise than the article. Type digits; commas or spaces between thousands are fine ("6,600" or "6 600"). Anything that is not a number counts as unanswered.',
	blank:
		'One mark if your words match an accepted answer. Capitals, accents, punctuation and spacing are ignored.',
	ordering:
		'Partial credit: each neighbouring pair of the correct order (first and second, second and third, and so on) earns a share when you placed the first of the two anywhere before the second. Full marks only for exactly the right order.',
	matching: 'Partial credit: each correctly matched pair earns an equal share of one mark.'
};

const noAnswer = (reason: string): Grade => ({
	score: 0,
	correct: false,
	answered: false,
	detail: { kind: 'none', reason }
});

/** Marks one response against its item; a missing or mismatched response is unanswered, never an error. */
export function gradeItem(item: Item, response: Response | undefined): Grade {
	if (!response) return noAnswer('Not answered.');
	if (response.kind !== RESPONSE_KIND[item.type]) {
		return noAnswer(`The answer given was for a ${response.kind} question.`);
	}
	if (isChoice(item)) return gradeChoice(item, response as ChoiceResponse);
	switch (item.type) {
		case 'numeric':
			return gradeNumeric(item, response as NumericResponse);
		case 'blank':
			return gradeBlank(item, response as BlankResponse);
		case 'ordering':
			return gradeOrdering(item, response as OrderingResponse);
		case 'matching':
			return gradeMatching(item, response as MatchingResponse);
	}
}

function gradeChoice(item: ChoiceItem, response: ChoiceResponse): Grade {
	const keys = keyIds(item);
	const known = new Set(item.options.map((o) => o.id));
	// Ids of options removed by a content update are ignored rather than counted as wrong picks.
	const picked = [...new Set(response.selected)].filter((id) => known.has(id));
	if (picked.length === 0) return noAnswer('No option was chosen.');
	const right = picked.filter((id) => keys.includes(id));
	const wrong = picked.filter((id) => !keys.includes(id));
	const missed = keys.filter((id) => !picked.includes(id));
	let score: number;
	if (item.type === 'multiple') {
		score = keys.length === 0 ? 0 : Math.max(0, (right.length - wrong.length) / keys.length);
	} else {
		// Single-answer items give no credit for ticking extra options alongside the key.
		score = picked.length === 1 && right.length === 1 ? 1 : 0;
	}
	return {
		score,
		correct: score === 1,
		answered: true,
		detail: { kind: 'choice', right, wrong, missed }
	};
}

/** The result of reading a typed number. */
export type ParsedNumber = { value: number } | { reason: string };

const PLAIN = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const GROUPED_COMMA = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const GROUPED_SPACE = /^[+-]?\d{1,3}( \d{3})+(\.\d+)?$/;

/** Reads "6600", "6,600", " 6 600 ", "-2.5"; rejects anything else with a reason a learner can act on. */
export function parseNumber(text: string): ParsedNumber {
	// NFKC turns full-width digits and no-break or thin spaces (common between thousands) into plain ones.
	const t = text
		.normalize('NFKC')
		.replace(/\u2212/g, '-')
		.replace(/[\u2007\t]/g, ' ')
		.trim()
		.replace(/ +/g, ' ');
	if (t === '') return { reason: 'Nothing was typed.' };
	if (PLAIN.test(t) || GROUPED_COMMA.test(t) || GROUPED_SPACE.test(t)) {
		return { value: Number(t.replace(/[, ]/g, '')) };
	}
	if (/\d,\d/.test(t) && !/[^\d,.+\- ]/.test(t)) {
		return {
			reason: `"${text.trim()}" is not a number we can read: use commas only between groups of three digits, and a point for decimals.`
		};
	}
	return { reason: `"${text.trim()}" is not a number: type digits only, such as 6600 or 6,600.` };
}

function gradeNumeric(item: NumericItem, response: NumericResponse): Grade {
	let text = response.text;
	// A percent sign is harmless when the unit is a percentage.
	if (/%|per ?cent/i.test(item.unit)) text = text.replace(/%\s*$/, '');
	const parsed = parseNumber(text);
	if ('reason' in parsed) {
		return {
			score: 0,
			correct: false,
			answered: false,
			detail: { kind: 'numeric', value: null, reason: parsed.reason }
		};
	}
	const correct = parsed.value >= item.min && parsed.value <= item.max;
	return {
		score: correct ? 1 : 0,
		correct,
		answered: true,
		detail: { kind: 'numeric', value: parsed.value }
	};
}

/** Lower case, no accents, no punctuation, no spaces: the form blank answers are compared in. */
export function normaliseAnswer(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/&/g, 'and')
		.replace(/[^\p{L}\p{N}]/gu, '');
}

function gradeBlank(item: BlankItem, response: BlankResponse): Grade {
	const normalised = normaliseAnswer(response.text);
	if (normalised === '') {
		return { ...noAnswer('Nothing was typed.'), detail: { kind: 'blank', normalised } };
	}
	const matched = item.accept.find((a) => normaliseAnswer(a) === normalised);
	const correct = matched !== undefined;
	return {
		score: correct ? 1 : 0,
		correct,
		answered: true,
		detail:
			matched === undefined ? { kind: 'blank', normalised } : { kind: 'blank', normalised, matched }
	};
}

function gradeOrdering(item: OrderingItem, response: OrderingResponse): Grade {
	const correctOrder = item.items.map((e) => e.id);
	const known = new Set(correctOrder);
	// Entries the item no longer has are dropped; entries the response lacks break their pairs.
	const order = [...new Set(response.order)].filter((id) => known.has(id));
	if (order.length === 0) return noAnswer('The entries were not put in order.');
	const position = new Map(order.map((id, i) => [id, i]));
	let pairsRight = 0;
	for (let i = 0; i + 1 < correctOrder.length; i++) {
		const a = position.get(correctOrder[i]);
		const b = position.get(correctOrder[i + 1]);
		if (a !== undefined && b !== undefined && a < b) pairsRight++;
	}
	const pairs = Math.max(0, correctOrder.length - 1);
	const exact =
		order.length === correctOrder.length && order.every((id, i) => id === correctOrder[i]);
	// Every pair in order implies the exact order (a missing entry breaks its pairs), so only exact scores 1.
	const score = exact ? 1 : pairs === 0 ? 0 : pairsRight / pairs;
	return {
		score,
		correct: exact,
		answered: true,
		detail: {
			kind: 'ordering',
			pairsRight,
			pairs,
			inPlace: correctOrder.filter((id, i) => order[i] === id)
		}
	};
}

function gradeMatching(item: MatchingItem, response: MatchingResponse): Grade {
	const right: string[] = [];
	const wrong: string[] = [];
	const empty: string[] = [];
	for (const pair of item.pairs) {
		const chosen = Object.hasOwn(response.choices, pair.id) ? response.choices[pair.id] : '';
		if (chosen === '') empty.push(pair.id);
		// Compared by text so two entities sharing a role are both right with either copy.
		else if (chosen === pair.right) right.push(pair.id);
		else wrong.push(pair.id);
	}
	if (empty.length === item.pairs.length) return noAnswer('Nothing was matched.');
	const score = item.pairs.length === 0 ? 0 : right.length / item.pairs.length;
	return {
		score,
		correct: right.length === item.pairs.length,
		answered: true,
		detail: { kind: 'matching', right, wrong, empty }
	};
}

/** Score of one lesson section within an attempt. */
export interface SectionScore {
	/** Section slug, as on the items. */
	section: string;
	/** Credit earned in the section. */
	score: number;
	/** Items of the section in the attempt (one mark each). */
	max: number;
	/** score / max as a percent, to one decimal. */
	percent: number;
}

/** Score of one reading skill within an attempt (or over a class's attempts). */
export interface SkillScore {
	/** The skill. */
	skill: Skill;
	/** Credit earned on items of that skill. */
	score: number;
	/** Items of that skill (one mark each). */
	max: number;
	/** score / max as a percent, to one decimal. */
	percent: number;
}

/** Credit summed by reading skill, skills in their display order (recall first); skills with no item left out. */
export function skillScores(
	items: readonly Pick<Item, 'id' | 'skill'>[],
	credit: Readonly<Record<string, number>>
): SkillScore[] {
	const by = new Map<Skill, { score: number; max: number }>();
	for (const item of items) {
		const s = by.get(item.skill) ?? { score: 0, max: 0 };
		s.score += Object.hasOwn(credit, item.id) ? credit[item.id] : 0;
		s.max += 1;
		by.set(item.skill, s);
	}
	return SKILLS.filter((k) => by.has(k)).map((skill) => {
		const s = by.get(skill) ?? { score: 0, max: 0 };
		return { skill, score: s.score, max: s.max, percent: toPercent(s.score, s.max) };
	});
}

/** The marking of a whole set of items. */
export interface AttemptResult {
	/** Credit earned, summed over items. */
	score: number;
	/** Number of items graded (one mark each). */
	max: number;
	/** score / max as a percent, to one decimal; 0 when there was nothing to grade. */
	percent: number;
	/** The pass mark applied, in percent. */
	passMark: number;
	/** Whether the shown percent reaches the pass mark. */
	passed: boolean;
	/** Per-section scores, sections in order of their first item. */
	sections: SectionScore[];
	/** Item id to its grade. */
	grades: Record<string, Grade>;
}

/** Percent to one decimal; the rounding shown is the rounding compared with the pass mark. */
export function toPercent(score: number, max: number): number {
	return max === 0 ? 0 : Math.round((score / max) * 1000) / 10;
}

/** Marks every item (unanswered ones score 0) and sums by section. */
export function gradeAttempt(
	items: readonly Item[],
	responses: Readonly<Record<string, Response | undefined>>,
	passMark: number = DEFAULT_PASS_MARK
): AttemptResult {
	const grades: Record<string, Grade> = {};
	const sections = new Map<string, { score: number; max: number }>();
	let score = 0;
	for (const item of items) {
		const response = Object.hasOwn(responses, item.id) ? responses[item.id] : undefined;
		const grade = gradeItem(item, response);
		grades[item.id] = grade;
		score += grade.score;
		const section = sections.get(item.section) ?? { score: 0, max: 0 };
		section.score += grade.score;
		section.max += 1;
		sections.set(item.section, section);
	}
	const max = items.length;
	const percent = toPercent(score, max);
	return {
		score,
		max,
		percent,
		passMark,
		passed: max > 0 && percent >= passMark,
		sections: [...sections].map(([section, s]) => ({
			section,
			score: s.score,
			max: s.max,
			percent: toPercent(s.score, s.max)
		})),
		grades
	};
}
