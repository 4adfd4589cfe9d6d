import { describe, expect, it } from 'vitest';
import { summariseHistory } from '../progress/merge.ts';
import { emptyProgress } from '../progress/schema.ts';
import type { HistoryEntry, ProgressData } from '../progress/schema.ts';
import { buildCards, cardEvents, dueSummary } from './deck.ts';
import { addRating, emptyReview } from './review-data.ts';
import { cardFromEvents, cardFromHistory, dueCards } from './schedule.ts';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 8, 1, 9, 0, 0);

function progressWith(history: Record<string, [number, number][]>): ProgressData {
	const data = emptyProgress();
	for (const [key, marks] of Object.entries(history)) {
		const entries = marks.map(([at, score], i): HistoryEntry => ({ at, score, attempt: `a${i}` }));
		data.questions[key] = summariseHistory(entries);
	}
	return data;
}

describe('buildCards', () => {
	const progress = progressWith({
		'm/missed': [[T0, 0]],
		'm/known': [[T0, 1]],
		'n/partial': [[T0, 0.5]]
	});

	it('makes a card from each answered question, no migration needed', () => {
		const cards = buildCards(progress, emptyReview());
		expect(cards.map((c) => c.key)).toEqual(['m/known', 'm/missed', 'n/partial']);
		expect(cards[1]).toEqual(cardFromHistory('m/missed', [{ at: T0, score: 0 }]));
	});

	it('adds review ratings to a question’s quiz markings, in time order', () => {
		const review = addRating(emptyReview(), 'm/missed', 'good', T0 + DAY);
		const [card] = buildCards(progress, review, new Set(['m/missed']));
		expect(card).toEqual(
			cardFromEvents('m/missed', [
				{ at: T0, rating: 'again' },
				{ at: T0 + DAY, rating: 'good' }
			])
		);
		expect(cardEvents(progress, review).get('m/missed')).toHaveLength(2);
	});

	it('makes flashcards from their ratings alone', () => {
		const review = addRating(emptyReview(), 'm/card:term', 'easy', T0);
		expect(buildCards(emptyProgress(), review).map((c) => c.key)).toEqual(['m/card:term']);
	});

	it('leaves out keys that no longer exist and questions never marked', () => {
		const withEmpty = { ...progress, questions: { ...progress.questions } };
		withEmpty.questions['m/blank'] = summariseHistory([]);
		const cards = buildCards(withEmpty, emptyReview(), new Set(['m/known', 'm/blank']));
		expect(cards.map((c) => c.key)).toEqual(['m/known']);
	});

	it('with a fixed clock, brings the miss back first and the hit later', () => {
		const cards = buildCards(progress, emptyReview());
		expect(dueCards(cards, T0 + DAY).map((c) => c.key)).toEqual(['m/missed']);
		expect(dueCards(cards, T0 + 2 * DAY).map((c) => c.key)).toEqual(['m/missed', 'n/partial']);
		expect(dueCards(cards, T0 + 30 * DAY).map((c) => c.key)).toEqual([
			'm/missed',
			'n/partial',
			'm/known'
		]);
	});
});

describe('dueSummary', () => {
	it('counts due cards per module and in total', () => {
		const progress = progressWith({
			'm/a': [[T0, 0]],
			'm/b': [[T0, 0]],
			'n/a': [[T0, 0]],
			'n/b': [[T0, 1]]
		});
		const cards = buildCards(progress, emptyReview());
		expect(dueSummary(cards, T0)).toEqual({ total: 0, byModule: {} });
		expect(dueSummary(cards, T0 + DAY)).toEqual({ total: 3, byModule: { m: 2, n: 1 } });
	});

	it('keeps a "__proto__" module as data', () => {
		const cards = buildCards(progressWith({ '__proto__/q': [[T0, 0]] }), emptyReview());
		expect(Object.keys(dueSummary(cards, T0 + DAY).byModule)).toEqual(['__proto__']);
	});
});
