import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RATINGS } from './ratings.ts';
import type { RatingEvent } from './ratings.ts';
import {
	cardFromEvents,
	cardFromHistory,
	dueCards,
	dueCount,
	newCard,
	previewDue,
	rate
} from './schedule.ts';
import type { ReviewCard } from './schedule.ts';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 8, 1, 9, 0, 0);

describe('rate', () => {
	it('schedules a miss sooner than a partial answer, a partial sooner than a hit', () => {
		const card = newCard('m/q', T0);
		const due = RATINGS.map((r) => rate(card, r, T0).due);
		expect(due[0]).toBeLessThan(due[1]);
		expect(due[1]).toBeLessThan(due[2]);
		expect(due[2]).toBeLessThan(due[3]);
	});

	it('brings a miss back after a day and a first hit after several days', () => {
		const card = newCard('m/q', T0);
		expect(rate(card, 'again', T0).due).toBe(T0 + DAY);
		expect(rate(card, 'good', T0).due - T0).toBeGreaterThanOrEqual(2 * DAY);
	});

	it('is deterministic: the same ratings at the same times give the same card', () => {
		const a = rate(rate(newCard('m/q', T0), 'good', T0), 'hard', T0 + 3 * DAY);
		const b = rate(rate(newCard('m/q', T0), 'good', T0), 'hard', T0 + 3 * DAY);
		expect(a).toEqual(b);
	});

	it('keeps the card plain JSON with dates as ms', () => {
		const card = rate(newCard('m/q', T0), 'good', T0);
		expect(JSON.parse(JSON.stringify(card))).toEqual(card);
		expect(card.lastReview).toBe(T0);
		expect(card.reps).toBe(1);
		expect(card.phase).toBe('review');
		expect(typeof card.due).toBe('number');
	});

	it('counts a lapse when a card in review is forgotten', () => {
		const known = rate(newCard('m/q', T0), 'good', T0);
		const forgot = rate(known, 'again', known.due);
		expect(forgot.lapses).toBe(1);
		expect(forgot.due - known.due).toBeLessThan(known.due - T0);
	});

	it('grows the interval with each successful review', () => {
		let card = rate(newCard('m/q', T0), 'good', T0);
		let last = card.due - T0;
		for (let i = 0; i < 4; i++) {
			const next = rate(card, 'good', card.due);
			expect(next.due - card.due).toBeGreaterThan(last);
			last = next.due - card.due;
			card = next;
		}
	});

	it('treats a rating dated before the last review as given at it', () => {
		const card = rate(newCard('m/q', T0), 'good', T0 + DAY);
		expect(rate(card, 'again', T0)).toEqual(rate(card, 'again', T0 + DAY));
	});
});

describe('cardFromEvents and cardFromHistory', () => {
	it('gives no card for no events', () => {
		expect(cardFromEvents('m/q', [])).toBeNull();
		expect(cardFromHistory('m/q', [])).toBeNull();
	});

	it('replays quiz markings as ratings, oldest first', () => {
		const history = [
			{ at: T0 + 5 * DAY, score: 0 },
			{ at: T0, score: 1 },
			{ at: T0 + 2 * DAY, score: 0.5 }
		];
		const expected = rate(
			rate(rate(newCard('m/q', T0), 'good', T0), 'hard', T0 + 2 * DAY),
			'again',
			T0 + 5 * DAY
		);
		expect(cardFromHistory('m/q', history)).toEqual(expected);
	});

	it('does not depend on the order the events are listed in', () => {
		const eventArb = fc.record({
			at: fc.integer({ min: T0, max: T0 + 60 * DAY }),
			rating: fc.constantFrom(...RATINGS)
		});
		fc.assert(
			fc.property(fc.array(eventArb, { maxLength: 8 }), fc.integer(), (events, seed) => {
				const shuffled = [...events].sort(
					(a, b) => ((a.at * 31 + seed) % 7) - ((b.at * 31 + seed) % 7)
				);
				expect(cardFromEvents('m/q', shuffled)).toEqual(cardFromEvents('m/q', events));
			})
		);
	});

	it('gives the same card as rating step by step when ratings arrive in time order', () => {
		const eventsArb = fc
			.array(
				fc.record({
					gap: fc.integer({ min: 1, max: 20 * DAY }),
					rating: fc.constantFrom(...RATINGS)
				}),
				{ minLength: 1, maxLength: 8 }
			)
			.map((steps) => {
				let at = T0;
				return steps.map((s): RatingEvent => ({ at: (at += s.gap), rating: s.rating }));
			});
		fc.assert(
			fc.property(eventsArb, (events) => {
				let card: ReviewCard = newCard('m/q', events[0].at);
				for (const e of events) card = rate(card, e.rating, e.at);
				expect(cardFromEvents('m/q', events)).toEqual(card);
			})
		);
	});
});

describe('dueCards and dueCount', () => {
	const card = (key: string, due: number): ReviewCard => ({ ...newCard(key, T0), due });

	it('lists only due cards, most overdue first, ties by key', () => {
		const cards = [card('m/c', T0 + 2), card('m/b', T0 - 5), card('m/a', T0 - 5), card('m/d', T0)];
		expect(dueCards(cards, T0).map((c) => c.key)).toEqual(['m/a', 'm/b', 'm/d']);
		expect(dueCount(cards, T0)).toBe(3);
		expect(dueCount(cards, T0 - 10)).toBe(0);
	});

	it('with a fixed clock, a missed item comes due before a known one', () => {
		const missed = cardFromHistory('m/missed', [{ at: T0, score: 0 }]) as ReviewCard;
		const known = cardFromHistory('m/known', [{ at: T0, score: 1 }]) as ReviewCard;
		const cards = [known, missed];
		expect(dueCount(cards, T0)).toBe(0);
		expect(dueCards(cards, T0 + DAY).map((c) => c.key)).toEqual(['m/missed']);
		expect(dueCards(cards, known.due).map((c) => c.key)).toEqual(['m/missed', 'm/known']);
	});

	it('after a miss in review, the item comes back sooner than after a hit', () => {
		const start = cardFromHistory('m/q', [{ at: T0, score: 1 }]) as ReviewCard;
		const hit = rate(start, 'good', start.due);
		const miss = rate(start, 'again', start.due);
		expect(miss.due).toBeLessThan(hit.due);
	});
});

describe('previewDue', () => {
	it('gives the due date each rating would set, for a new or a known card', () => {
		const fresh = previewDue(null, 'm/q', T0);
		expect(fresh.again).toBe(rate(newCard('m/q', T0), 'again', T0).due);
		const known = rate(newCard('m/q', T0), 'good', T0);
		const preview = previewDue(known, 'm/q', known.due);
		expect(preview.good).toBe(rate(known, 'good', known.due).due);
		expect(preview.again).toBeLessThan(preview.hard);
	});
});
