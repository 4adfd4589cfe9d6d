import type { Attempt, FinishedAttempt } from './attempt.ts';

// Kept apart from attempt.ts so that pages which only read progress do not load the quiz engine.
/** Whether the attempt has been finished and marked. */
export function isFinished(attempt: Attempt): attempt is FinishedAttempt {
	return attempt.finishedAt !== undefined && attempt.score !== undefined;
}
