import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, MODULE } from './helpers.ts';
import {
	PROGRESS_KEY,
	QUIZ,
	answerByKeyboard,
	answerWrongly,
	fetchBank,
	firstVisitItems
} from './quiz-helpers.ts';

/** Opens the quiz in a new tab of the context and waits for its script. */
async function openQuiz(page: Page) {
	await page.goto(QUIZ);
	await expect(page.locator('#quiz-root[data-ready]')).toHaveCount(1);
}

const panel = (page: Page) => page.locator('form.panel');
const heading = (page: Page, n: number, of: number) =>
	page.getByRole('heading', { name: `Question ${n} of ${of}` });

test('two tabs on one quiz: one tab takes answers, the other says so, and no answer is lost or replaced', async ({
	context
}) => {
	// Ten questions answered by keyboard in two tabs.
	test.setTimeout(120_000);
	const a = await context.newPage();
	await openQuiz(a);
	const b = await context.newPage();
	await openQuiz(b);
	const bank = await fetchBank(a);
	const items = await firstVisitItems(a, bank);
	const n = items.length;

	// B says in plain words, in a live region, that the quiz is open elsewhere, and takes no answer.
	await b.bringToFront();
	await expect(
		b.getByRole('status').filter({ hasText: 'This quiz is open in another tab' })
	).toBeVisible();
	await expect(b.getByRole('button', { name: 'Continue here' })).toBeVisible();
	await expect(panel(b).getByRole('button', { name: 'Check answer' })).toHaveCount(0);
	await expect(
		panel(b).locator('input:not([readonly]):not([disabled]), select:enabled')
	).toHaveCount(0);
	await expectNoAxeViolations(b);

	// A answers the first two questions correctly.
	await a.bringToFront();
	for (const i of [0, 1]) {
		await expect(heading(a, i + 1, n)).toBeVisible();
		await answerByKeyboard(a, items[i]);
		await panel(a).getByRole('button', { name: 'Check answer' }).click();
		await expect(a.locator('.feedback')).toContainText('✓ Correct');
		await panel(a).getByRole('button', { name: 'Next question' }).click();
	}

	// B follows A's work; "Continue here" moves the quiz to B, at A's next question.
	await b.bringToFront();
	await expect(heading(b, 3, n)).toBeVisible();
	await b.getByRole('button', { name: 'Continue here' }).click();
	await expect(heading(b, 3, n)).toBeFocused();
	await answerWrongly(b, items[2]);
	await panel(b).getByRole('button', { name: 'Check answer' }).click();
	await expect(b.locator('.feedback')).not.toContainText('✓ Correct');

	// A has stopped taking answers and says why; taking the quiz back continues after B's answer.
	await a.bringToFront();
	await expect(
		a.getByRole('status').filter({ hasText: 'You continued this quiz in another tab' })
	).toBeVisible();
	await expect(panel(a).getByRole('button', { name: /Next question|Check answer/ })).toHaveCount(0);
	await a.getByRole('button', { name: 'Continue here' }).click();
	await expect(heading(a, 4, n)).toBeFocused();
	await expect(
		b.getByRole('status').filter({ hasText: 'You continued this quiz in another tab' })
	).toBeAttached();
	for (let i = 3; i < n; i++) {
		await expect(heading(a, i + 1, n)).toBeVisible();
		await answerByKeyboard(a, items[i]);
		await panel(a).getByRole('button', { name: 'Check answer' }).click();
		await expect(a.locator('.feedback')).toContainText('✓ Correct');
		await panel(a)
			.getByRole('button', { name: i === n - 1 ? 'Finish and see results' : 'Next question' })
			.click();
	}

	// Every answer counts as it was given: the first two right, B's wrong.
	const results = a.getByRole('region', { name: 'Your result' });
	const review = results.locator('.review > li');
	await expect(review.nth(0)).toContainText('✓ Correct');
	await expect(review.nth(1)).toContainText('✓ Correct');
	await expect(review.nth(2)).not.toContainText('✓ Correct');
	const score = (await results.locator('.score strong').textContent()) ?? '';
	expect(score).not.toBe('100%');

	// B shows the quiz as finished, with the same result, and takes no more answers.
	await b.bringToFront();
	await expect(
		b.getByRole('status').filter({ hasText: 'This quiz was finished in another tab' })
	).toBeVisible();
	await expect(b.getByRole('region', { name: 'Your result' }).locator('.score strong')).toHaveText(
		score
	);
	await expect(b.locator('form.panel')).toHaveCount(0);

	// What is stored is what both tabs showed.
	const stored = await a.evaluate(
		(key) => JSON.parse(localStorage.getItem(key) ?? 'null'),
		PROGRESS_KEY
	);
	const attempt = stored.modules[MODULE].attempts[0];
	expect(Object.keys(attempt.answers)).toHaveLength(n);
	expect(attempt.score.items[items[0].id]).toBe(1);
	expect(attempt.score.items[items[1].id]).toBe(1);
	expect(attempt.score.items[items[2].id]).toBeLessThan(1);
});

test('a quiz left claimed by a tab that no longer exists takes answers at once', async ({
	page
}) => {
	await page.goto('/about');
	// As a crashed tab would leave it: a claim by a tab that holds no lock any more.
	await page.evaluate(
		(key) => localStorage.setItem(key, JSON.stringify({ tab: 'gone', since: Date.now() })),
		`briefing:v1:quiz-owner:${MODULE}`
	);
	await openQuiz(page);
	await expect(page.getByRole('button', { name: 'Check answer' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Continue here' })).toHaveCount(0);
});

test('closing the tab that has the quiz tells the other, which can carry on with every answer', async ({
	context
}) => {
	const a = await context.newPage();
	await openQuiz(a);
	const b = await context.newPage();
	await openQuiz(b);
	const items = await firstVisitItems(a, await fetchBank(a));
	await a.bringToFront();
	await answerByKeyboard(a, items[0]);
	await panel(a).getByRole('button', { name: 'Check answer' }).click();
	await a.close();

	await b.bringToFront();
	await expect(
		b.getByRole('status').filter({ hasText: 'The other tab with this quiz was closed' })
	).toBeVisible();
	await b.getByRole('button', { name: 'Continue here' }).click();
	await expect(heading(b, 2, items.length)).toBeFocused();
	await expect(panel(b).getByRole('button', { name: 'Check answer' })).toBeVisible();
});
