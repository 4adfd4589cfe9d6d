import { expect, test, type Page } from '@playwright/test';
import { MODULE } from './helpers.ts';

const LESSON = `/modules/${MODULE}/the-summit`;

/** Tab until the focused element matches, as a keyboard user would; fails after `limit` presses. */
async function tabTo(page: Page, name: string, limit = 80) {
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
		if (focused === name) return;
	}
	throw new Error(`never reached “${name}” by Tab`);
}

test('a key term opens its definition by keyboard, is described for screen readers, and closes with Escape', async ({
	page
}) => {
	await page.goto(LESSON);
	const term = page.locator('.body').getByRole('button', { name: 'asylum seekers' });
	await expect(term).toHaveCount(1);
	// Screen readers hear the meaning when the term is focused.
	await expect(term).toHaveAccessibleDescription(/applied for refugee protection elsewhere/);
	const definition = page.locator('#key-term-asylum-seeker');
	await expect(definition).toBeHidden();

	await tabTo(page, 'asylum seekers');
	await page.keyboard.press('Enter');
	await expect(definition).toBeVisible();
	await expect(definition).toContainText('asylum seeker: a person who has left their country');
	// The glossary link inside is the next stop, then Escape closes and leaves focus on the term.
	await page.keyboard.press('Tab');
	await expect(definition.getByRole('link', { name: 'All key terms' })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(definition).toBeHidden();
});

test('only the first use of a term in a section is marked, and not where the section defines it', async ({
	page
}) => {
	await page.goto(`/modules/${MODULE}/easier/who-is-involved`);
	const body = page.locator('.body');
	const text = await body.innerText();
	expect(text.match(/transit countr/gi)?.length).toBeGreaterThan(1);
	await expect(body.getByRole('button', { name: /^transit countr/i })).toHaveCount(1);
	// "Refugee" in "the Refugee Council" is a name, not a use of the term.
	expect(text).toContain('Refugee Council');
	await expect(body.getByRole('button', { name: /^refugee/i })).toHaveCount(0);
	// This section explains Europol itself, so the term is not marked here (it is in the summit section).
	await expect(body.getByRole('button', { name: 'Europol' })).toHaveCount(0);
	await page.goto(`/modules/${MODULE}/easier/the-summit`);
	await expect(page.locator('.body').getByRole('button', { name: 'Europol' })).toHaveCount(1);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the definition still opens, and its glossary link leads to the term', async ({ page }) => {
		await page.goto(`/modules/${MODULE}/easier/the-summit`);
		const term = page.locator('.body').getByRole('button', { name: 'irregular migration' });
		await term.click();
		const definition = page.locator('#key-term-irregular-migration');
		await expect(definition).toBeVisible();
		await definition.getByRole('link', { name: 'All key terms' }).click();
		await expect(page).toHaveURL(new RegExp(`/modules/${MODULE}/glossary#irregular-migration$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Key terms');
		await expect(page.getByRole('definition').first()).toBeVisible();
	});
});

test('the glossary lists every key term with its meaning and where it is taught', async ({
	page
}) => {
	await page.goto(`/modules/${MODULE}`);
	await page.getByRole('link', { name: /^Key terms \(\d+\)$/ }).click();
	const terms = await page.getByRole('term').allTextContents();
	expect(terms).toContain('asylum seeker');
	expect(terms).toContain('Channel crossings');
	expect(terms).toEqual(
		[...terms].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }))
	);
	const entry = page.locator('.entry', { has: page.locator('#refugee') });
	await expect(entry).toContainText('fled their country');
	await entry.getByRole('link', { name: 'Key terms' }).click();
	await expect(page).toHaveURL(new RegExp(`/modules/${MODULE}/key-terms#refugee$`));
});
