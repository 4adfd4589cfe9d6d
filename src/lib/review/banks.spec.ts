import { describe, expect, it } from 'vitest';
import { isReviewCards, loadReviewModule, type ReviewModuleInfo } from './banks.ts';

const info: ReviewModuleInfo = {
	slug: 'm',
	title: 'A module',
	lessons: '/modules/m',
	flashcardsHref: '/modules/m/flashcards',
	cardsHref: '/modules/m/review.json',
	sections: { intro: 'Introduction' }
};

const respond = (status: number, body: unknown) =>
	(async () => new Response(JSON.stringify(body), { status })) as unknown as typeof fetch;

describe('review banks', () => {
	it('fetch a module’s questions and flashcards from its review.json', async () => {
		const asked: string[] = [];
		const fetcher = (async (url: string) => {
			asked.push(url);
			return new Response(
				JSON.stringify({ items: [{ id: 'q1' }], flashcards: [{ key: 'm/card:x' }] })
			);
		}) as unknown as typeof fetch;
		const module = await loadReviewModule(info, fetcher);
		expect(asked).toEqual(['/modules/m/review.json']);
		expect(module).toEqual({
			slug: 'm',
			title: 'A module',
			lessons: '/modules/m',
			flashcardsHref: '/modules/m/flashcards',
			sections: { intro: 'Introduction' },
			items: [{ id: 'q1' }],
			flashcards: [{ key: 'm/card:x' }]
		});
	});

	it('refuse a missing or malformed file with its address', async () => {
		await expect(loadReviewModule(info, respond(404, {}))).rejects.toThrow(
			'/modules/m/review.json: 404'
		);
		await expect(loadReviewModule(info, respond(200, { items: 'no' }))).rejects.toThrow(
			"not a module's review cards"
		);
		const offline = (async () => {
			throw new TypeError('Failed to fetch');
		}) as unknown as typeof fetch;
		await expect(loadReviewModule(info, offline)).rejects.toThrow('Failed to fetch');
	});

	it('check the shape of every question and flashcard', () => {
		expect(isReviewCards({ items: [], flashcards: [] })).toBe(true);
		expect(isReviewCards({ items: [{ id: 1 }], flashcards: [] })).toBe(false);
		expect(isReviewCards({ items: [], flashcards: [null] })).toBe(false);
		expect(isReviewCards(null)).toBe(false);
		expect(isReviewCards([])).toBe(false);
	});
});
