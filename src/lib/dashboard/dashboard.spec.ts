import { describe, expect, it } from 'vitest';
import { mergeProgress } from '../progress/merge.ts';
import { currentScores } from '../progress/queries.ts';
import { packKeys } from '../progress/question-keys.ts';
import { emptyProgress } from '../progress/schema.ts';
import {
	daysStudied,
	localDate,
	moduleScores,
	reviewsDue,
	scoreHistory,
	sectionMastery,
	recentlyStudied
} from './dashboard.ts';
import { addRating, emptyReview } from '../review/review-data.ts';
import { finishedAttempt, progressOf, progressOfAll } from '../testing/progress.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// 23:30 UTC on 1 September 2026: already 2 September in Paris, still 1 September in New York.
const LATE = Date.UTC(2026, 8, 1, 23, 30);

const progress = progressOfAll([
	finishedAttempt('m', 'a1', LATE, { q1: 1, q2: 0, q3: 0, old: 1 }),
	finishedAttempt('m', 'a2', LATE + DAY, { q1: 1, q2: 1, q3: 0.5 }),
	finishedAttempt('m', 'a3', LATE + 2 * DAY, { old: 0 }),
	finishedAttempt('n', 'b1', LATE + 3 * DAY, { q1: 0 })
]);
const CURRENT = ['q1', 'q2', 'q3'];

describe('moduleScores and scoreHistory', () => {
	it('marks each attempt over the current items only, skipping attempts with none', () => {
		expect(scoreHistory(progress, 'm', CURRENT)).toEqual([
			{ attempt: 'a1', finishedAt: LATE, percent: 33.3 },
			{ attempt: 'a2', finishedAt: LATE + DAY, percent: 83.3 }
		]);
		expect(moduleScores(progress, 'm', CURRENT)).toEqual({
			module: 'm',
			best: 83.3,
			last: 83.3,
			attempts: 2
		});
	});

	it('agrees with currentScores on best, last and count', () => {
		for (const ids of [CURRENT, ['q1'], ['old'], ['q3', 'old'], []]) {
			const points = scoreHistory(progress, 'm', ids);
			const scores = currentScores(progress, 'm', ids);
			expect(points.length).toBe(scores.attempts);
			expect(points.at(-1)?.percent).toBe(scores.last);
			expect(points.length ? Math.max(...points.map((p) => p.percent)) : undefined).toBe(
				scores.best
			);
		}
	});

	it('has nothing for a module never attempted', () => {
		expect(scoreHistory(progress, 'none', CURRENT)).toEqual([]);
		expect(moduleScores(progress, 'none', CURRENT)).toEqual({ module: 'none', attempts: 0 });
	});
});

describe('sectionMastery', () => {
	const items = [
		{ id: 'q1', section: 'numbers' },
		{ id: 'q2', section: 'people' },
		{ id: 'q3', section: 'numbers' },
		{ id: 'new', section: 'people' },
		{ id: 'q4', section: 'later' }
	];
	/** Sections as the dashboard page carries them: each one's question ids packed as keys. */
	const sections = (list: typeof items, order = ['numbers', 'people', 'empty', 'later']) =>
		order.map((section) => ({
			section,
			questionKeys: packKeys(list.filter((i) => i.section === section).map((i) => i.id))
		}));

	it('counts questions whose latest marking was full credit, sections in lesson order', () => {
		// `old` was marked right but is no longer in the bank; `empty` has no questions and is left out.
		expect(sectionMastery(progress, 'm', sections(items))).toEqual([
			{ section: 'numbers', questions: 2, mastered: 1, share: 0.5 },
			{ section: 'people', questions: 2, mastered: 1, share: 0.5 },
			{ section: 'later', questions: 1, mastered: 0, share: 0 }
		]);
		expect(
			sectionMastery(progress, 'm', sections(items, ['later', 'people'])).map((m) => m.section)
		).toEqual(['later', 'people']);
		// Another module's records never count.
		expect(sectionMastery(progress, 'n', sections(items))[0].mastered).toBe(0);
	});

	it('goes by the latest marking, not the best', () => {
		const later = mergeProgress(
			progress,
			progressOf(finishedAttempt('m', 'a9', LATE + 9 * DAY, { q1: 0 }))
		);
		expect(sectionMastery(later, 'm', sections(items.slice(0, 1)))[0].mastered).toBe(0);
	});

	it('counts a review answer as the latest marking when review data is given', () => {
		let review = addRating(emptyReview(), 'm/q3', 'good', LATE + 5 * DAY);
		review = addRating(review, 'm/q1', 'again', LATE + 5 * DAY);
		expect(sectionMastery(progress, 'm', sections(items.slice(0, 3)), review)).toEqual([
			{ section: 'numbers', questions: 2, mastered: 1, share: 0.5 },
			{ section: 'people', questions: 1, mastered: 1, share: 1 }
		]);
		const oldReview = addRating(emptyReview(), 'm/q3', 'good', LATE - DAY);
		expect(sectionMastery(progress, 'm', sections(items.slice(2, 3)), oldReview)[0].mastered).toBe(
			0
		);
	});
});

describe('daysStudied', () => {
	it('counts distinct local dates, using the offset given', () => {
		expect(localDate(LATE, 0)).toBe('2026-09-01');
		expect(localDate(LATE, 120)).toBe('2026-09-02');
		expect(localDate(LATE, -240)).toBe('2026-09-01');
		const onlyFirst = progressOf(finishedAttempt('m', 'a1', LATE, { q1: 1 }));
		expect(daysStudied(onlyFirst, emptyReview(), 0)).toEqual(['2026-09-01']);
		expect(daysStudied(onlyFirst, emptyReview(), 120)).toEqual(['2026-09-02']);
	});

	it('includes quiz answers, markings, unfinished attempts and review ratings', () => {
		const open = { ...finishedAttempt('o', 'o1', LATE + 20 * DAY, { q1: 0 }) };
		delete (open as { finishedAt?: number }).finishedAt;
		delete (open as { score?: unknown }).score;
		const withOpen = mergeProgress(progress, progressOf(open));
		const review = addRating(emptyReview(), 'x/card:t', 'good', LATE + 30 * DAY);
		expect(daysStudied(withOpen, review, 0)).toEqual([
			'2026-09-01',
			'2026-09-02',
			'2026-09-03',
			'2026-09-04',
			'2026-09-21',
			'2026-10-01'
		]);
		expect(daysStudied(withOpen, review, 0, 'n')).toEqual(['2026-09-04']);
		expect(daysStudied(withOpen, review, 0, 'x')).toEqual(['2026-10-01']);
	});

	it('is empty with no progress', () => {
		expect(daysStudied(emptyProgress(), emptyReview(), 60)).toEqual([]);
	});
});

describe('reviewsDue', () => {
	it('counts cards due now across modules, leaving out removed keys', () => {
		const now = LATE + 4 * DAY + HOUR;
		const due = reviewsDue(progress, emptyReview(), now);
		expect(due.byModule).toEqual({ m: 3, n: 1 });
		const current = new Set(['m/q1', 'm/q2', 'm/q3', 'n/q1']);
		// m/q1 was right twice, so it is not due yet; the removed m/old is due but left out.
		expect(reviewsDue(progress, emptyReview(), now, current)).toEqual({
			total: 3,
			byModule: { m: 2, n: 1 }
		});
	});
});

describe('recentlyStudied', () => {
	it('lists every module with an answer, an unfinished attempt or a rating, the latest studied first', () => {
		const open = { ...finishedAttempt('o', 'o1', LATE + 20 * DAY, { q1: 0 }) };
		delete (open as { finishedAt?: number }).finishedAt;
		delete (open as { score?: unknown }).score;
		const withOpen = mergeProgress(progress, progressOf(open));
		const review = addRating(emptyReview(), 'x/card:t', 'good', LATE + 30 * DAY);
		expect(recentlyStudied(withOpen, review)).toEqual(['x', 'o', 'n', 'm']);
	});

	it('counts a rating alone, and reads nothing into an empty store', () => {
		expect(recentlyStudied(emptyProgress(), emptyReview())).toEqual([]);
		const review = addRating(emptyReview(), 'r/q1', 'again', LATE);
		expect(recentlyStudied(emptyProgress(), review)).toEqual(['r']);
	});
});
