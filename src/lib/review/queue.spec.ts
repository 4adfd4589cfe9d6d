import { describe, expect, it } from 'vitest';
import { summariseHistory } from '../progress/merge.ts';
import { emptyProgress } from '../progress/schema.ts';
import type { ProgressData } from '../progress/schema.ts';
import { FIXTURE_FACTS } from '../testing/facts.ts';
import { numeric, single } from '../testing/items.ts';
import { flashcardsFor } from './flashcards.ts';
import {
	currentKeys,
	dueIn,
	learnerCards,
	nextDueAt,
	reviewQueue,
	studyOrder,
	type ReviewModule
} from './queue.ts';
import { addRating, emptyReview } from './review-data.ts';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 8, 1, 9, 0, 0);

const flashcards = flashcardsFor('m', FIXTURE_FACTS);
const module: ReviewModule = {
	slug: 'm',
	title: 'M',
	lessons: '/modules/m',
	flashcardsHref: '/modules/m/flashcards',
	sections: {},
	items: [single, numeric],
	flashcards
};

function progressWith(marks: Record<string, number>, at = T0): ProgressData {
	const data = emptyProgress();
	for (const [key, score] of Object.entries(marks))
		data.questions[key] = summariseHistory([{ at, score, attempt: 'a1' }]);
	return data;
}

describe('reviewQueue', () => {
	const progress = progressWith({ [`m/${single.id}`]: 0, [`m/${numeric.id}`]: 1, 'm/removed': 0 });
	const cards = learnerCards([module], progress, emptyReview());

	it('leaves out cards whose question was removed from the bank', () => {
		expect(cards.map((c) => c.key).sort()).toEqual([`m/${numeric.id}`, `m/${single.id}`].sort());
	});

	it('brings a missed question back before a known one', () => {
		expect(reviewQueue([module], cards, T0 + DAY / 2)).toEqual([]);
		const dayLater = reviewQueue([module], cards, T0 + DAY + 1);
		expect(dayLater.map((e) => e.key)).toEqual([`m/${single.id}`]);
		expect(dayLater[0].kind).toBe('question');
		const later = reviewQueue([module], cards, T0 + 10 * DAY);
		expect(later.map((e) => e.key)).toEqual([`m/${single.id}`, `m/${numeric.id}`]);
	});

	it('says when the next card falls due', () => {
		expect(nextDueAt(cards, T0)).toBe(T0 + DAY);
		expect(nextDueAt(cards, T0 + 100 * DAY)).toBeNull();
	});

	it('includes rated flashcards with their card', () => {
		const review = addRating(emptyReview(), flashcards[0].key, 'again', T0);
		const all = learnerCards([module], emptyProgress(), review);
		const queue = reviewQueue([module], all, T0 + 2 * DAY);
		expect(queue).toHaveLength(1);
		expect(queue[0].kind === 'flashcard' && queue[0].flashcard.front).toBe(flashcards[0].front);
	});
});

describe('currentKeys', () => {
	it('holds every question and flashcard key', () => {
		const keys = currentKeys([module]);
		expect(keys.has(`m/${single.id}`)).toBe(true);
		expect(keys.has(flashcards[1].key)).toBe(true);
		expect(keys.size).toBe(2 + flashcards.length);
	});
});

describe('studyOrder', () => {
	it('puts due cards first, then new ones, then the rest', () => {
		expect(flashcards.length).toBeGreaterThanOrEqual(3);
		let review = addRating(emptyReview(), flashcards[0].key, 'easy', T0);
		review = addRating(review, flashcards[2].key, 'again', T0);
		const cards = learnerCards([module], emptyProgress(), review);
		const order = studyOrder(flashcards, cards, T0 + 2 * DAY).map((f) => f.key);
		expect(order[0]).toBe(flashcards[2].key);
		expect(order[1]).toBe(flashcards[1].key);
		expect(order.at(-1)).toBe(flashcards[0].key);
	});
});

describe('dueIn', () => {
	it('words the distance in the largest sensible unit', () => {
		expect(dueIn(T0, T0)).toBe('now');
		expect(dueIn(T0 + 60_000, T0)).toBe('in 1 minute');
		expect(dueIn(T0 + 5 * 3_600_000, T0)).toBe('in 5 hours');
		expect(dueIn(T0 + 3 * DAY, T0)).toBe('in 3 days');
		expect(dueIn(T0 + 90 * DAY, T0)).toBe('in 3 months');
	});
});
