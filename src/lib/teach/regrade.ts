/**
 * Marking a result again against the answer key, for the gradebook: the score the student's page
 * claimed is only compared with the regrade, never trusted.
 */
import type { Item } from '../questions/types.ts';
import { gradeAttempt } from '../quiz/grade.ts';
import { assignmentItems, isLate } from './assignment.ts';
import type { Assignment } from './assignment.ts';
import type { Result } from './result.ts';

/** The marking of one question of a re-graded result. */
export interface ItemMark {
	/** Item id. */
	id: string;
	/** Credit earned, 0..1. */
	score: number;
	/** Full credit. */
	correct: boolean;
	/** Whether something gradable was given. */
	answered: boolean;
}

/** A result marked again against the answer key; the claimed score plays no part in it. */
export interface Regraded {
	/** Credit earned, summed over the assignment's questions. */
	score: number;
	/** Questions asked (one mark each). */
	max: number;
	/** score / max as a percent, to one decimal. */
	percent: number;
	/** The assignment's pass mark, in percent. */
	passMark: number;
	/** Whether percent reaches the pass mark. */
	passed: boolean;
	/** Every question in assignment order. */
	items: ItemMark[];
	/** Finish minus start, in ms (never negative). */
	timeTakenMs: number;
	/** Finished at or after the end of the due day. */
	late: boolean;
	/** The percent the student's page claimed. */
	claimed: number;
	/** Whether the claim differs from the regrade: a bug, an old page, or an edited score. */
	claimMismatch: boolean;
}

/** Marks the answers again against the answer key; the claimed score is only compared, never used. */
export function regrade(result: Result, assignment: Assignment, bank: readonly Item[]): Regraded {
	const items = assignmentItems(assignment, bank);
	const marked = gradeAttempt(items, result.answers, assignment.passMark);
	return {
		score: marked.score,
		max: marked.max,
		percent: marked.percent,
		passMark: marked.passMark,
		passed: marked.passed,
		items: items.map((item) => {
			const g = marked.grades[item.id];
			return { id: item.id, score: g.score, correct: g.correct, answered: g.answered };
		}),
		timeTakenMs: Math.max(0, result.finishedAt - result.startedAt),
		late: isLate(assignment, result.finishedAt),
		claimed: result.claimed,
		claimMismatch: result.claimed !== marked.percent
	};
}
