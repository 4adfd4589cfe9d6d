import { expect, test, type Page } from '@playwright/test';
import { decodeAssignment, assignmentItems } from '../src/lib/teach/assignment.ts';
import { encodeResult } from '../src/lib/teach/result.ts';
import { MODULE, PAGE_TYPES } from './helpers.ts';
import { QUIZ, answerByKeyboard, fetchBank, oneOfEachType, storeAttempt } from './quiz-helpers.ts';

/**
 * Waits until every island on the page has replaced its prerendered copy. Islands that load when the reader
 * reaches them (a lesson's check questions) are scrolled to first, as a reader would.
 */
async function islandsReady(page: Page) {
	for (const lazy of await page.locator('[data-island-visible]').all())
		await lazy.scrollIntoViewIfNeeded();
	await expect(page.locator('[id$="-root"]:not([data-ready])')).toHaveCount(0);
}

/** A page wider than the window makes a phone scroll sideways to read every line. */
async function expectNoSidewaysScroll(page: Page, what: string) {
	const { scroll, width } = await page.evaluate(() => ({
		scroll: document.documentElement.scrollWidth,
		width: window.innerWidth
	}));
	expect(scroll, `${what} is ${scroll} px wide in a ${width} px window`).toBeLessThanOrEqual(width);
}

for (const width of [320, 390]) {
	test.describe(`${width} px wide`, () => {
		test.use({ viewport: { width, height: 844 } });

		test('no page type scrolls sideways', async ({ page }) => {
			for (const [name, path] of Object.entries({ ...PAGE_TYPES, quiz: QUIZ })) {
				await page.goto(path);
				await islandsReady(page);
				await expectNoSidewaysScroll(page, name);
			}
		});

		test('the header is one row and the first question shows without scrolling', async ({
			page
		}) => {
			await page.goto(QUIZ);
			await islandsReady(page);
			const header = await page.locator('header.site-header').boundingBox();
			expect(header?.height ?? Infinity).toBeLessThan(80);
			const firstAnswer = page.locator('form.panel').locator('input, select, button').first();
			const box = await firstAnswer.boundingBox();
			expect(box, 'the first answer control').not.toBeNull();
			expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(844);
			// The menu opens the site's links, by keyboard too.
			await page.getByText('Menu', { exact: true }).focus();
			await page.keyboard.press('Enter');
			await expect(
				page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Progress' })
			).toBeVisible();
		});

		test('every question type, its feedback and the results fit', async ({ page }) => {
			test.setTimeout(60_000);
			await page.goto(QUIZ);
			const items = oneOfEachType(await fetchBank(page));
			await storeAttempt(page, items, 'practice');
			await page.reload();
			await islandsReady(page);
			for (const [i, item] of items.entries()) {
				await expect(
					page.getByRole('heading', { name: `Question ${i + 1} of ${items.length}` })
				).toBeVisible();
				await expectNoSidewaysScroll(page, `a ${item.type} question`);
				await answerByKeyboard(page, item);
				await page.getByRole('button', { name: 'Check answer' }).click();
				await expect(page.locator('.feedback')).toBeVisible();
				await expectNoSidewaysScroll(page, `the feedback on a ${item.type} question`);
				await page.getByRole('button', { name: /Next question|Finish and see results/ }).click();
			}
			await expect(page.getByRole('region', { name: 'Your result' })).toBeVisible();
			await expectNoSidewaysScroll(page, 'the results');
		});

		test('the gradebook with a class of results fits', async ({ page }) => {
			test.setTimeout(60_000);
			await page.goto(`/teach/${MODULE}`);
			await islandsReady(page);
			await page.getByLabel('Title for the class').fill('Year 10B: the summit');
			await page.getByLabel('A draw: the same questions for everyone').check();
			await page.getByLabel('How many').fill('5');
			await page.getByRole('button', { name: 'Make the share link' }).click();
			const link = await page.getByLabel('Share link', { exact: true }).inputValue();
			await expectNoSidewaysScroll(page, 'the builder with its link');
			const bank = await fetchBank(page);
			const decoded = decodeAssignment(link, bank);
			if (!decoded.ok) throw new Error(decoded.error);
			const items = assignmentItems(decoded.assignment, bank);
			const codes = ['Alexandra Montgomery-Smith', 'Bo Li'].map((name, n) =>
				encodeResult(
					{
						version: 1,
						assignment: decoded.id,
						module: MODULE,
						name,
						startedAt: Date.UTC(2026, 10, 20, 9, n),
						finishedAt: Date.UTC(2026, 10, 20, 9, 12 + n),
						answers: { [items[0].id]: { kind: 'blank', text: 'x' } },
						claimed: 0
					},
					decoded.assignment,
					bank
				)
			);
			await page.getByRole('link', { name: 'Open the gradebook for this assignment' }).click();
			await islandsReady(page);
			await page.getByLabel(/Paste result codes/).fill(codes.join('\n'));
			await page.getByRole('button', { name: 'Add to the gradebook' }).click();
			await expect(page.locator('.report li')).toHaveCount(2);
			await expect(page.getByRole('row', { name: /Bo Li/ })).toBeVisible();
			await expectNoSidewaysScroll(page, 'the gradebook');
		});
	});
}
