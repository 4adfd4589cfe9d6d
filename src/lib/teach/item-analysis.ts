import { isChoice, keyIds, type Item, type ItemType, type Skill } from '../questions/types.ts';
import type { Response } from '../quiz/grade.ts';
import type { ItemMark } from './regrade.ts';
import type { Result } from './result.ts';

/*
 * Item analysis: how each question of an assignment worked for a class, as Moodle's quiz statistics report it.
 *
 * Facility is the share of credit the students who saw a question earned (partial credit counts as its
 * fraction). Discrimination is the ITEM-REST CORRELATION: Pearson's r between the students' credit on the
 * question and their share of credit on the assignment's other questions. We chose it over the upper-lower 27%
 * index because a class is small: 27% of 12 students is 3, so the upper-lower index rests on six students and
 * on how ties at the group boundary are broken, and it throws away the middle of the class and the partial
 * credit. The correlation uses every student and every fraction of credit, has no boundary, and leaving the
 * question out of the "rest" stops it from correlating with itself (which inflates the item-total
 * correlation on a short assignment). It is what Moodle's report calls its discrimination index.
 *
 * The 27% group is still used where a group is the question: "the strongest students" of the arguable-key
 * flag are the top 27% by their score on the other questions (ties at the boundary all included).
 */

/** Below this many students no flag is raised and the page shows counts: one student moves a share by 10 points. */
export const MIN_STUDENTS = 10;

/** Share of the class, by score on the other questions, that counts as "the strongest students". */
export const UPPER_SHARE = 0.27;

/** Something about a question a teacher should look at. */
export type ItemFlag = 'arguable-key' | 'unchosen-option' | 'all-correct';

/** Each flag in plain words, as the page, the CSV and the author's file say it. */
export const FLAG_TEXT: Record<ItemFlag, string> = {
	'arguable-key': 'arguable key? the strongest students chose another option',
	'unchosen-option': 'no one chose this option',
	'all-correct': 'everyone got it right'
};

/** How often one option of a choice question was chosen. */
export interface OptionStat {
	/** Option id. */
	id: string;
	/** What the students read. */
	text: string;
	/** Whether the answer key has it. */
	key: boolean;
	/** Students who saw the question and chose it. */
	chosen: number;
	/** chosen / students who saw the question, 0..1 (0 when nobody saw it). */
	share: number;
	/** How many of the strongest students chose it. */
	upper: number;
	/** Flags on this option: nobody chose it, or the strongest students disagree with the key on it. */
	flags: ItemFlag[];
}

/** How one question worked for the class. */
export interface ItemStat {
	/** Item id. */
	id: string;
	/** Position in the assignment, from 1 (the CSV's Q1, Q2…). */
	number: number;
	/** The question as the students read it. */
	stem: string;
	/** Question type. */
	type: ItemType;
	/** Reading skill. */
	skill: Skill;
	/** Lesson section slug. */
	section: string;
	/** Students who were asked it. */
	seen: number;
	/** Of those, how many gave an answer. */
	answered: number;
	/** Credit earned, summed over the students who saw it. */
	credit: number;
	/** Students who earned full credit. */
	correct: number;
	/** credit / seen, 0..1; null when nobody saw it. */
	facility: number | null;
	/** Item-rest correlation, -1..1; null when it is undefined (no spread) or the class is too small. */
	discrimination: number | null;
	/** For choice questions, each option in display order; null for other types. */
	options: OptionStat[] | null;
	/** Size of the strongest-students group the option figures count. */
	upperGroup: number;
	/** Flags on the question (any option's flags included once). */
	flags: ItemFlag[];
}

/** The class's item analysis. */
export interface ItemAnalysis {
	/** Students in the gradebook. */
	students: number;
	/** Fewer students than `minStudents`: counts only, no discrimination, no flags. */
	small: boolean;
	/** The threshold applied. */
	minStudents: number;
	/** Every question of the assignment, in assignment order. */
	items: ItemStat[];
}

/** What the analysis reads from each gradebook entry: the marks and the answers. */
export interface MarkedWork {
	/** The student's answers, for the options chosen. */
	result: Pick<Result, 'answers'>;
	/** The marks, for the credit per question. */
	grade: { items: readonly Pick<ItemMark, 'id' | 'score' | 'answered'>[] };
}

/** Mean of a list; NaN when it is empty. */
function mean(xs: readonly number[]): number {
	return xs.reduce((a, b) => a + b, 0) / xs.length;
}

/**
 * Pearson's correlation of two equal-length lists, or null when it is undefined: fewer than two pairs, or
 * either list without spread (everyone got the question right, or everyone scored the same elsewhere).
 */
export function correlation(xs: readonly number[], ys: readonly number[]): number | null {
	if (xs.length !== ys.length) throw new RangeError('correlation: lists of different lengths.');
	if (xs.length < 2) return null;
	const mx = mean(xs);
	const my = mean(ys);
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	for (let i = 0; i < xs.length; i++) {
		sxy += (xs[i] - mx) * (ys[i] - my);
		sxx += (xs[i] - mx) ** 2;
		syy += (ys[i] - my) ** 2;
	}
	// Below this the spread is rounding error, not a difference between students.
	if (sxx < 1e-12 || syy < 1e-12) return null;
	return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

/** Share of credit: the mean of the scores (0..1 each); null for an empty list. */
export function facility(scores: readonly number[]): number | null {
	return scores.length === 0 ? null : mean(scores);
}

/**
 * Indices of the strongest students by `rest`: the top `UPPER_SHARE` (rounded, at least one), plus everyone
 * tied with the last of them, so equal scores are never split; when those ties would make it more than half
 * the class, only the students above the tied score (possibly none).
 */
export function upperGroup(rest: readonly number[], share = UPPER_SHARE): number[] {
	if (rest.length === 0) return [];
	const order = rest.map((_, i) => i).sort((a, b) => rest[b] - rest[a]);
	const size = Math.max(1, Math.round(rest.length * share));
	const cut = rest[order[size - 1]];
	const tied = order.filter((i) => rest[i] >= cut);
	// Ties that would take in more than half the class are not "the strongest": keep those above them.
	return tied.length === size || tied.length * 2 <= rest.length
		? tied
		: order.filter((i) => rest[i] > cut);
}

function selection(response: Response | undefined): string[] {
	return response?.kind === 'choice' ? response.selected : [];
}

/** Option figures of a choice question; `upper` are the indices (into `answers`) of the strongest students. */
function optionStats(
	item: Item,
	answers: readonly (Response | undefined)[],
	upper: readonly number[]
): OptionStat[] | null {
	if (!isChoice(item)) return null;
	const keys = new Set(keyIds(item));
	const picks = answers.map((a) => new Set(selection(a)));
	const stats = item.options.map((o) => {
		const chosen = picks.filter((p) => p.has(o.id)).length;
		return {
			id: o.id,
			text: o.text,
			key: keys.has(o.id),
			chosen,
			share: picks.length === 0 ? 0 : chosen / picks.length,
			upper: upper.filter((i) => picks[i].has(o.id)).length,
			flags: [] as ItemFlag[]
		};
	});
	for (const o of stats) if (o.chosen === 0) o.flags.push('unchosen-option');
	if (upper.length > 0) {
		if (item.type === 'multiple') {
			// Several keys: an option on which most of the strongest students went against the key.
			for (const o of stats) {
				const against = o.key ? upper.length - o.upper : o.upper;
				if (against * 2 > upper.length) o.flags.push('arguable-key');
			}
		} else {
			// One key: a wrong option more of the strongest students chose than chose the key.
			const key = stats.find((o) => o.key)?.upper ?? 0;
			for (const o of stats) if (!o.key && o.upper > key) o.flags.push('arguable-key');
		}
	}
	return stats;
}

/**
 * How each question of the assignment worked for the class. `items` are the assignment's questions in order
 * (`assignmentItems`); each student's rest score is their share of credit on the other questions they saw.
 * Below `minStudents` students, discrimination is not computed and no flag is raised.
 */
export function analyseItems(
	entries: readonly MarkedWork[],
	items: readonly Item[],
	minStudents = MIN_STUDENTS
): ItemAnalysis {
	const small = entries.length < minStudents;
	const marks = entries.map((e) => new Map(e.grade.items.map((m) => [m.id, m])));
	const totals = entries.map((e) => ({
		score: e.grade.items.reduce((s, m) => s + m.score, 0),
		count: e.grade.items.length
	}));
	const stats = items.map((item, n): ItemStat => {
		const who = entries.flatMap((_, s) => (marks[s].has(item.id) ? [s] : []));
		const scores = who.map((s) => marks[s].get(item.id)?.score ?? 0);
		const rest = who.map((s, k) => {
			const others = totals[s].count - 1;
			return others === 0 ? 0 : (totals[s].score - scores[k]) / others;
		});
		const upper = small ? [] : upperGroup(rest);
		const options = optionStats(
			item,
			who.map((s) => entries[s].result.answers[item.id]),
			upper
		);
		const fac = facility(scores);
		const flags = new Set<ItemFlag>();
		for (const o of options ?? []) {
			if (small) o.flags = [];
			// "Everyone got it right" already says no one chose a wrong option.
			else if (fac === 1) o.flags = o.flags.filter((f) => f !== 'unchosen-option');
			for (const f of o.flags) flags.add(f);
		}
		if (!small && fac === 1) flags.add('all-correct');
		return {
			id: item.id,
			number: n + 1,
			stem: item.stem,
			type: item.type,
			skill: item.skill,
			section: item.section,
			seen: who.length,
			answered: who.filter((s) => marks[s].get(item.id)?.answered).length,
			credit: scores.reduce((a, b) => a + b, 0),
			correct: scores.filter((x) => x === 1).length,
			facility: fac,
			discrimination: small ? null : correlation(scores, rest),
			options,
			upperGroup: upper.length,
			flags: (['arguable-key', 'unchosen-option', 'all-correct'] as const).filter((f) =>
				flags.has(f)
			)
		};
	});
	return { students: entries.length, small, minStudents, items: stats };
}

/** Columns the item table sorts by. */
export type ItemSortKey = 'number' | 'facility' | 'discrimination' | 'seen' | 'flags';

/**
 * The rows sorted by a column; a figure that is not defined (null) goes last either way, and equal values keep
 * the assignment's order, so a sort is the same every time.
 */
export function sortItemStats(
	items: readonly ItemStat[],
	key: ItemSortKey,
	direction: 'ascending' | 'descending'
): ItemStat[] {
	const value = (i: ItemStat): number | null =>
		key === 'flags' ? i.flags.length : key === 'number' ? i.number : i[key];
	const sign = direction === 'ascending' ? 1 : -1;
	return [...items].sort((a, b) => {
		const x = value(a);
		const y = value(b);
		if (x === null || y === null) return x === y ? a.number - b.number : x === null ? 1 : -1;
		return (x - y) * sign || a.number - b.number;
	});
}

/** A share as a whole percent. */
export function percent(share: number): string {
	return `${Math.round(share * 100)}%`;
}

/** A credit sum without float noise: 7, 6.5, 6.33. */
export function credits(sum: number): string {
	return String(Math.round(sum * 100) / 100);
}

/** The discrimination as people read it: two decimals, a real minus sign; an em dash when undefined. */
export function formatDiscrimination(r: number | null): string {
	if (r === null) return '—';
	const fixed = Math.abs(r).toFixed(2);
	return r < 0 && fixed !== '0.00' ? `−${fixed}` : fixed;
}

/** One question's flags in words, options named: for the page's table, the CSV and the author's file. */
export function flagSentences(item: ItemStat): string[] {
	const out: string[] = [];
	if (item.flags.includes('arguable-key')) {
		const others = (item.options ?? []).filter((o) => o.flags.includes('arguable-key'));
		out.push(
			`${FLAG_TEXT['arguable-key']}${others.length > 0 ? ` (${others.map((o) => `“${o.text}”`).join(', ')})` : ''}`
		);
	}
	if (item.flags.includes('unchosen-option')) {
		for (const o of item.options ?? [])
			if (o.flags.includes('unchosen-option'))
				out.push(`${FLAG_TEXT['unchosen-option']}: “${o.text}”`);
	}
	if (item.flags.includes('all-correct')) out.push(FLAG_TEXT['all-correct']);
	return out;
}

/**
 * Rows for the CSV under the students' rows, one cell per question column (`ids`, the CSV's order): who saw
 * it, credit, facility, discrimination, flags and the options chosen (key marked with *). Facility,
 * discrimination and flags are left empty for a small class, with a row saying why.
 */
export function analysisCsvRows(
	analysis: ItemAnalysis,
	ids: readonly string[],
	fixedColumns: number
): string[][] {
	const byId = new Map(analysis.items.map((i) => [i.id, i]));
	const pad = Array<string>(fixedColumns - 1).fill('');
	const row = (label: string, cell: (i: ItemStat) => string) => [
		label,
		...pad,
		...ids.map((id) => {
			const item = byId.get(id);
			return item ? cell(item) : '';
		})
	];
	const rows = [
		row('Students who saw it', (i) => String(i.seen)),
		row('Credit earned', (i) => credits(i.credit)),
		row('Facility (share of credit)', (i) =>
			analysis.small || i.facility === null ? '' : String(Math.round(i.facility * 100) / 100)
		),
		row('Discrimination (item-rest correlation)', (i) =>
			// A real minus sign: a cell starting with "-" would be neutralised as a formula (csvCell).
			i.discrimination === null ? '' : formatDiscrimination(i.discrimination)
		),
		row('Flags', (i) => flagSentences(i).join('; ')),
		row('Options chosen (* the key)', (i) =>
			(i.options ?? []).map((o) => `${o.key ? '*' : ''}${o.text}: ${o.chosen}`).join('; ')
		)
	];
	if (analysis.small) {
		rows.push([
			`Fewer than ${analysis.minStudents} students: counts only, no facility, discrimination or flags.`
		]);
	}
	return rows;
}
