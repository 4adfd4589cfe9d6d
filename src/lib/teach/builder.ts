import type { Item, ItemType } from '../questions/types.ts';
import type { QuizMode } from '../quiz/attempt.ts';
import { ASSIGNMENT_VERSION, assignmentItems, bankFingerprint } from './assignment.ts';
import type { Assignment, Selection } from './assignment.ts';

/** The builder's form as the teacher fills it in: text from inputs, not yet checked. */
export interface BuilderForm {
	/** Title shown to the class. */
	title: string;
	/** Which questions. */
	choose: Selection['kind'];
	/** How many to draw (choose = 'draw'). */
	count: string;
	/** Seed of the draw; the same seed gives the same questions. */
	seed: string;
	/** Ids picked by hand (choose = 'picked'). */
	picked: string[];
	/** Practice or test. */
	mode: QuizMode;
	/** Attempts allowed: a whole number, or '' for no limit. */
	attempts: string;
	/** Pass mark in percent. */
	passMark: string;
	/** Due date (`2026-12-01`) or '' for none. */
	due: string;
}

/** A form field with its problem, in the order the fields appear. */
export interface FieldError {
	/** Id suffix of the field (`title`, `count`, `picked`, `attempts`, `passMark`, `due`). */
	field: 'title' | 'count' | 'seed' | 'picked' | 'attempts' | 'passMark' | 'due';
	/** A sentence for the teacher. */
	message: string;
}

/** The assignment the form describes, or every field that needs fixing. */
export type BuiltAssignment =
	{ ok: true; assignment: Assignment } | { ok: false; errors: FieldError[] };

/** A new form with the module's defaults. */
export function defaultForm(passMark: number): BuilderForm {
	return {
		title: '',
		choose: 'draw',
		count: '10',
		seed: '',
		picked: [],
		mode: 'practice',
		attempts: '1',
		passMark: String(passMark),
		due: ''
	};
}

const WHOLE = /^\s*\d+\s*$/;

/** Checks the form and builds the assignment; `offset` is the teacher's minutes east of UTC on the due day. */
export function buildAssignment(
	input: BuilderForm,
	module: string,
	bank: readonly Item[],
	now: number,
	offset: (due: string) => number
): BuiltAssignment {
	// Number inputs bind numbers (or null when empty) whatever the type says: read every field as text.
	const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
	const form: BuilderForm = {
		...input,
		title: text(input.title),
		count: text(input.count),
		seed: text(input.seed),
		attempts: text(input.attempts),
		passMark: text(input.passMark),
		due: text(input.due)
	};
	const errors: FieldError[] = [];
	const title = form.title.trim();
	if (title === '')
		errors.push({ field: 'title', message: 'Give the assignment a title for the class.' });
	else if (title.length > 120)
		errors.push({ field: 'title', message: 'Keep the title to 120 characters.' });
	let selection: Selection = { kind: 'all' };
	if (form.choose === 'draw') {
		const count = Number(form.count);
		if (!WHOLE.test(form.count) || count < 1 || count > bank.length) {
			errors.push({
				field: 'count',
				message: `Choose how many questions to draw: a whole number from 1 to ${bank.length}.`
			});
		}
		const seed = form.seed.trim();
		if (seed === '')
			errors.push({ field: 'seed', message: 'Give the draw a word or number (its seed).' });
		selection = { kind: 'draw', count, seed };
	} else if (form.choose === 'picked') {
		const known = new Set(bank.map((i) => i.id));
		const ids = [...new Set(form.picked.filter((id) => known.has(id)))].sort((a, b) =>
			a < b ? -1 : a > b ? 1 : 0
		);
		if (ids.length === 0) errors.push({ field: 'picked', message: 'Pick at least one question.' });
		selection = { kind: 'picked', ids };
	}
	let attempts: number | 'unlimited' = 'unlimited';
	if (form.attempts.trim() !== '') {
		attempts = Number(form.attempts);
		if (!WHOLE.test(form.attempts) || attempts < 1 || attempts > 99) {
			errors.push({
				field: 'attempts',
				message: 'Attempts allowed must be a whole number from 1 to 99, or empty for no limit.'
			});
		}
	}
	const passMark = Number(form.passMark);
	if (!WHOLE.test(form.passMark) || passMark > 100) {
		errors.push({
			field: 'passMark',
			message: 'The pass mark must be a whole number from 0 to 100.'
		});
	}
	const due = form.due.trim();
	if (due !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(due)) {
		errors.push({ field: 'due', message: 'Give the due date as a date, or leave it empty.' });
	}
	if (errors.length > 0) return { ok: false, errors };
	return {
		ok: true,
		assignment: {
			version: ASSIGNMENT_VERSION,
			module,
			bank: bankFingerprint(bank),
			title,
			selection,
			mode: form.mode,
			attempts,
			passMark,
			due: due === '' ? null : due,
			dueOffset: due === '' ? 0 : offset(due),
			createdAt: Math.floor(now)
		}
	};
}

/** The teacher's offset from UTC, in minutes east, at the end of a date in their own time zone. */
export function localOffset(due: string): number {
	const [y, m, d] = due.split('-').map(Number);
	return -new Date(y, m - 1, d, 23, 59).getTimezoneOffset();
}

/** What the bank filter shows: items of a type and section ('' for any). */
export function filterItems(
	bank: readonly Item[],
	filter: { type: ItemType | ''; section: string }
): Item[] {
	return bank.filter(
		(item) =>
			(filter.type === '' || item.type === filter.type) &&
			(filter.section === '' || item.section === filter.section)
	);
}

/** One sentence on what the class will be asked. */
export function describeAssignment(a: Assignment, bank: readonly Item[]): string {
	const n = assignmentItems(a, bank).length;
	const questions = `${n} question${n === 1 ? '' : 's'}`;
	const attempts =
		a.attempts === 'unlimited'
			? 'any number of attempts'
			: `${a.attempts} attempt${a.attempts === 1 ? '' : 's'}`;
	const mode =
		a.mode === 'practice' ? 'practice (feedback after each answer)' : 'test (marked at the end)';
	return `${questions}, ${mode}, ${attempts}, pass mark ${a.passMark}%${a.due ? `, due ${a.due}` : ''}.`;
}
