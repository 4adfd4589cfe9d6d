import { newAttempt } from '../quiz/attempt.ts';
import type { Answer, Attempt, FinishedAttempt } from '../quiz/attempt.ts';
import { isFinished } from '../quiz/finished.ts';
import type { Item } from '../questions/types.ts';
import { assignmentItems, isLate } from './assignment.ts';
import type { Assignment } from './assignment.ts';
import type { Parsed } from '../storage/types.ts';
import { RESULT_VERSION } from './result.ts';
import { readResponse } from './result-answers.ts';
import type { Result } from './result.ts';
import { ShapeError, num, record, str, strings } from './shape.ts';
import { WORK_PREFIX } from '../storage/keys.ts';

/** Version of a student's stored work on an assignment. */
export const WORK_VERSION = 1;

/** The storage key of a student's work on an assignment. */
export function workKey(assignmentId: string): string {
	return `${WORK_PREFIX}${assignmentId}`;
}

/** One go at an assignment, with the name it was done under. */
export interface WorkAttempt {
	/** The name the student gave when starting. */
	name: string;
	/** The quiz attempt (its module is the assignment's module; its bank the assignment's questions). */
	attempt: Attempt;
}

/** A student's work on one assignment, as stored. */
export interface AssignmentWork {
	/** Format version. */
	version: number;
	/** Attempts, oldest start first. */
	attempts: WorkAttempt[];
}

/** No work yet. */
export function emptyWork(): AssignmentWork {
	return { version: WORK_VERSION, attempts: [] };
}

/** Finished attempts, which count against the attempts allowed. */
export function finishedAttempts(
	work: AssignmentWork
): (WorkAttempt & { attempt: FinishedAttempt })[] {
	return work.attempts.filter((w): w is WorkAttempt & { attempt: FinishedAttempt } =>
		isFinished(w.attempt)
	);
}

/** The attempt to resume, if one was started and not finished (the one touched last). */
export function openAttempt(work: AssignmentWork): WorkAttempt | undefined {
	let open: WorkAttempt | undefined;
	for (const w of work.attempts) {
		if (!isFinished(w.attempt) && (!open || w.attempt.updatedAt > open.attempt.updatedAt)) open = w;
	}
	return open;
}

/** Attempts the student may still start: a number, or Infinity when the teacher set no limit. */
export function attemptsLeft(work: AssignmentWork, assignment: Assignment): number {
	if (assignment.attempts === 'unlimited') return Infinity;
	return Math.max(0, assignment.attempts - finishedAttempts(work).length);
}

/** A new attempt at the assignment: every one of its questions, in an order drawn from `seed`. */
export function startWork(
	assignment: Assignment,
	bank: readonly Item[],
	seed: string,
	now: number
): Attempt {
	return newAttempt({
		moduleSlug: assignment.module,
		bank: assignmentItems(assignment, bank),
		mode: assignment.mode,
		length: 'all',
		seed,
		history: {},
		now
	});
}

/** Adds or replaces an attempt (by id); a copy from another tab wins only if it was changed later. */
export function putAttempt(work: AssignmentWork, next: WorkAttempt): AssignmentWork {
	const attempts = [...work.attempts];
	const at = attempts.findIndex((w) => w.attempt.id === next.attempt.id);
	if (at === -1) attempts.push(next);
	else if (isFinished(attempts[at].attempt) && !isFinished(next.attempt)) return work;
	else attempts[at] = next;
	attempts.sort((a, b) => a.attempt.startedAt - b.attempt.startedAt);
	return { ...work, attempts };
}

/** The result a finished attempt gives: the answers, the times, the name and the score the page showed. */
export function resultOf(
	work: WorkAttempt & { attempt: FinishedAttempt },
	assignmentId: string
): Result {
	const { attempt, name } = work;
	return {
		version: RESULT_VERSION,
		assignment: assignmentId,
		module: attempt.module,
		name,
		startedAt: Math.round(attempt.startedAt),
		finishedAt: Math.round(Math.max(attempt.finishedAt, attempt.startedAt)),
		answers: Object.fromEntries(
			Object.entries(attempt.answers).map(([id, answer]) => [id, answer.response])
		),
		claimed: Math.round(attempt.score.percent * 10) / 10
	};
}

/** Whether a finished attempt came after the due day ended. */
export function workLate(assignment: Assignment, attempt: FinishedAttempt): boolean {
	return isLate(assignment, attempt.finishedAt);
}

function readAttempt(v: unknown, path: string): Attempt {
	const o = record(v, path);
	if (o.mode !== 'practice' && o.mode !== 'test') throw new ShapeError(`${path}.mode`);
	if (o.length !== 'all') throw new ShapeError(`${path}.length`);
	const orders = record(o.orders, `${path}.orders`);
	const answers = record(o.answers, `${path}.answers`);
	const attempt: Attempt = {
		id: str(o.id, `${path}.id`),
		module: str(o.module, `${path}.module`),
		mode: o.mode,
		length: 'all',
		seed: str(o.seed, `${path}.seed`),
		items: strings(o.items, `${path}.items`),
		orders: Object.fromEntries(
			Object.entries(orders).map(([k, x]) => [k, strings(x, `${path}.orders.${k}`)])
		),
		startedAt: num(o.startedAt, `${path}.startedAt`),
		updatedAt: num(o.updatedAt, `${path}.updatedAt`),
		answers: Object.fromEntries(
			Object.entries(answers).map(([k, x]): [string, Answer] => {
				const a = record(x, `${path}.answers.${k}`);
				try {
					return [
						k,
						{ response: readResponse(a.response), at: num(a.at, `${path}.answers.${k}.at`) }
					];
				} catch {
					throw new ShapeError(`${path}.answers.${k}`);
				}
			})
		)
	};
	if (o.finishedAt !== undefined || o.score !== undefined) {
		const score = record(o.score, `${path}.score`);
		for (const k of ['score', 'max', 'percent', 'passMark']) num(score[k], `${path}.score.${k}`);
		if (typeof score.passed !== 'boolean') throw new ShapeError(`${path}.score.passed`);
		record(score.items, `${path}.score.items`);
		if (!Array.isArray(score.sections) || !Array.isArray(score.missing))
			throw new ShapeError(`${path}.score`);
		attempt.finishedAt = num(o.finishedAt, `${path}.finishedAt`);
		attempt.score = score as unknown as FinishedAttempt['score'];
	}
	return attempt;
}

/** A student's stored work read back; anything malformed is refused whole, to be backed up. */
export function parseWork(text: string): Parsed<AssignmentWork> {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return { ok: false, error: 'The saved assignment work is not valid JSON.' };
	}
	try {
		const o = record(json, 'work');
		const version = num(o.version, 'work.version');
		if (version > WORK_VERSION) {
			return {
				ok: false,
				newer: true,
				error: 'This work was saved by a newer version of Briefing. Reload the page.'
			};
		}
		if (version !== WORK_VERSION) throw new ShapeError('work.version');
		if (!Array.isArray(o.attempts)) throw new ShapeError('work.attempts');
		const attempts = o.attempts.map((x, i) => {
			const w = record(x, `work.attempts[${i}]`);
			return {
				name: str(w.name, `work.attempts[${i}].name`),
				attempt: readAttempt(w.attempt, `work.attempts[${i}].attempt`)
			};
		});
		return { ok: true, value: { version, attempts } };
	} catch (e) {
		if (e instanceof ShapeError) {
			return { ok: false, error: `The saved assignment work is damaged (at ${e.message}).` };
		}
		throw e;
	}
}
