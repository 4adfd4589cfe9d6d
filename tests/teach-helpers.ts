import { expect, type Page } from '@playwright/test';
import type { Item } from '../src/lib/questions/types.ts';
import type { Response } from '../src/lib/quiz/grade.ts';

/** The full-credit response to an item. */
export function rightAnswer(item: Item): Response {
	switch (item.type) {
		case 'single':
		case 'truefalse':
		case 'whosaid':
			return { kind: 'choice', selected: [item.answer] };
		case 'multiple':
			return { kind: 'choice', selected: item.answer };
		case 'numeric':
			return { kind: 'numeric', text: String(item.answer) };
		case 'blank':
			return { kind: 'blank', text: item.accept[0] };
		case 'ordering':
			return { kind: 'ordering', order: item.items.map((e) => e.id) };
		case 'matching':
			return {
				kind: 'matching',
				choices: Object.fromEntries(item.pairs.map((p) => [p.id, p.right]))
			};
	}
}

/** Waits for the page's island to replace its prerendered copy (typing before that would be lost). */
export async function islandReady(page: Page) {
	await expect(
		page.locator(':is(#assignment-root, #builder-root, #gradebook-root)[data-ready]')
	).toHaveCount(1);
}
