import { expect, type Locator, type Page } from '@playwright/test';
import type { Item } from '../src/lib/questions/types.ts';
import { MODULE } from './helpers.ts';

export const QUIZ = `/modules/${MODULE}/quiz`;
export const PROGRESS_KEY = `briefing:v1:progress:${MODULE}`;

/** The module's bank, as the built site publishes it. */
export async function fetchBank(page: Page): Promise<Item[]> {
	const response = await page.request.get(`/modules/${MODULE}/questions.json`);
	expect(response.ok()).toBe(true);
	return response.json();
}

/** One item of each type, the first of each in the bank. */
export function oneOfEachType(bank: Item[]): Item[] {
	const seen = new Map<string, Item>();
	for (const item of bank) if (!seen.has(item.type)) seen.set(item.type, item);
	return [...seen.values()];
}

/** Stores an attempt in progress with exactly these items, as a learner's earlier visit would have. */
export async function storeAttempt(page: Page, items: Item[], mode: 'practice' | 'test') {
	const now = Date.now();
	const attempt = {
		id: `e2e-${now}`,
		module: MODULE,
		mode,
		length: 'all',
		seed: 'e2e',
		items: items.map((i) => i.id),
		orders: {},
		startedAt: now,
		updatedAt: now,
		answers: {}
	};
	const value = {
		version: 2,
		modules: { [MODULE]: { attempts: [], inProgress: attempt } },
		questions: {}
	};
	await page.evaluate(
		([key, json]) => localStorage.setItem(key, json),
		[PROGRESS_KEY, JSON.stringify(value)]
	);
}

/** Presses Tab until the target has focus: proves it is reachable by keyboard. */
export async function tabTo(page: Page, target: Locator, limit = 120) {
	for (let i = 0; i < limit; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`could not reach ${target} with the Tab key`);
}

/** Answers the item on screen correctly with the keyboard alone. */
export async function answerByKeyboard(page: Page, item: Item) {
	const form = page.locator('form.panel');
	switch (item.type) {
		case 'single':
		case 'truefalse':
		case 'whosaid': {
			const radios = form.getByRole('radio');
			const values = await radios.evaluateAll((els) =>
				els.map((e) => (e as HTMLInputElement).value)
			);
			const target = values.indexOf(item.answer);
			await tabTo(page, radios.first());
			if (target === 0) await page.keyboard.press('Space');
			for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
			await expect(radios.nth(target)).toBeChecked();
			break;
		}
		case 'multiple': {
			const boxes = form.getByRole('checkbox');
			const values = await boxes.evaluateAll((els) =>
				els.map((e) => (e as HTMLInputElement).value)
			);
			for (const [i, value] of values.entries()) {
				if (!item.answer.includes(value)) continue;
				await tabTo(page, boxes.nth(i));
				await page.keyboard.press('Space');
				await expect(boxes.nth(i)).toBeChecked();
			}
			break;
		}
		case 'numeric':
			await tabTo(page, form.getByRole('textbox'));
			await page.keyboard.type(String(item.answer));
			break;
		case 'blank':
			await tabTo(page, form.getByRole('textbox'));
			await page.keyboard.type(item.accept[0]);
			break;
		case 'ordering': {
			for (const [position, entry] of item.items.entries()) {
				const texts = await form.locator('.ordering .entry-text').allTextContents();
				let at = texts.indexOf(entry.text);
				if (at === position) continue;
				await tabTo(page, form.getByRole('button', { name: `Move up: ${entry.text}` }));
				while (at > position) {
					await page.keyboard.press('Enter');
					at--;
				}
			}
			await expect(form.locator('.ordering .entry-text')).toHaveText(item.items.map((e) => e.text));
			break;
		}
		case 'matching':
			for (const pair of item.pairs) {
				const select = form.getByRole('combobox', { name: pair.left, exact: true });
				await tabTo(page, select);
				await page.keyboard.type(pair.right);
				await expect(select).toHaveValue(pair.right);
			}
			break;
	}
}

/** Submits the question form from the keyboard. */
export async function submitByKeyboard(page: Page, name: RegExp | string) {
	const button = page.locator('form.panel').getByRole('button', { name });
	await tabTo(page, button);
	await page.keyboard.press('Enter');
}

/** The items of the attempt every first visit starts with (the prerendered one), in question order. */
export async function firstVisitItems(page: Page, bank: Item[]): Promise<Item[]> {
	const ids: string[] = await page.evaluate(
		(id) => JSON.parse(document.getElementById(id)?.textContent ?? '{}').initial.items,
		'quiz-data'
	);
	return ids.map((id) => {
		const item = bank.find((i) => i.id === id);
		if (!item) throw new Error(`item ${id} is not in the bank`);
		return item;
	});
}

/** Gives a wrong answer to the item on screen, whatever its type (an ordering is left as shown). */
export async function answerWrongly(page: Page, item: Item) {
	const form = page.locator('form.panel');
	switch (item.type) {
		case 'single':
		case 'truefalse':
		case 'whosaid':
			return form.locator(`input[type=radio]:not([value="${item.answer}"])`).first().check();
		case 'multiple':
			return form
				.locator(`input[type=checkbox]${item.answer.map((a) => `:not([value="${a}"])`).join('')}`)
				.first()
				.check();
		case 'numeric':
			return form.getByRole('textbox').fill(String(item.answer * 7 + 1234567));
		case 'blank':
			return form.getByRole('textbox').fill('zzzz');
		case 'ordering':
			return;
		case 'matching':
			for (const pair of item.pairs) {
				const wrong = item.pairs.find((p) => p.right !== pair.right)?.right ?? '';
				await form.getByRole('combobox', { name: pair.left, exact: true }).selectOption(wrong);
			}
	}
}

/** Goes on past the warning about a question left unanswered, if there is one (an ordering counts as answered). */
export async function goOnUnanswered(page: Page, next: string) {
	const go = page.getByRole('button', { name: /^(Go on to question \d+|Finish anyway)$/ });
	await expect(page.getByRole('heading', { name: next }).or(go)).toBeVisible();
	if (await go.isVisible()) await go.click();
}
