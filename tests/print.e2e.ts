import { expect, test } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { MODULE } from './helpers.ts';
import { fetchBank } from './quiz-helpers.ts';

const PRINT = `/modules/${MODULE}/print`;

/** The text of each page of a PDF, in order. */
async function pageTexts(pdf: Buffer): Promise<string[]> {
	const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
	const pages: string[] = [];
	for (let n = 1; n <= doc.numPages; n++) {
		const content = await (await doc.getPage(n)).getTextContent();
		pages.push(
			content.items
				.map((i) => ('str' in i ? i.str : ''))
				.join(' ')
				.replace(/\s+/g, ' ')
		);
	}
	return pages;
}

/** Text without whitespace: PDF text splits words at ligatures ("tra ffi cking"). */
const squash = (text: string) => text.replace(/\s+/g, '');

test('the worksheet prints with no answers, and the answer key starts on a new page', async ({
	page
}) => {
	test.setTimeout(90_000);
	await page.goto(PRINT);
	const bank = await fetchBank(page);
	const pdf = await page.pdf({ format: 'A4', printBackground: false });
	const pages = await pageTexts(pdf);
	const keyStart = pages.findIndex((t) => /^\s*Answer key:/.test(t));
	expect(keyStart, 'a page that starts with the answer key').toBeGreaterThan(0);
	const worksheet = pages.slice(0, keyStart).join(' ');
	const key = pages.slice(keyStart).join(' ');

	// The worksheet: title, name line, no site navigation, every question numbered.
	expect(pages[0]).toMatch(/^\s*Worksheet: The London summit/);
	expect(pages[0]).toContain('Name:');
	expect(worksheet).not.toContain('Skip to content');
	expect(worksheet).not.toContain('For teachers');
	expect(worksheet).toContain(`${bank.length}.`);
	expect(worksheet).not.toContain('Answer key');
	// Explanations are answers: every one is in the key, none on the worksheet.
	const [sheet, answers] = [squash(worksheet), squash(key)];
	for (const item of bank) {
		const explanation = squash(item.explanation).slice(0, 60);
		expect(sheet.includes(explanation), `${item.id} explained on the worksheet`).toBe(false);
		expect(answers.includes(explanation), `${item.id} explained in the key`).toBe(true);
	}
});

test('printed from an assignment, the worksheet holds only its questions, numbered from 1', async ({
	page
}) => {
	await page.goto(`/teach/${MODULE}`);
	await expect(page.locator('#builder-root[data-ready]')).toHaveCount(1);
	await page.getByLabel('Title for the class').fill('Homework 3');
	await page.getByLabel('How many').fill('4');
	await page.getByRole('button', { name: 'Make the share link' }).click();
	await page.getByRole('link', { name: /Print these questions/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Worksheet: Homework 3');
	await expect(
		page.getByText('It holds the 4 questions of the assignment “Homework 3”')
	).toBeVisible();
	await expect(page.locator('.worksheet li[data-item]:visible')).toHaveCount(4);
	await expect(page.locator('.key li[data-item]:visible')).toHaveCount(4);
	await expect(page.locator('.worksheet li[data-item]:visible [data-n]')).toHaveText([
		'1.',
		'2.',
		'3.',
		'4.'
	]);
	const pages = await pageTexts(await page.pdf({ format: 'A4' }));
	expect(pages.some((t) => /^\s*Answer key: Homework 3/.test(t))).toBe(true);
	expect(pages.join(' ')).not.toMatch(/(^|\s)5\.\s/);
	expect(pages.join(' ')).toMatch(/(^|\s)4\.\s/);
});

test('a damaged assignment in a print link says so and prints the whole module', async ({
	page
}) => {
	await page.goto(`${PRINT}#a=BA1.damaged`);
	await expect(page.getByText(/damaged|not a Briefing assignment link/)).toBeVisible();
	await expect(page.locator('.worksheet li[data-item]:visible').first()).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('The London summit');
});

test('flashcards print their prompts with room to write, and the answers only when asked for', async ({
	page
}) => {
	test.setTimeout(90_000);
	await page.goto(`/modules/${MODULE}/flashcards`);
	const fronts = await page.locator('.all-cards dt').allTextContents();
	const backs = await page.locator('.all-cards dd').allTextContents();
	expect(fronts.length).toBeGreaterThan(3);

	const sheet = squash((await pageTexts(await page.pdf({ format: 'A4' }))).join(' '));
	for (const front of fronts) expect(sheet, front).toContain(squash(front));
	for (const back of backs)
		expect(sheet.includes(squash(back)), `answer printed: ${back}`).toBe(false);
	// The deck is for the screen: its Show answer button and ratings do not print.
	expect(sheet).not.toContain(squash('Show the answer'));
	expect(sheet).toContain(squash('Write the answer under each card'));

	await page.getByLabel('Include the answers when printing').check();
	const key = squash((await pageTexts(await page.pdf({ format: 'A4' }))).join(' '));
	for (const back of backs) expect(key, back).toContain(squash(back));
	expect(key).not.toContain(squash('Write the answer under each card'));
});
