import type { Attempt } from '../quiz/attempt.ts';
import type { Item } from '../questions/types.ts';
import { questionKey, splitQuestionKey } from './schema.ts';
import type { ModuleProgress, ProgressData, QuestionRecord } from './schema.ts';

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

/** Number of finished attempts (whole and summarised), including ones whose questions have since been removed. */
export function attemptCount(data: ProgressData, slug: string): number {
	const m = moduleProgress(data, slug);
	return (m?.attempts.length ?? 0) + (m?.summaries?.length ?? 0);
}

/** A finished attempt, whole or summarised, with the credit each of its counted items earned. */
export interface FinishedMarks {
	/** Id of the attempt. */
	id: string;
	/** When it was finished, ms since the epoch. */
	finishedAt: number;
	/** Item id to credit, 0..1: the attempt's own for a whole one, from the questions' histories for a summary. */
	items: Record<string, number>;
}

/** Every finished attempt of a module, summaries included, oldest finish first. */
export function finishedMarks(data: ProgressData, slug: string): FinishedMarks[] {
	const m = moduleProgress(data, slug);
	if (!m) return [];
	const out: FinishedMarks[] = m.attempts.map((a) => ({
		id: a.id,
		finishedAt: a.finishedAt,
		items: a.score.items
	}));
	if (m.summaries?.length) {
		// A summary's credits are the history entries its attempt left: one per counted item.
		const credits = new Map<string, Record<string, number>>(m.summaries.map((s) => [s.id, {}]));
		for (const [key, record] of Object.entries(data.questions)) {
			const { module, itemId } = splitQuestionKey(key);
			if (module !== slug) continue;
			for (const entry of record.history) {
				const items = credits.get(entry.attempt);
				if (items) items[itemId] = entry.score;
			}
		}
		for (const s of m.summaries) {
			out.push({ id: s.id, finishedAt: s.finishedAt, items: credits.get(s.id) ?? {} });
		}
	}
	return out.sort(
		(x, y) => x.finishedAt - y.finishedAt || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)
	);
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

/** Best and last percent and attempt count over the attempts that still count. */
export interface CurrentScores {
	/** Highest re-marked percent, if any attempt counts. */
	best?: number;
	/** Re-marked percent of the most recently finished counting attempt. */
	last?: number;
	/** Number of counting attempts. */
	attempts: number;
}

/** The questions (or cards) that still exist: their ids, or a test of an id (such as `keyMatcher`). */
export type CurrentIds = Iterable<string> | ((id: string) => boolean);

/** `current` as a test of an id. */
export function idTest(current: CurrentIds): (id: string) => boolean {
	return typeof current === 'function' ? current : Set.prototype.has.bind(new Set(current));
}

/**
 * The module's scores as they stand now: each finished attempt's stored marks over the questions still in
 * the bank (`currentIds`: the ids, or a test of an id), so removed questions stay in history but stop counting. Needs no grading code.
 */
export function currentScores(
	data: ProgressData,
	slug: string,
	currentIds: CurrentIds
): CurrentScores {
	const isCurrent = idTest(currentIds);
	const percents: number[] = [];
	for (const attempt of finishedMarks(data, slug)) {
		const marks = Object.entries(attempt.items).filter(([id]) => isCurrent(id));
		if (marks.length === 0) continue;
		const score = marks.reduce((sum, [, credit]) => sum + credit, 0);
		// Same rounding as grade.ts's toPercent: one decimal.
		percents.push(Math.round((score / marks.length) * 1000) / 10);
	}
	if (percents.length === 0) return { attempts: 0 };
	return {
		best: Math.max(...percents),
		last: percents[percents.length - 1],
		attempts: percents.length
	};
}
