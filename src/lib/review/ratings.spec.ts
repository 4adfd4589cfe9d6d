import { describe, expect, it } from 'vitest';
import { compareEvents, eventsFromHistory, isRating, ratingForScore } from './ratings.ts';

describe('ratingForScore', () => {
	it('reads full credit as good, partial as hard and none as again', () => {
		expect(ratingForScore(1)).toBe('good');
		expect(ratingForScore(0.5)).toBe('hard');
		expect(ratingForScore(0.01)).toBe('hard');
		expect(ratingForScore(0)).toBe('again');
	});

	it('turns each quiz marking into the rating it stands for, keeping its time', () => {
		expect(
			eventsFromHistory([
				{ at: 3, score: 0 },
				{ at: 1, score: 1 }
			])
		).toEqual([
			{ at: 3, rating: 'again' },
			{ at: 1, rating: 'good' }
		]);
	});
});

describe('isRating and compareEvents', () => {
	it('accepts the four ratings only', () => {
		for (const r of ['again', 'hard', 'good', 'easy']) expect(isRating(r)).toBe(true);
		for (const r of ['Good', 3, null, 'manual']) expect(isRating(r)).toBe(false);
	});

	it('orders by time, then worst rating first', () => {
		expect(compareEvents({ at: 1, rating: 'easy' }, { at: 2, rating: 'again' })).toBeLessThan(0);
		expect(compareEvents({ at: 2, rating: 'again' }, { at: 2, rating: 'good' })).toBeLessThan(0);
		expect(compareEvents({ at: 2, rating: 'good' }, { at: 2, rating: 'good' })).toBe(0);
	});
});
