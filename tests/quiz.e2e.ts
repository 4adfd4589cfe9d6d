import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.ts';
import {
	QUIZ,
	answerByKeyboard,
	fetchBank,
	firstVisitItems,
	oneOfEachType,
	storeAttempt,
	submitByKeyboard
} from './quiz-helpers.ts';

test('the prerendered quiz shows the first question with working controls before any script runs', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(QUIZ);
	await expect(page.getByRole('heading', { name: 'Question 1 of 10' })).toBeVisible();
	const controls = page.locator('form.panel').locator('input, select, button[type="submit"]');
	expect(await controls.count()).toBeGreaterThan(1);
	await context.close();
});

test('an answer chosen before the quiz script arrives is kept, keeps its focus, and is checked', async ({
	page
}) => {
	// Hold the island back, as a slow connection would: the learner acts on the prerendered question.
	let release = () => {};
	const arrived = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_islands/quiz.js', async (route) => {
		await arrived;
		await route.continue();
	});
	await page.goto(QUIZ, { waitUntil: 'commit' });
	const panel = page.locator('#quiz-root form.panel');
	const choice = panel.getByRole('radio').last();
	await choice.focus();
	await page.keyboard.press('Space');
	await expect(choice).toBeChecked();
	await expect(page.locator('#quiz-root[data-ready]')).toHaveCount(0);
	const name = await choice.getAttribute('name');
	const value = await choice.getAttribute('value');

	release();
	await expect(page.locator('#quiz-root[data-ready]')).toHaveCount(1);
	const live = page.locator(`#quiz-root[data-ready] input[name="${name}"][value="${value}"]`);
	await expect(live).toBeChecked();
	await expect(live).toBeFocused();
	await page.getByRole('button', { name: 'Check answer' }).click();
	await expect(page.locator('#quiz-root .feedback')).toBeVisible();
	await expect(page.getByText('Choose or type an answer first')).toHaveCount(0);
});

test('a whole test-mode attempt with every question type, by keyboard alone, scores 100%', async ({
	page
}) => {
	await page.goto(QUIZ);
	const bank = await fetchBank(page);
	const items = oneOfEachType(bank);
	expect(items.map((i) => i.type).sort()).toEqual(
		[
			'blank',
			'matching',
			'multiple',
			'numeric',
			'ordering',
			'single',
			'truefalse',
			'whosaid'
		].sort()
	);
	await storeAttempt(page, items, 'test');
	await page.reload();
	await expect(page.getByRole('heading', { name: `Question 1 of ${items.length}` })).toBeVisible();

	for (const [i, item] of items.entries()) {
		await expect(
			page.getByRole('heading', { name: `Question ${i + 1} of ${items.length}` })
		).toBeVisible();
		await answerByKeyboard(page, item);
		const last = i === items.length - 1;
		await submitByKeyboard(page, last ? 'Finish and see results' : 'Next question');
	}
	const results = page.getByRole('region', { name: 'Your result' });
	await expect(results).toBeVisible();
	await expect(results.locator('.score')).toContainText('100%');
	await expect(results.locator('.score')).toContainText('Passed');
	await expect(results.getByRole('listitem').filter({ hasText: 'Correct answer' })).toHaveCount(
		items.length
	);
	await expect(results.getByText('✓ Correct')).toHaveCount(items.length);
});

test('practice mode shows the verdict, the answer, the explanation and a link to the lesson', async ({
	page
}) => {
	await page.goto(QUIZ);
	const bank = await fetchBank(page);
	const item = bank.find((i) => i.type === 'single');
	if (!item || item.type !== 'single') throw new Error('no single-choice item');
	await storeAttempt(page, [item], 'practice');
	await page.reload();
	const wrong = item.options.find((o) => o.id !== item.answer);
	if (!wrong) throw new Error('no distractor');
	await page.getByRole('radio', { name: wrong.text, exact: true }).check();
	await page.getByRole('button', { name: 'Check answer' }).click();
	const key = item.options.find((o) => o.id === item.answer)?.text ?? '';
	await expect(page.getByText('✗ Not correct')).toBeVisible();
	await expect(page.getByText(`Answer: ${key}`)).toBeVisible();
	await expect(page.getByText(item.explanation)).toBeVisible();
	const link = page.getByRole('link', { name: /^Read about this in/ });
	await expect(link).toHaveAttribute(
		'href',
		new RegExp(`/${item.section}(#${item.anchor ?? ''})?$`)
	);
	// A checked answer is final: the options are locked.
	await expect(page.getByRole('radio').first()).toBeDisabled();
	await expect(page.getByRole('button', { name: 'Check answer' })).toHaveCount(0);
	await page.getByRole('button', { name: 'Finish and see results' }).click();
	await expect(page.getByRole('region', { name: 'Your result' }).locator('.score')).toContainText(
		'0%'
	);
	// The results send the learner back to the section they missed.
	await expect(page.getByRole('link', { name: /^Review “/ })).toHaveAttribute(
		'href',
		new RegExp(`/${item.section}$`)
	);
});

test('checking with nothing chosen asks for an answer instead of marking it', async ({ page }) => {
	await page.goto(QUIZ);
	await page.getByRole('button', { name: 'Check answer' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'Choose or type an answer first' })
	).toBeVisible();
	await expect(page.locator('.feedback')).toHaveCount(0);
});

test('the module and home pages show the score after a finished attempt', async ({ page }) => {
	await page.goto(QUIZ);
	const bank = await fetchBank(page);
	const item = bank.find((i) => i.type === 'truefalse');
	if (!item || item.type !== 'truefalse') throw new Error('no true/false item');
	await storeAttempt(page, [item], 'test');
	await page.reload();
	await page.getByRole('radio', { name: item.answer === 'true' ? 'True' : 'False' }).check();
	await page.getByRole('button', { name: 'Finish and see results' }).click();
	await expect(page.getByRole('region', { name: 'Your result' })).toBeVisible();
	await page
		.getByRole('link', { name: 'The London summit on organised immigration crime' })
		.click();
	await expect(page.locator('.progress-summary')).toContainText('best 100%, last 100%, 1 attempt');
	await page.goto('/');
	await expect(page.locator('.progress-summary')).toContainText('best 100%');
});

test('a first quiz reports the time it took, not the time since the site was built', async ({
	page
}) => {
	// Ten questions by keyboard.
	test.setTimeout(90_000);
	await page.goto(QUIZ);
	await expect(page.locator('#quiz-root[data-ready]')).toHaveCount(1);
	const items = await firstVisitItems(page, await fetchBank(page));
	for (const [i, item] of items.entries()) {
		await expect(
			page.getByRole('heading', { name: `Question ${i + 1} of ${items.length}` })
		).toBeVisible();
		await answerByKeyboard(page, item);
		await page.getByRole('button', { name: 'Check answer' }).click();
		await page.getByRole('button', { name: /Next question|Finish and see results/ }).click();
	}
	const score = page.getByRole('region', { name: 'Your result' }).locator('.score');
	await expect(score).toContainText('100%');
	await expect(score).toContainText('· 1 minute ·');
});

test('practice mode keeps an answer chosen but not yet checked across a reload', async ({
	page
}) => {
	await page.goto(QUIZ);
	await expect(page.locator('#quiz-root[data-ready]')).toHaveCount(1);
	const [first] = await firstVisitItems(page, await fetchBank(page));
	await answerByKeyboard(page, first);
	await page.reload();
	await expect(page.locator('#quiz-root[data-ready]')).toHaveCount(1);
	await expect(page.getByRole('heading', { name: /^Question 1 of/ })).toBeVisible();
	await page.getByRole('button', { name: 'Check answer' }).click();
	await expect(page.locator('.feedback')).toContainText('✓ Correct');
});

test('the results leave no stale status from the quiz behind', async ({ page }) => {
	await page.goto(QUIZ);
	const tf = (await fetchBank(page)).filter((i) => i.type === 'truefalse').slice(0, 2);
	await storeAttempt(page, tf, 'test');
	await page.reload();
	await page.getByRole('radio', { name: 'True' }).check();
	await page.getByRole('button', { name: 'Next question' }).click();
	await page.reload();
	await expect(page.getByRole('status').filter({ hasText: 'Welcome back' })).toBeAttached();
	await page.getByRole('radio', { name: 'True' }).check();
	await page.getByRole('button', { name: 'Finish and see results' }).click();
	await expect(page.getByRole('region', { name: 'Your result' })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'Welcome back' })).toHaveCount(0);
	await expect(page.getByRole('status').filter({ hasText: /question \d+ of/ })).toHaveCount(0);
});

test('the quiz shows how far the learner has got, as words and as a bar', async ({ page }) => {
	await page.goto(QUIZ);
	const tf = (await fetchBank(page)).filter((i) => i.type === 'truefalse').slice(0, 2);
	await storeAttempt(page, tf, 'practice');
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Question 1 of 2' })).toBeVisible();
	const bar = page.getByRole('progressbar', { name: '0 of 2 answered' });
	await expect(bar).toHaveAttribute('value', '0');
	await expect(bar).toHaveAttribute('max', '2');
	await page.getByRole('radio', { name: 'True' }).check();
	await page.getByRole('button', { name: 'Check answer' }).click();
	await expect(page.getByRole('progressbar', { name: '1 of 2 answered' })).toHaveAttribute(
		'value',
		'1'
	);
});

test('feedback marks the chosen option and the right one in words, not colour alone', async ({
	page
}) => {
	await page.goto(QUIZ);
	const item = (await fetchBank(page)).find((i) => i.type === 'single');
	if (!item || item.type !== 'single') throw new Error('no single-choice item');
	await storeAttempt(page, [item], 'practice');
	await page.reload();
	const wrong = item.options.find((o) => o.id !== item.answer)!;
	const right = item.options.find((o) => o.id === item.answer)!;
	await page.getByRole('radio', { name: wrong.text, exact: true }).check();
	await page.getByRole('button', { name: 'Check answer' }).click();
	const option = (text: string) => page.locator('.option').filter({ hasText: text });
	await expect(option(wrong.text)).toContainText('✗ Your answer: not correct');
	await expect(option(right.text)).toContainText('✓ Correct answer');
	for (const other of item.options.filter((o) => o !== wrong && o !== right))
		await expect(option(other.text)).not.toContainText(/answer/i);
});

test('ordering shows each position, and the ends cannot move further', async ({ page }) => {
	await page.goto(QUIZ);
	const item = (await fetchBank(page)).find((i) => i.type === 'ordering');
	if (!item || item.type !== 'ordering') throw new Error('no ordering item');
	await storeAttempt(page, [item], 'practice');
	await page.reload();
	const entries = page.locator('.ordering li');
	await expect(entries.locator('.position')).toHaveText(item.items.map((_, i) => String(i + 1)));
	const texts = await entries.locator('.entry-text').allTextContents();
	await expect(page.getByRole('button', { name: `Move up: ${texts[0]}` })).toBeDisabled();
	await expect(page.getByRole('button', { name: `Move down: ${texts.at(-1)}` })).toBeDisabled();
	await expect(page.getByRole('button', { name: `Move down: ${texts[0]}` })).toBeEnabled();
});

test('after a quiz, the learner can practise the questions they missed straight away', async ({
	page
}) => {
	await page.goto(QUIZ);
	const [missed, known] = (await fetchBank(page)).filter((i) => i.type === 'truefalse');
	if (missed.type !== 'truefalse' || known.type !== 'truefalse') throw new Error('no true/false');
	await storeAttempt(page, [missed, known], 'test');
	await page.reload();
	const say = (answer: string, right: boolean) =>
		(answer === 'true') === right ? 'True' : 'False';
	await page.getByRole('radio', { name: say(missed.answer, false) }).check();
	await page.getByRole('button', { name: 'Next question' }).click();
	await page.getByRole('radio', { name: say(known.answer, true) }).check();
	await page.getByRole('button', { name: 'Finish and see results' }).click();
	await expect(page.getByText('One question you did not get fully right')).toBeVisible();
	await page.getByRole('button', { name: 'Practise my mistakes now' }).click();
	await expect(page.getByRole('heading', { name: 'Question 1 of 1' })).toBeFocused();
	await expect(page.getByText(missed.stem)).toBeVisible();
	await expect(page.getByText('Practice mode: answers are shown as you go')).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
	test(`quiz and results views have no axe violations in the ${scheme} theme`, async ({ page }) => {
		// Sixteen axe passes: one per question type, its feedback, then the results.
		// About 100 s alone on a 2-core machine; more while the rest of the suite runs beside it.
		test.setTimeout(240_000);
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto(QUIZ);
		const bank = await fetchBank(page);
		const items = oneOfEachType(bank);
		await storeAttempt(page, items, 'practice');
		await page.reload();
		for (const [i, item] of items.entries()) {
			await expect(page.getByRole('heading', { name: `Question ${i + 1} of 8` })).toBeVisible();
			await expectNoAxeViolations(page);
			await answerByKeyboard(page, item);
			await page.getByRole('button', { name: 'Check answer' }).click();
			await expect(page.locator('.feedback')).toBeVisible();
			await expectNoAxeViolations(page);
			await page.getByRole('button', { name: /Next question|Finish and see results/ }).click();
		}
		await expect(page.getByRole('region', { name: 'Your result' })).toBeVisible();
		await expectNoAxeViolations(page);
	});
}

test('test mode warns before leaving a question unanswered, by keyboard, and Previous goes back', async ({
	page
}) => {
	test.setTimeout(60_000);
	await page.goto(QUIZ);
	const tf = (await fetchBank(page)).filter((i) => i.type === 'truefalse').slice(0, 3);
	await storeAttempt(page, tf, 'test');
	await page.reload();
	await expect(page.locator('#quiz-root[data-ready]')).toHaveCount(1);
	const panel = page.locator('form.panel');
	const warning = panel.getByRole('alert');
	const heading = (n: number) => page.getByRole('heading', { name: `Question ${n} of 3` });

	// Next with no answer: a sentence, announced, with "stay" (focused, the safe choice) or "go on".
	await page.getByRole('button', { name: 'Next question' }).click();
	await expect(warning).toHaveText(
		'Question 1 has no answer yet. You can go on and come back to it with Previous, or stay and answer it now.'
	);
	await expect(page.getByRole('group', { name: /Question 1 has no answer/ })).toBeVisible();
	await expectNoAxeViolations(page);
	await expect(page.getByRole('button', { name: 'Stay and answer' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(warning).toHaveCount(0);
	await expect(heading(1)).toBeFocused();
	// Escape stays too.
	await page.getByRole('button', { name: 'Next question' }).click();
	await expect(warning).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(warning).toHaveCount(0);
	await expect(heading(1)).toBeVisible();
	// Going on is a choice made by keyboard: Tab to it, Enter.
	await page.getByRole('button', { name: 'Next question' }).click();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Go on to question 2' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(heading(2)).toBeFocused();

	// An answered question is left without a word; Previous goes back to it with its answer.
	await panel.getByRole('radio', { name: 'True' }).check();
	await page.getByRole('button', { name: 'Next question' }).click();
	await expect(heading(3)).toBeFocused();
	await page.getByRole('button', { name: 'Previous question' }).click();
	await expect(heading(2)).toBeFocused();
	await expect(panel.getByRole('radio', { name: 'True' })).toBeChecked();
	await page.getByRole('button', { name: 'Next question' }).click();
	await expect(warning).toHaveCount(0);

	// Finishing names every question left; answering the one on screen takes the warning away.
	await page.getByRole('button', { name: 'Finish and see results' }).click();
	await expect(warning).toHaveText(
		'Questions 1 and 3 have no answer, and they would score nothing. Finish now, or go back and answer them?'
	);
	await panel.getByRole('radio', { name: 'False' }).check();
	await expect(warning).toHaveCount(0);
	await page.getByRole('button', { name: 'Finish and see results' }).click();
	await expect(warning).toHaveText(
		'Question 1 has no answer, and it would score nothing. Finish now, or go back and answer it?'
	);
	await page.getByRole('button', { name: 'Go to question 1' }).click();
	await expect(heading(1)).toBeFocused();
	await panel.getByRole('radio', { name: 'True' }).check();
	await page.getByRole('button', { name: 'Next question' }).click();
	await page.getByRole('button', { name: 'Next question' }).click();
	await page.getByRole('button', { name: 'Finish and see results' }).click();
	await expect(page.getByRole('region', { name: 'Your result' })).toBeVisible();
	// Every answer given was kept, the skipped-then-answered one too.
	await expect(page.getByRole('region', { name: 'Your result' })).not.toContainText(
		/No answer|Not answered/
	);
});

test('matching feedback is a table: each item, your match, the correct one and the result in words', async ({
	page
}) => {
	await page.goto(QUIZ);
	const item = (await fetchBank(page)).find((i) => i.type === 'matching');
	if (!item || item.type !== 'matching') throw new Error('no matching item');
	await storeAttempt(page, [item], 'practice');
	await page.reload();
	await expect(page.locator('#quiz-root[data-ready]')).toHaveCount(1);
	const [first, ...rest] = item.pairs;
	const wrong = item.pairs.find((p) => p.right !== first.right)?.right ?? '';
	await page.getByRole('combobox', { name: first.left, exact: true }).selectOption(wrong);
	for (const pair of rest)
		await page.getByRole('combobox', { name: pair.left, exact: true }).selectOption(pair.right);
	await page.getByRole('button', { name: 'Check answer' }).click();

	const table = page.locator('.feedback').getByRole('table', { name: /match by match/ });
	await expect(table.getByRole('columnheader')).toHaveText([
		'Item',
		'Your match',
		'Correct match',
		'Result'
	]);
	const rows = table.locator('tbody tr');
	await expect(rows).toHaveCount(item.pairs.length);
	await expect(rows.first().getByRole('rowheader')).toHaveText(first.left);
	await expect(rows.first().getByRole('cell')).toHaveText([wrong, first.right, /Incorrect/]);
	for (const [i, pair] of rest.entries())
		await expect(rows.nth(i + 1).getByRole('cell')).toHaveText([
			pair.right,
			pair.right,
			/^Correct/
		]);
	await expectNoAxeViolations(page);

	// The results show the same table.
	await page.getByRole('button', { name: 'Finish and see results' }).click();
	const results = page.getByRole('region', { name: 'Your result' });
	await expect(
		results.getByRole('table', { name: /match by match/ }).locator('tbody tr')
	).toHaveCount(item.pairs.length);
});
