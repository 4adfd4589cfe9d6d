import { scoreAttempt } from '../quiz/attempt';
import type { Attempt, FinishedAttempt } from '../quiz/attempt';
import type { AttemptResult } from '../quiz/grade';
import type { Item } from '../questions/types';
import { questionKey, splitQuestionKey } from './schema';
import type { ModuleProgress, ProgressData, QuestionRecord } from './schema';

/** A module's progress, if the learner has any. */
export function moduleProgress(data: ProgressData, slug: string): ModuleProgress | undefined {
	return Object.hasOwn(data.modules, slug) ? data.modules[slug] : undefined;
}

/** Best percent of any finished attempt, as marked when it finished. */
export function bestScore(data: ProgressData, slug: string): number | undefined {
	return moduleProgress(data, slug)?.best;
}

/** Percent of the most recently finished attempt, as marked when it finished. */
export function lastScore(data: ProgressData, slug: string): number | undefined {
	return moduleProgress(data, slug)?.last;
}

/** Number of finished attempts, including ones whose questions have since been removed. */
export function attemptCount(data: ProgressData, slug: string): number {
	return moduleProgress(data, slug)?.attempts.length ?? 0;
}

/** The attempt to resume, if any. */
export function inProgressAttempt(data: ProgressData, slug: string): Attempt | undefined {
	return moduleProgress(data, slug)?.inProgress;
}

/** The learner's record with one question, if they have met it. */
export function questionRecord(
	data: ProgressData,
	slug: string,
	itemId: string
): QuestionRecord | undefined {
	const key = questionKey(slug, itemId);
	return Object.hasOwn(data.questions, key) ? data.questions[key] : undefined;
}

/**
 * Item id to its record for one module, the `history` that `newAttempt` takes. With a bank, only items
 * still in it: removed questions stay stored but no longer count.
 */
export function moduleHistory(
	data: ProgressData,
	slug: string,
	bank?: readonly Item[]
): Record<string, QuestionRecord> {
	const ids = bank ? new Set(bank.map((item) => item.id)) : null;
	const entries: [string, QuestionRecord][] = [];
	for (const [key, record] of Object.entries(data.questions)) {
		const { module, itemId } = splitQuestionKey(key);
		if (module === slug && (!ids || ids.has(itemId))) entries.push([itemId, record]);
	}
	return Object.fromEntries(entries);
}

/** A finished attempt re-marked against the current bank. */
export interface CountingAttempt {
	/** The attempt as stored. */
	attempt: FinishedAttempt;
	/** Its marking over the items still in the bank; `missing` lists the removed ones. */
	result: AttemptResult & { missing: string[] };
}

/**
 * Finished attempts as they count now: each re-marked over the items still in the bank, oldest first.
 * An attempt none of whose items remain does not count. `passMark` defaults to each attempt's own.
 */
export function countingAttempts(
	data: ProgressData,
	slug: string,
	bank: readonly Item[],
	passMark?: number
): CountingAttempt[] {
	return (moduleProgress(data, slug)?.attempts ?? [])
		.map((attempt) => ({
			attempt,
			result: scoreAttempt(attempt, bank, passMark ?? attempt.score.passMark)
		}))
		.filter(({ result }) => result.max > 0);
}

/** Best and last percent and attempt count over the attempts that still count. */
export interface CurrentScores {
	/** Highest re-marked percent, if any attempt counts. */
	best?: number;
	/** Re-marked percent of the most recently finished counting attempt. */
	last?: number;
	/** Number of counting attempts. */
	attempts: number;
}

/** The module's scores as they stand with the current bank (see `countingAttempts`). */
export function currentScores(
	data: ProgressData,
	slug: string,
	bank: readonly Item[],
	passMark?: number
): CurrentScores {
	const counting = countingAttempts(data, slug, bank, passMark);
	const latest = counting[counting.length - 1];
	if (!latest) return { attempts: 0 };
	return {
		best: Math.max(...counting.map((c) => c.result.percent)),
		last: latest.result.percent,
		attempts: counting.length
	};
}
