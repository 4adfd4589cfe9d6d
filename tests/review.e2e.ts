import { expect, test, type Page } from '@playwright/test';
import type { SingleItem } from '../src/lib/questions/types.ts';
import { expectNoAxeViolations, MODULE, PAGE_TYPES } from './helpers.ts';
import {
	answerByKeyboard,
	fetchBank,
	QUIZ,
	storeAttempt,
	submitByKeyboard,
	tabTo
} from './quiz-helpers.ts';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 8, 1, 9, 0, 0);
const REVIEW_KEY = `briefing:v1:review:${MODULE}`;

// Dates on the page are in the learner's time zone.
test.use({ timezoneId: 'UTC' });

/** Takes a two-question practice quiz at T0: the first answered wrongly, the second rightly. */
async function missOneKnowOne(page: Page): Promise<[SingleItem, SingleItem]> {
	await page.clock.setFixedTime(T0);
	await page.goto('/about');
	const bank = await fetchBank(page);
	const [missed, known] = bank.filter((i): i is SingleItem => i.type === 'single');
	await storeAttempt(page, [missed, known], 'practice');
	await page.goto(QUIZ);
	const form = page.locator('form.panel');
	const wrong = missed.options.find((o) => o.id !== missed.answer)!.id;
	await form.locator(`input[name="${missed.id}"][value="${wrong}"]`).check();
	await form.getByRole('button', { name: 'Check answer' }).click();
	await expect(form.locator('.verdict.wrong')).toBeVisible();
	await form.getByRole('button', { name: 'Next question' }).click();
	await form.locator(`input[name="${known.id}"][value="${known.answer}"]`).check();
	await form.getByRole('button', { name: 'Check answer' }).click();
	await expect(form.locator('.verdict.right')).toBeVisible();
	await form.getByRole('button', { name: 'Finish and see results' }).click();
	await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
	return [missed, known];
}

async function openReview(page: Page, at: number) {
	await page.clock.setFixedTime(at);
	await page.goto(PAGE_TYPES.review);
	await expect(page.getByText('Checking what is due')).toHaveCount(0);
}

test('a missed question comes back for review before a known one', async ({ page }) => {
	const [missed, known] = await missOneKnowOne(page);
	const shown = (item: SingleItem) => page.locator(`form.panel input[name="${item.id}"]`).first();

	await openReview(page, T0 + DAY / 2);
	await expect(page.locator('.nothing-due')).toHaveText(
		/^Nothing is due for review\. The next card is due in 12 hours, on Wednesday,? 2 September 2026 at 09:00\.$/
	);

	await openReview(page, T0 + 1.5 * DAY);
	await expect(page.locator('.due-total')).toHaveText('1 card due for review.');
	await expect(page.locator('.due-list')).toContainText('1 question');
	const home = await page.goto('/');
	expect(home?.ok()).toBe(true);
	await expect(page.locator('.reviews-due')).toContainText('1 review due.');

	await openReview(page, T0 + 4 * DAY);
	await expect(page.locator('.due-total')).toHaveText('2 cards due for review.');
	await page.getByRole('button', { name: 'Start review' }).click();
	await expect(page.getByRole('heading', { name: /^Card 1 of 2/ })).toBeFocused();
	await expect(shown(missed)).toBeVisible();
	await expect(shown(known)).toHaveCount(0);

	await answerByKeyboard(page, missed);
	await submitByKeyboard(page, 'Check answer');
	await expect(page.locator('.feedback')).toContainText('Correct');
	// The card on screen is still the first until the learner moves on.
	await expect(page.getByRole('heading', { name: /^Card 1 of 2/ })).toBeVisible();
	await expect(
		page.getByRole('status').filter({ hasText: /^Correct\. It comes back in \d+ days?\.$/ })
	).toHaveCount(1);
	await submitByKeyboard(page, 'Next card');
	await expect(page.getByRole('heading', { name: /^Card 2 of 2/ })).toBeFocused();
	await expect(shown(known)).toBeVisible();

	const wrong = known.options.find((o) => o.id !== known.answer)!.id;
	await page.locator(`form.panel input[name="${known.id}"][value="${wrong}"]`).check();
	await submitByKeyboard(page, 'Check answer');
	await expect(page.locator('.feedback')).toContainText('Not correct');
	await submitByKeyboard(page, 'Next card');
	await expect(page.getByRole('heading', { name: 'Review finished' })).toBeFocused();

	const stored = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), REVIEW_KEY))!);
	expect(stored.ratings).toEqual({
		[`${MODULE}/${missed.id}`]: [{ at: T0 + 4 * DAY, rating: 'good' }],
		[`${MODULE}/${known.id}`]: [{ at: T0 + 4 * DAY, rating: 'again' }]
	});
	await page.reload();
	await expect(page.locator('.nothing-due')).toContainText('The next card is due in 1 day');
});

test('the review page fetches only studied modules, and says so plainly when it cannot', async ({
	page
}) => {
	const [missed] = await missOneKnowOne(page);
	// The page itself carries no question: a site with many modules would make it megabytes.
	const html = await (await page.request.get(PAGE_TYPES.review)).text();
	expect(html).not.toContain(missed.stem);
	const fetched: string[] = [];
	page.on('request', (r) => {
		if (r.url().endsWith('/review.json')) fetched.push(new URL(r.url()).pathname);
	});
	await openReview(page, T0 + 4 * DAY);
	expect(fetched).toEqual([`/modules/${MODULE}/review.json`]);
	await expect(page.locator('.due-total')).toHaveText('2 cards due for review.');
	const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));

	await page.route('**/review.json', (route) => route.abort('internetdisconnected'));
	await page.reload();
	await expect(page.getByRole('alert')).toContainText(
		'could not be loaded, so their cards are left out of this review; your answers and ratings are kept.'
	);
	await expect(page.getByText('Checking what is due')).toHaveCount(0);
	expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).toBe(stored);
});

test('the review session passes axe in both themes', async ({ page }) => {
	test.setTimeout(90_000);
	await missOneKnowOne(page);
	// Dark a month later, when the card answered in the light pass is due again.
	for (const [scheme, days] of [
		['light', 2],
		['dark', 30]
	] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await openReview(page, T0 + days * DAY);
		await page.getByRole('button', { name: 'Start review' }).click();
		await page.locator('form.panel input[type="radio"]').first().check();
		await page.getByRole('button', { name: 'Check answer' }).click();
		await expect(page.locator('.feedback')).toBeVisible();
		await expectNoAxeViolations(page);
	}
});

test('flashcards flip and are rated with the keyboard alone, and feed the review', async ({
	page
}) => {
	await page.clock.setFixedTime(T0);
	await page.goto(PAGE_TYPES.flashcards);
	const flip = page.getByRole('button', { name: 'Show the answer' });
	const deck = page.locator('#flashcards-root');
	const front = await deck.locator('.front').textContent();
	await expect(deck.locator('.answer')).toBeHidden();
	await tabTo(page, flip);
	await page.keyboard.press('Space');
	await expect(page.getByRole('button', { name: 'Hide the answer' })).toHaveAttribute(
		'aria-expanded',
		'true'
	);
	await expect(deck.locator('.answer')).toBeVisible();
	await tabTo(page, deck.getByRole('button', { name: /^Again/ }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: /^Card 2 of \d+$/ })).toBeFocused();
	await expect(
		page
			.getByRole('status')
			.filter({ hasText: /^Rated again\. It comes back in 1 day\. Card 2 of/ })
	).toHaveCount(1);
	expect(await deck.locator('.front').textContent()).not.toBe(front);

	await tabTo(page, page.getByRole('button', { name: 'Show the answer' }));
	await page.keyboard.press('Enter');
	await expect(deck.locator('.answer')).toBeVisible();
	await tabTo(page, deck.getByRole('button', { name: /^Good/ }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: /^Card 3 of \d+$/ })).toBeFocused();

	const stored = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), REVIEW_KEY))!);
	expect(Object.values(stored.ratings)).toEqual([
		[{ at: T0, rating: 'again' }],
		[{ at: T0, rating: 'good' }]
	]);

	await openReview(page, T0 + 1.5 * DAY);
	await expect(page.locator('.due-list')).toContainText('1 flashcard');
	// The studied module's deck is linked from the review, with its size.
	await expect(
		page.getByRole('link', {
			name: /^Flashcards: The London summit on organised immigration crime$/
		})
	).toHaveAttribute('href', PAGE_TYPES.flashcards);
	await page.getByRole('button', { name: 'Start review' }).click();
	await expect(page.locator('#review-root .front')).toHaveText(front!);
	await page.getByRole('button', { name: 'Show the answer' }).click();
	await page.locator('#review-root').getByRole('button', { name: /^Easy/ }).click();
	await expect(page.getByRole('heading', { name: 'Review finished' })).toBeFocused();
});

test('resetting a module deletes its review ratings as well as its scores', async ({ page }) => {
	await page.goto(PAGE_TYPES.flashcards);
	await page.getByRole('button', { name: 'Show the answer' }).click();
	await page.locator('#flashcards-root').getByRole('button', { name: /^Good/ }).click();
	await expect(page.getByRole('heading', { name: /^Card 2 of/ })).toBeFocused();
	expect(await page.evaluate((k) => localStorage.getItem(k), REVIEW_KEY)).not.toBeNull();

	await page.goto(PAGE_TYPES.module);
	page.once('dialog', (d) => d.accept());
	await page.getByRole('button', { name: 'Reset progress for this module' }).click();
	await expect(page.getByText('Progress for this module was deleted.')).toBeVisible();
	expect(await page.evaluate((k) => localStorage.getItem(k), REVIEW_KEY)).toBeNull();
});
