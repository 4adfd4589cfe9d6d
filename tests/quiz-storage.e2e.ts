import { expect, test, type Page } from '@playwright/test';
import { MODULE } from './helpers.ts';
import { PROGRESS_KEY, QUIZ, fetchBank, goOnUnanswered, storeAttempt } from './quiz-helpers.ts';

/** Starts a fresh quiz with the settings form. */
async function startQuiz(page: Page, mode: 'Practice' | 'Test', length = '10 questions') {
	await page.getByRole('radio', { name: new RegExp(`^${mode}:`) }).check();
	await page.getByRole('radio', { name: length }).check();
	page.once('dialog', (d) => d.accept());
	await page.getByRole('button', { name: 'Start new quiz' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'quiz started' })).toBeAttached();
	await expect(page.getByRole('heading', { name: /^Question 1 of/ })).toBeFocused();
}

/** Gives some answer to the question on screen, whatever its type. */
async function answerSomething(page: Page) {
	const form = page.locator('form.panel');
	const first = form.locator('input[type=radio], input[type=checkbox]').first();
	if (await first.count()) return first.check();
	const text = form.getByRole('textbox');
	if (await text.count()) return text.fill('42');
	const select = form.getByRole('combobox').first();
	if (await select.count()) return select.selectOption({ index: 1 });
	await form
		.getByRole('button', { name: /^Move down/ })
		.first()
		.click();
}

async function stored(page: Page) {
	return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), PROGRESS_KEY);
}

test('a reload mid-attempt resumes the same questions in the same order with the same answers', async ({
	page
}) => {
	await page.goto(QUIZ);
	await startQuiz(page, 'Test');
	const firstStem = await page.locator('form.panel legend, form.panel .stem').first().textContent();
	await answerSomething(page);
	await page.getByRole('button', { name: 'Next question' }).click();
	await answerSomething(page);
	const secondStem = await page
		.locator('form.panel legend, form.panel .stem')
		.first()
		.textContent();
	await page.getByRole('button', { name: 'Next question' }).click();
	const before = await stored(page);

	await page.reload();
	await expect(page.getByRole('heading', { name: 'Question 3 of 10' })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'Welcome back' })).toBeAttached();
	const after = await stored(page);
	expect(after.modules[MODULE].inProgress.items).toEqual(before.modules[MODULE].inProgress.items);
	expect(after.modules[MODULE].inProgress.answers).toEqual(
		before.modules[MODULE].inProgress.answers
	);
	await page.getByRole('button', { name: 'Previous question' }).click();
	await expect(page.locator('form.panel legend, form.panel .stem').first()).toHaveText(
		secondStem ?? ''
	);
	await page.getByRole('button', { name: 'Previous question' }).click();
	await expect(page.locator('form.panel legend, form.panel .stem').first()).toHaveText(
		firstStem ?? ''
	);
});

test('a closed tab mid-attempt resumes in a new tab', async ({ context }) => {
	const page = await context.newPage();
	await page.goto(QUIZ);
	await startQuiz(page, 'Practice');
	await answerSomething(page);
	await page.getByRole('button', { name: 'Check answer' }).click();
	await page.close();
	const again = await context.newPage();
	await again.goto(QUIZ);
	await expect(again.getByRole('heading', { name: 'Question 2 of 10' })).toBeVisible();
});

test('a quiz finished in one tab shows as finished in the other, and a new quiz there keeps both', async ({
	context
}) => {
	const [a, b] = [await context.newPage(), await context.newPage()];
	const bank = await fetchBank(a);
	const tf = bank.find((i) => i.type === 'truefalse');
	if (!tf) throw new Error('no true/false item');
	await a.goto(QUIZ);
	await storeAttempt(a, [tf], 'test');
	await a.reload();
	await expect(a.getByText(tf.stem)).toBeVisible();
	await b.goto(QUIZ);
	await expect(b.getByRole('button', { name: 'Continue here' })).toBeVisible();
	await a.bringToFront();
	await a.getByRole('radio', { name: 'True' }).check();
	await a.getByRole('button', { name: 'Finish and see results' }).click();
	await expect(a.getByRole('region', { name: 'Your result' })).toBeVisible();

	await b.bringToFront();
	await expect(b.getByText('This quiz was finished in another tab.')).toBeVisible();
	await expect(b.getByRole('region', { name: 'Your result' })).toBeVisible();
	await startQuiz(b, 'Test');
	await answerSomething(b);
	for (let i = 1; i < 10; i++) {
		await b.getByRole('button', { name: 'Next question' }).click();
		await goOnUnanswered(b, `Question ${i + 1} of 10`);
	}
	await b.getByRole('button', { name: 'Finish and see results' }).click();
	await goOnUnanswered(b, 'Your result');
	await expect(b.getByRole('region', { name: 'Your result' })).toBeVisible();
	await expect.poll(async () => (await stored(a)).modules[MODULE].attempts.length).toBe(2);
});

test('two tabs answering one attempt in turn keep every answer', async ({ context }) => {
	const [a, b] = [await context.newPage(), await context.newPage()];
	const bank = await fetchBank(a);
	const tf = bank.filter((i) => i.type === 'truefalse').slice(0, 2);
	await a.goto(QUIZ);
	await storeAttempt(a, tf, 'test');
	await a.reload();
	await b.goto(QUIZ);
	await expect(a.getByText(tf[0].stem)).toBeVisible();
	await expect(b.getByText(tf[0].stem)).toBeVisible();
	await a.bringToFront();
	await a.getByRole('radio', { name: 'True' }).check();
	await b.bringToFront();
	await b.getByRole('button', { name: 'Continue here' }).click();
	await expect(b.getByText(tf[1].stem)).toBeVisible();
	await b.getByRole('radio', { name: 'False' }).check();
	await expect
		.poll(async () => Object.keys((await stored(a)).modules[MODULE].inProgress.answers).sort())
		.toEqual(tf.map((i) => i.id).sort());
	await b.getByRole('button', { name: 'Previous question' }).click();
	await expect(b.getByRole('radio', { name: 'True' })).toBeChecked();
});

test('damaged stored data is kept aside, reported, and the quiz still works', async ({ page }) => {
	// The about page reads no progress, so nothing touches the value before the quiz page loads.
	await page.goto('/about');
	const damaged = '{"version":2,"modules":{ this is not json';
	await page.evaluate(
		([key, value]) => {
			localStorage.setItem(key, value);
			localStorage.setItem(
				'briefing:v1:progress:another-module',
				JSON.stringify({ version: 2, modules: {}, questions: {} })
			);
		},
		[PROGRESS_KEY, damaged]
	);
	await page.goto(QUIZ);
	await expect(
		page.getByText('Some saved progress could not be read and was set aside')
	).toBeVisible();
	const backups = await page.evaluate(() =>
		Object.keys(localStorage)
			.filter((k) => k.startsWith('briefing:v1:backup:'))
			.map((k) => localStorage.getItem(k))
	);
	expect(backups).toEqual([damaged]);
	// Another module's data is untouched.
	expect(
		await page.evaluate(() => localStorage.getItem('briefing:v1:progress:another-module'))
	).not.toBeNull();
	await answerSomething(page);
	await page.getByRole('button', { name: 'Check answer' }).click();
	await expect(page.locator('.feedback')).toBeVisible();
	expect((await stored(page)).modules[MODULE].inProgress.answers).not.toEqual({});
});

test('with storage blocked the quiz runs in memory and says progress will not be kept', async ({
	page
}) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			get() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			}
		});
	});
	await page.goto(QUIZ);
	await expect(page.getByText('Your progress will not be kept.')).toBeVisible();
	await answerSomething(page);
	await page.getByRole('button', { name: 'Check answer' }).click();
	await expect(page.locator('.feedback')).toBeVisible();
	await page.getByRole('button', { name: 'Next question' }).click();
	await expect(page.getByRole('heading', { name: 'Question 2 of 10' })).toBeVisible();
});

test('with storage full the quiz keeps what was saved and carries on in memory', async ({
	page
}) => {
	await page.goto(QUIZ);
	await startQuiz(page, 'Test');
	await answerSomething(page);
	await page.getByRole('button', { name: 'Next question' }).click();
	const saved = await stored(page);
	await page.evaluate(() => {
		Storage.prototype.setItem = function () {
			throw new DOMException('full', 'QuotaExceededError');
		};
	});
	await answerSomething(page);
	await page.getByRole('button', { name: 'Next question' }).click();
	await expect(page.getByText('storage is full')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Question 3 of 10' })).toBeVisible();
	expect(await stored(page)).toEqual(saved);
});

test('the home page reports damaged data too, and keeps a copy of it', async ({ page }) => {
	await page.goto('/about');
	await page.evaluate((key) => localStorage.setItem(key, 'not json at all'), PROGRESS_KEY);
	await page.goto('/');
	await expect(
		page.getByText('Some saved progress could not be read and was set aside')
	).toBeVisible();
	await expect(page.locator('.progress-summary')).toContainText('not started');
	await page.getByRole('button', { name: 'Dismiss' }).click();
	await expect(page.getByText('Some saved progress could not be read')).toHaveCount(0);
	const backups = await page.evaluate(() =>
		Object.keys(localStorage).filter((k) => k.startsWith('briefing:v1:backup:'))
	);
	expect(backups).toHaveLength(1);
});

test('resetting a module asks first, then clears its progress', async ({ page }) => {
	await page.goto(QUIZ);
	await answerSomething(page);
	await page.getByRole('button', { name: 'Check answer' }).click();
	await page.goto(`/modules/${MODULE}`);
	await expect(page.locator('.progress-summary')).toContainText(
		'quiz in progress (1 of 10 answered)'
	);
	page.once('dialog', (d) => d.dismiss());
	await page.getByRole('button', { name: 'Reset progress for this module' }).click();
	await expect(page.locator('.progress-summary')).toContainText('quiz in progress');
	page.once('dialog', (d) => d.accept());
	await page.getByRole('button', { name: 'Reset progress for this module' }).click();
	await expect(page.locator('.progress-summary')).toContainText('not started');
	expect(await stored(page)).toBeNull();
});

test('resetting everything from the home page asks first, then clears every module', async ({
	page
}) => {
	await page.goto(QUIZ);
	await answerSomething(page);
	await page.getByRole('button', { name: 'Check answer' }).click();
	await page.evaluate(() => localStorage.setItem('briefing:v1:theme', 'dark'));
	await page.goto('/');
	await expect(page.locator('.progress-summary')).toContainText('quiz in progress');
	page.once('dialog', (d) => d.accept());
	await page.getByRole('button', { name: 'Reset all progress' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'All progress was deleted.' })
	).toBeVisible();
	await expect(page.locator('.progress-summary')).toContainText('not started');
	expect(await stored(page)).toBeNull();
	// The theme is a preference, not progress: it stays.
	expect(await page.evaluate(() => localStorage.getItem('briefing:v1:theme'))).toBe('dark');
});

test('the home page offers to delete progress only when there is some, and says so', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.getByText('Nothing is saved in this browser yet')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Reset all progress' })).toHaveCount(0);
	await page.goto(QUIZ);
	await answerSomething(page);
	await page.getByRole('button', { name: 'Check answer' }).click();
	await page.goto('/');
	await expect(page.getByRole('button', { name: 'Reset all progress' })).toBeVisible();
	await expect(page.getByText('Nothing is saved in this browser yet')).toHaveCount(0);
});
