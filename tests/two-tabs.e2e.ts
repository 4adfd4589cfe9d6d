import { expect, test, type Page } from '@playwright/test';
import type { Item } from '../src/lib/questions/types.ts';
import {
	ASSIGNMENT_VERSION,
	bankFingerprint,
	encodeAssignment,
	sortedIds,
	type Assignment
} from '../src/lib/teach/assignment.ts';
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

/** A share link to a test of three true/false questions, one attempt, coded as the builder codes it. */
function assignmentLink(bank: Item[]): string {
	const picked = bank.filter((i) => i.type === 'truefalse').slice(0, 3);
	const assignment: Assignment = {
		version: ASSIGNMENT_VERSION,
		module: MODULE,
		bank: bankFingerprint(bank),
		title: 'Two tabs, one attempt',
		selection: { kind: 'picked', ids: sortedIds(picked) },
		mode: 'test',
		attempts: 1,
		passMark: 60,
		due: null,
		dueOffset: 0,
		createdAt: Date.now()
	};
	return `/modules/${MODULE}/assignment#a=${encodeAssignment(assignment, bank)}`;
}

/** The student's stored work on the one assignment in this browser. */
async function storedWork(page: Page) {
	return page.evaluate(() => {
		const key = Object.keys(localStorage).find((k) => k.startsWith('briefing:v1:assignment:'));
		return key
			? (JSON.parse(localStorage.getItem(key) as string) as {
					attempts: {
						name: string;
						attempt: {
							items: string[];
							answers: Record<string, { response: { selected: string[] } }>;
							finishedAt?: number;
						};
					}[];
				})
			: null;
	});
}

test('two tabs on one assignment: one takes the answers, the other says so and can take over, nothing is lost', async ({
	context
}) => {
	test.setTimeout(120_000);
	const a = await context.newPage();
	await a.goto('/about');
	const bank = await fetchBank(a);
	const link = assignmentLink(bank);
	const byId = new Map(bank.map((i) => [i.id, i]));
	/** Answers question n (1-based) of the attempt rightly, in the tab given. */
	const answer = async (page: Page, ids: string[], n: number) => {
		const item = byId.get(ids[n - 1]);
		if (item?.type !== 'truefalse') throw new Error('not a true/false question');
		await panel(page)
			.getByRole('radio', { name: item.answer === 'true' ? 'True' : 'False' })
			.check();
	};

	await a.goto(link);
	await expect(a.locator('#assignment-root[data-ready]')).toHaveCount(1);
	await a.getByLabel('Your name, as your teacher knows you').fill('Sam');
	await a.getByRole('button', { name: 'Start the assignment' }).click();
	await expect(heading(a, 1, 3)).toBeFocused();
	const ids = (await storedWork(a))?.attempts[0].attempt.items ?? [];
	expect(ids).toHaveLength(3);
	await answer(a, ids, 1);

	// B opens the same link: it carries on the same attempt, says it is open in another tab, takes nothing.
	const b = await context.newPage();
	await b.goto(link);
	await expect(b.locator('#assignment-root[data-ready]')).toHaveCount(1);
	await expect(b.getByText('You have started this assignment as Sam')).toBeVisible();
	await b.getByRole('button', { name: 'Continue the assignment' }).click();
	await expect(
		b.getByRole('status').filter({ hasText: 'This assignment is open in another tab' })
	).toBeVisible();
	await expect(panel(b).getByRole('button', { name: /Next question|Finish/ })).toHaveCount(0);
	await expect(panel(b).locator('input:not([readonly]):not([disabled])')).toHaveCount(0);
	await expectNoAxeViolations(b);

	// A answers question 2; B follows what A saves.
	await a.bringToFront();
	await panel(a).getByRole('button', { name: 'Next question' }).click();
	await expect(heading(a, 2, 3)).toBeFocused();
	await answer(a, ids, 2);
	await b.bringToFront();
	await expect(heading(b, 3, 3)).toBeVisible();

	// B takes over at A's next question; A stops taking answers and says why.
	await b.getByRole('button', { name: 'Continue here' }).click();
	await expect(heading(b, 3, 3)).toBeFocused();
	await a.bringToFront();
	await expect(
		a.getByRole('status').filter({ hasText: 'You continued this assignment in another tab' })
	).toBeVisible();
	await expect(panel(a).getByRole('button', { name: /Next question|Finish/ })).toHaveCount(0);
	await expect(panel(a).locator('input:not([readonly]):not([disabled])')).toHaveCount(0);

	await b.bringToFront();
	await answer(b, ids, 3);
	await panel(b).getByRole('button', { name: 'Finish and see results' }).click();
	await expect(b.getByRole('heading', { name: 'Your result' })).toBeFocused();
	await expect(b.getByText('100%').first()).toBeVisible();

	// A shows the attempt finished, with its result; one attempt is stored, with all three answers.
	await a.bringToFront();
	await expect(
		a.getByRole('status').filter({ hasText: 'This assignment was finished in another tab' })
	).toBeVisible();
	await expect(a.locator('form.panel')).toHaveCount(0);
	const work = await storedWork(a);
	expect(work?.attempts).toHaveLength(1);
	expect(work?.attempts[0].name).toBe('Sam');
	expect(work?.attempts[0].attempt.finishedAt).toBeDefined();
	expect(Object.keys(work?.attempts[0].attempt.answers ?? {}).sort()).toEqual([...ids].sort());
	expect(
		await a.evaluate(() =>
			Object.keys(localStorage).filter((k) => k.startsWith('briefing:v1:assignment-owner:'))
		)
	).toEqual([]);
});
