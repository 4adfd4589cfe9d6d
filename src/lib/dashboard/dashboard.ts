import { currentScores, finishedMarks, idTest, type CurrentIds } from '../progress/queries.ts';
import { keyMatcher } from '../progress/question-keys.ts';
import type { CurrentScores } from '../progress/queries.ts';
import type { ProgressData } from '../progress/schema.ts';
import { studiedModules } from '../backup/backup.ts';
import { buildCards, cardEvents, dueSummary } from '../review/deck.ts';
import type { DueSummary } from '../review/deck.ts';
import { emptyReview, moduleOfCard } from '../review/review-data.ts';
import type { ReviewData } from '../review/review-data.ts';
import { compareEvents } from '../review/ratings.ts';
import type { RatingEvent } from '../review/ratings.ts';

/** A module's scores as they stand now (see `currentScores`), with the slug. */
export interface ModuleScores extends CurrentScores {
	/** Slug of the module. */
	module: string;
}

/**
 * Best, last and number of attempts: each finished attempt's stored per-item credits over the module's
 * current item ids, so a removed question stops counting without any re-grading.
 */
export function moduleScores(
	progress: ProgressData,
	slug: string,
	currentIds: CurrentIds
): ModuleScores {
	return { module: slug, ...currentScores(progress, slug, currentIds) };
}

/** One finished attempt on the scores-over-time chart. */
export interface ScorePoint {
	/** Id of the attempt. */
	attempt: string;
	/** When it was finished, ms since the epoch. */
	finishedAt: number;
	/** Its percent over the current items, to one decimal. */
	percent: number;
}

/** Every counting attempt's percent over the current items, oldest first: the points `currentScores` ranks. */
export function scoreHistory(
	progress: ProgressData,
	slug: string,
	currentIds: CurrentIds
): ScorePoint[] {
	const isCurrent = idTest(currentIds);
	const points: ScorePoint[] = [];
	// Summarised older attempts count too: their credits come from the questions' histories.
	for (const attempt of finishedMarks(progress, slug)) {
		const marks = Object.entries(attempt.items).filter(([id]) => isCurrent(id));
		if (marks.length === 0) continue;
		const score = marks.reduce((sum, [, credit]) => sum + credit, 0);
		// Same rounding as currentScores and grade.ts's toPercent: one decimal.
		const percent = Math.round((score / marks.length) * 1000) / 10;
		points.push({ attempt: attempt.id, finishedAt: attempt.finishedAt, percent });
	}
	return points;
}

/** How well one lesson section is known. */
export interface SectionMastery {
	/** Section slug, as on the items. */
	section: string;
	/** Current questions of the section. */
	questions: number;
	/** Those whose latest marking was full credit. */
	mastered: number;
	/** mastered / questions, 0..1 (0 for a section with no questions). */
	share: number;
}

/** Whether the question's latest marking (quiz or review) was full credit; false when never marked. */
function isMastered(events: readonly RatingEvent[]): boolean {
	if (events.length === 0) return false;
	const latest = [...events].sort(compareEvents)[events.length - 1];
	return latest.rating === 'good' || latest.rating === 'easy';
}

/** A lesson section's current questions, as a page carries them: packed keys (progress/question-keys.ts). */
export interface SectionQuestions {
	/** Section slug. */
	section: string;
	/** Its current questions' ids, packed by `packKeys`. */
	questionKeys: string;
}

/**
 * Per lesson section, in the order given, leaving out sections without questions: the share of its current
 * questions whose latest marking earned full credit. With review data, a question answered in review counts
 * as marked then too. Only the learner's own records are read, so the page need not list every id.
 */
export function sectionMastery(
	progress: ProgressData,
	slug: string,
	sections: readonly SectionQuestions[],
	review?: ReviewData
): SectionMastery[] {
	const prefix = `${slug}/`;
	const events = cardEvents(progress, review ?? emptyReview());
	const masteredIds = [...events]
		.filter(([key, list]) => key.startsWith(prefix) && isMastered(list))
		.map(([key]) => key.slice(prefix.length));
	return sections.flatMap(({ section, questionKeys }) => {
		const questions = questionKeys.split(' ').filter(Boolean).length;
		if (questions === 0) return [];
		const has = keyMatcher(questionKeys);
		const mastered = masteredIds.filter(has).length;
		return [{ section, questions, mastered, share: mastered / questions }];
	});
}

/** The local calendar date (`YYYY-MM-DD`) of a time, `offsetMinutes` ahead of UTC. */
export function localDate(at: number, offsetMinutes: number): string {
	return new Date(at + offsetMinutes * 60_000).toISOString().slice(0, 10);
}

/** Every time the learner answered something: quiz answers, markings and review ratings. */
function studyTimes(progress: ProgressData, review: ReviewData, slug?: string): number[] {
	const times: number[] = [];
	for (const [module, m] of Object.entries(progress.modules)) {
		if (slug !== undefined && module !== slug) continue;
		for (const attempt of [...m.attempts, ...(m.inProgress ? [m.inProgress] : [])])
			for (const answer of Object.values(attempt.answers)) times.push(answer.at);
	}
	for (const [key, record] of Object.entries(progress.questions)) {
		if (slug !== undefined && moduleOfCard(key) !== slug) continue;
		for (const entry of record.history) times.push(entry.at);
	}
	for (const [key, log] of Object.entries(review.ratings)) {
		if (slug !== undefined && moduleOfCard(key) !== slug) continue;
		for (const event of log) times.push(event.at);
	}
	return times;
}

/** The modules a learner has studied (`studiedModules`), the one studied last first. */
export function recentlyStudied(progress: ProgressData, review: ReviewData): string[] {
	const last = (slug: string) => Math.max(0, ...studyTimes(progress, review, slug));
	return studiedModules(progress, review)
		.map((slug) => ({ slug, at: last(slug) }))
		.sort((a, b) => b.at - a.at || (a.slug < b.slug ? -1 : 1))
		.map(({ slug }) => slug);
}

/**
 * The distinct local dates with any answer, oldest first; the count of days studied is its length.
 * `offsetMinutes` is the learner's offset from UTC (`-new Date().getTimezoneOffset()` in a browser), a
 * parameter so the result does not depend on the machine running it. With `slug`, one module only.
 */
export function daysStudied(
	progress: ProgressData,
	review: ReviewData,
	offsetMinutes: number,
	slug?: string
): string[] {
	const dates = new Set(studyTimes(progress, review, slug).map((t) => localDate(t, offsetMinutes)));
	return [...dates].sort();
}

/**
 * Reviews due at `now`, overall and per module; `current` (card keys that still exist) leaves out
 * removed questions and flashcards, which cannot be shown.
 */
export function reviewsDue(
	progress: ProgressData,
	review: ReviewData,
	now: number,
	current?: ReadonlySet<string> | ((key: string) => boolean)
): DueSummary {
	return dueSummary(buildCards(progress, review, current), now);
}
