import { scoreAttempt } from '../quiz/attempt.ts';
import type { FinishedAttempt } from '../quiz/attempt.ts';
import type { AttemptResult } from '../quiz/grade.ts';
import type { Item } from '../questions/types.ts';
import { moduleProgress } from './queries.ts';
import type { ProgressData } from './schema.ts';

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
