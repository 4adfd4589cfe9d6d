import { SKILLS, type Item } from '../questions/types.ts';
import { canonicalJson } from '../storage/canonical-json.ts';
import { stemRuns } from '../quiz/answer-text.ts';
import { assignmentItems, type Assignment } from './assignment.ts';
import { analyseItems, analysisCsvRows } from './item-analysis.ts';
import { regrade } from './regrade.ts';
import type { Regraded } from './regrade.ts';
import { RESULT_VERSION, resultChecksum } from './result.ts';
import type { Result, ResultProblem } from './result.ts';
import { readResponse } from './result-answers.ts';
import { decodeResult } from './result-decode.ts';
import { array, bool, fail, num, record, ShapeError, str } from '../progress/json-shape.ts';
import { GRADEBOOK_PREFIX } from '../storage/keys.ts';

/** Version of the stored gradebook; `parseGradebook` reads this one and every earlier one. */
export const GRADEBOOK_VERSION = 1;

/** The storage key of an assignment's gradebook. */
export function gradebookKey(assignmentId: string): string {
	return `${GRADEBOOK_PREFIX}${assignmentId}`;
}

/** One imported result with its marking. */
export interface GradebookEntry {
	/** `resultChecksum` of the result: the same result imported twice is a duplicate. */
	checksum: string;
	/** The result as the student sent it, answers included, so it can be marked again. */
	result: Result;
	/** The marking against the answer key when it was imported. */
	grade: Regraded;
}

/** A teacher's gradebook for one assignment: plain JSON, as stored. */
export interface Gradebook {
	/** Format version; GRADEBOOK_VERSION once parsed. */
	version: number;
	/** The assignment's link code, so the gradebook can be reopened with its assignment. */
	assignment: string;
	/** Entries sorted by student name. */
	entries: GradebookEntry[];
}

/** What happened to one pasted code or dropped file. */
export type ImportStatus = 'added' | 'duplicate' | ResultProblem;

/** One line of an import report, in input order. */
export interface ImportLine {
	/** Position of the input, from 0. */
	index: number;
	/** What happened to it. */
	status: ImportStatus;
	/** The student's name, when the input could be read. */
	name?: string;
	/** A sentence for the teacher. */
	message: string;
	/** Added, but other students' results hold the same answers at the same times: their names. */
	sameWorkAs?: string[];
}

/** Every input's line and the gradebook's entries afterwards. */
export interface ImportReport {
	/** One line per input, in input order. */
	lines: ImportLine[];
	/** The existing entries plus the added ones, sorted by name. */
	entries: GradebookEntry[];
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** By name (ignoring case and accents), then by finish time, then by checksum: a stable total order. */
export function sortEntries(entries: readonly GradebookEntry[]): GradebookEntry[] {
	return [...entries].sort(
		(a, b) =>
			collator.compare(a.result.name, b.result.name) ||
			a.result.finishedAt - b.result.finishedAt ||
			(a.checksum < b.checksum ? -1 : a.checksum > b.checksum ? 1 : 0)
	);
}

/** Splits pasted text into codes: codes contain no spaces, so any run of whitespace separates two. */
export function splitCodes(pasted: string): string[] {
	return pasted.split(/\s+/).filter((t) => t !== '');
}

/** What two results hold in common when one is a copy of the other under another name. */
function workPrint(result: Result): string {
	return canonicalJson([result.startedAt, result.finishedAt, result.answers]);
}

/**
 * For each entry (by checksum), the names on other entries with the same answers given at the same start
 * and finish times: two students working alone never match to the millisecond, so one may be a copy.
 */
export function possibleCopies(entries: readonly GradebookEntry[]): Map<string, string[]> {
	const byWork = new Map<string, GradebookEntry[]>();
	for (const entry of entries) {
		const key = workPrint(entry.result);
		byWork.set(key, [...(byWork.get(key) ?? []), entry]);
	}
	const copies = new Map<string, string[]>();
	for (const group of byWork.values()) {
		for (const entry of group) {
			const others = group.filter((e) => e.result.name !== entry.result.name);
			if (others.length > 0)
				copies.set(entry.checksum, [...new Set(others.map((e) => e.result.name))]);
		}
	}
	return copies;
}

/** Reads, checks and re-grades many codes or files; duplicates and bad inputs get a line and are not added. */
export function importResults(
	texts: readonly string[],
	assignment: Assignment,
	bank: readonly Item[],
	existing: readonly GradebookEntry[]
): ImportReport {
	const entries = [...existing];
	const seen = new Set(existing.map((e) => e.checksum));
	const lines = texts.map((text, index): ImportLine => {
		const decoded = decodeResult(text, assignment, bank);
		if (!decoded.ok) return { index, status: decoded.problem, message: decoded.error };
		const { result, checksum } = decoded;
		const name = result.name;
		// The checksum covers the name and every answer: equal checksums are the same work sent twice.
		if (seen.has(checksum)) {
			return { index, status: 'duplicate', name, message: `${name}: already in the gradebook.` };
		}
		seen.add(checksum);
		const grade = regrade(result, assignment, bank);
		const print = workPrint(result);
		const sameWorkAs = [
			...new Set(
				entries
					.filter((e) => e.result.name !== name && workPrint(e.result) === print)
					.map((e) => e.result.name)
			)
		];
		entries.push({ checksum, result, grade });
		const notes = [grade.late ? ' (late)' : ''];
		if (grade.claimMismatch) {
			notes.push(
				` The code claimed ${grade.claimed}%; the answers earn ${grade.percent}%, which is what counts.`
			);
		}
		if (sameWorkAs.length > 0) {
			notes.push(
				` It has the same answers at the same times as ${sameWorkAs.join(', ')}: it may be a copy.`
			);
			return {
				index,
				status: 'added',
				name,
				message: `${name}: ${grade.percent}%${notes.join('')}`,
				sameWorkAs
			};
		}
		return { index, status: 'added', name, message: `${name}: ${grade.percent}%${notes.join('')}` };
	});
	return { lines, entries: sortEntries(entries) };
}

/** How many students missed one question. */
export interface MissedQuestion {
	/** Item id. */
	id: string;
	/** Entries where it earned less than full credit. */
	missed: number;
	/** Entries that were asked it. */
	asked: number;
}

/** Questions ranked by how many students missed them (most first; ties in first-asked order). */
export function missedQuestions(entries: readonly GradebookEntry[]): MissedQuestion[] {
	const counts = new Map<string, MissedQuestion>();
	for (const entry of entries) {
		for (const mark of entry.grade.items) {
			const c = counts.get(mark.id) ?? { id: mark.id, missed: 0, asked: 0 };
			c.asked += 1;
			if (mark.score < 1) c.missed += 1;
			counts.set(mark.id, c);
		}
	}
	// Array.prototype.sort is stable, so equal counts keep the order questions were first seen in.
	return [...counts.values()].sort((a, b) => b.missed - a.missed);
}

/** How the class did on one group of questions (a reading skill, a lesson section). */
export interface GroupScore {
	/** The skill, or the section slug. */
	key: string;
	/** Students who were asked at least one question of the group. */
	students: number;
	/** Mean of those students' percents on the group, to one decimal. */
	mean: number;
	/** How many of them scored below the pass mark on the group. */
	below: number;
}

/**
 * The class's score per reading skill or per lesson section: for each group, the mean of the students'
 * percents on its questions and how many fell below the pass mark there, so a teacher knows what to teach
 * again. Skills come in their display order, sections in the bank's order; items the bank no longer holds
 * are left out.
 */
export function classBreakdown(
	entries: readonly GradebookEntry[],
	bank: readonly Pick<Item, 'id' | 'skill' | 'section'>[],
	by: 'skill' | 'section',
	passMark: number
): GroupScore[] {
	const groupOf = new Map(bank.map((i) => [i.id, by === 'skill' ? i.skill : i.section]));
	const order = by === 'skill' ? [...SKILLS] : [...new Set(bank.map((i) => i.section))];
	const perStudent = new Map<string, number[]>();
	for (const entry of entries) {
		const sums = new Map<string, { score: number; asked: number }>();
		for (const mark of entry.grade.items) {
			const group = groupOf.get(mark.id);
			if (group === undefined) continue;
			const sum = sums.get(group) ?? { score: 0, asked: 0 };
			sum.score += mark.score;
			sum.asked += 1;
			sums.set(group, sum);
		}
		for (const [group, sum] of sums) {
			perStudent.set(group, [...(perStudent.get(group) ?? []), (100 * sum.score) / sum.asked]);
		}
	}
	return order.flatMap((key) => {
		const percents = perStudent.get(key);
		if (!percents) return [];
		const mean = Math.round((percents.reduce((a, b) => a + b, 0) / percents.length) * 10) / 10;
		return [
			{
				key,
				students: percents.length,
				mean,
				below: percents.filter((p) => Math.round(p * 10) / 10 < passMark).length
			}
		];
	});
}

/** A cell made safe: spreadsheet formulas neutralised, then RFC 4180 quoting. */
export function csvCell(value: string): string {
	// A leading =, +, -, @, tab or CR makes Excel and Sheets run the cell as a formula.
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function credit(score: number): string {
	return score === 1 ? '1' : score === 0 ? '0' : String(Math.round(score * 100) / 100);
}

/** Number of columns before the question columns in `toCsv`. */
export const CSV_FIXED_COLUMNS = 6;

/**
 * The class table as CSV (RFC 4180, CRLF line ends, no BOM: add one for Excel if wanted). One column per
 * question, headed Q1, Q2… in the assignment's order, holding 1, 0 or the partial credit; the second row
 * gives each question's text, so a teacher reads questions, not ids. Student rows follow; then, after an empty
 * row, the item analysis under the question columns (`analysisCsvRows`: who saw it, credit, facility,
 * discrimination, flags, options chosen).
 */
export function toCsv(
	entries: readonly GradebookEntry[],
	assignment: Assignment,
	bank: readonly Item[]
): string {
	const questions = assignmentItems(assignment, bank);
	const ids = questions.map((i) => i.id);
	// A question answered but gone from the bank still gets a column, named by its id.
	for (const entry of entries) {
		for (const mark of entry.grade.items) if (!ids.includes(mark.id)) ids.push(mark.id);
	}
	const stems = new Map(questions.map((i) => [i.id, i.stem]));
	const plain = (stem: string) =>
		stemRuns(stem)
			.map((r) => r.text)
			.join('');
	const header = [
		'Name',
		'Score %',
		'Passed',
		'Time taken (minutes)',
		'Late',
		'Finished at',
		...ids.map((_, i) => `Q${i + 1}`)
	];
	const texts = [
		'Question',
		...Array<string>(CSV_FIXED_COLUMNS - 1).fill(''),
		...ids.map((id) => plain(stems.get(id) ?? id))
	];
	const rows = entries.map((entry) => {
		const { grade, result } = entry;
		const byId = new Map(grade.items.map((m) => [m.id, m.score]));
		return [
			result.name,
			String(grade.percent),
			grade.passed ? 'yes' : 'no',
			String(Math.round(grade.timeTakenMs / 6000) / 10),
			grade.late ? 'yes' : 'no',
			new Date(result.finishedAt).toISOString(),
			...ids.map((id) => {
				const score = byId.get(id);
				return score === undefined ? '' : credit(score);
			})
		];
	});
	const analysis =
		entries.length === 0
			? []
			: [[''], ...analysisCsvRows(analyseItems(entries, questions), ids, CSV_FIXED_COLUMNS)];
	return [header, texts, ...rows, ...analysis]
		.map((row) => `${row.map(csvCell).join(',')}\r\n`)
		.join('');
}

/** An empty gradebook for an assignment's link code. */
export function emptyGradebook(assignmentCode: string): Gradebook {
	return { version: GRADEBOOK_VERSION, assignment: assignmentCode, entries: [] };
}

/** A stored gradebook read back, or what is wrong with it (`newer` when a later site wrote it). */
export type ParsedGradebook =
	{ ok: true; gradebook: Gradebook } | { ok: false; error: string; newer?: boolean };

function readResult(v: unknown, path: string): Result {
	const o = record(v, path);
	const answers = Object.entries(record(o.answers, `${path}.answers`)).map(([id, x]) => {
		try {
			return [id, readResponse(x)] as const;
		} catch {
			return fail(`${path}.answers.${id}`, 'an answer');
		}
	});
	const version = num(o.version, `${path}.version`);
	if (version !== RESULT_VERSION) fail(`${path}.version`, `${RESULT_VERSION}`);
	return {
		version,
		assignment: str(o.assignment, `${path}.assignment`),
		module: str(o.module, `${path}.module`),
		name: str(o.name, `${path}.name`),
		startedAt: num(o.startedAt, `${path}.startedAt`),
		finishedAt: num(o.finishedAt, `${path}.finishedAt`),
		// Object.fromEntries defines own properties, so a stored "__proto__" id stays data.
		answers: Object.fromEntries(answers),
		claimed: num(o.claimed, `${path}.claimed`)
	};
}

function readGrade(v: unknown, path: string): Regraded {
	const o = record(v, path);
	return {
		score: num(o.score, `${path}.score`),
		max: num(o.max, `${path}.max`),
		percent: num(o.percent, `${path}.percent`),
		passMark: num(o.passMark, `${path}.passMark`),
		passed: bool(o.passed, `${path}.passed`),
		items: array(o.items, `${path}.items`).map((x, i) => {
			const m = record(x, `${path}.items[${i}]`);
			return {
				id: str(m.id, `${path}.items[${i}].id`),
				score: num(m.score, `${path}.items[${i}].score`),
				correct: bool(m.correct, `${path}.items[${i}].correct`),
				answered: bool(m.answered, `${path}.items[${i}].answered`)
			};
		}),
		timeTakenMs: num(o.timeTakenMs, `${path}.timeTakenMs`),
		late: bool(o.late, `${path}.late`),
		claimed: num(o.claimed, `${path}.claimed`),
		claimMismatch: bool(o.claimMismatch, `${path}.claimMismatch`)
	};
}

/** Reads a stored gradebook (the JSON text) and checks every field, naming the first one that is wrong. */
export function parseGradebook(text: string): ParsedGradebook {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return { ok: false, error: 'The saved gradebook is not valid JSON.' };
	}
	try {
		const o = record(json, 'gradebook');
		const version = num(o.version, 'gradebook.version');
		if (version > GRADEBOOK_VERSION) {
			return {
				ok: false,
				newer: true,
				error: 'This gradebook was saved by a newer version of Briefing. Reload the page.'
			};
		}
		if (version !== GRADEBOOK_VERSION) fail('gradebook.version', `${GRADEBOOK_VERSION}`);
		const entries = array(o.entries, 'gradebook.entries').map((x, i) => {
			const path = `gradebook.entries[${i}]`;
			const e = record(x, path);
			const result = readResult(e.result, `${path}.result`);
			const checksum = str(e.checksum, `${path}.checksum`);
			if (checksum !== resultChecksum(result)) fail(`${path}.checksum`, "the result's checksum");
			return { checksum, result, grade: readGrade(e.grade, `${path}.grade`) };
		});
		return {
			ok: true,
			gradebook: {
				version,
				assignment: str(o.assignment, 'gradebook.assignment'),
				entries: sortEntries(entries)
			}
		};
	} catch (e) {
		if (e instanceof ShapeError) {
			return { ok: false, error: `The saved gradebook is damaged (${e.message}).` };
		}
		throw e;
	}
}
