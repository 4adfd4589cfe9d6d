import { expect, test } from '@playwright/test';
import { MODULE } from './helpers.ts';

test.use({ javaScriptEnabled: false });

test('a lesson is fully readable with JavaScript disabled', async ({ page }) => {
	await page.goto(`/modules/${MODULE}/responses-and-debate`);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const text = await page.locator('.body').innerText();
	expect(text.split(/\s+/).length).toBeGreaterThan(150);
	await expect(page.getByRole('heading', { name: 'For discussion' })).toBeVisible();
	// Links are plain HTML and still work.
	await page.getByRole('link', { name: /^Next/ }).click();
	await expect(page.getByText(/^Section \d+ of \d+/)).toBeVisible();
});

test('the catalogue and tag filter work with JavaScript disabled', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('navigation', { name: 'Filter by tag' }).getByRole('link').nth(1).click();
	await expect(page).toHaveURL(/\/tags\//);
	await expect(page.getByRole('article')).not.toHaveCount(0);
});

test('the quiz says it needs JavaScript, and its buttons do not reload the page', async ({
	page
}) => {
	await page.goto(`/modules/${MODULE}/quiz`);
	// Chromium shows <noscript> only when scripting is off in the parser, which Playwright cannot turn
	// off: read the note from the HTML a browser without JavaScript renders.
	const html = await (await page.request.get(`/modules/${MODULE}/quiz`)).text();
	expect(html).toMatch(/<noscript>\s*<p class="note">\s*The quiz needs JavaScript/);
	await page.getByRole('button', { name: 'Check answer' }).click();
	await page.getByRole('button', { name: 'Start new quiz' }).click();
	await expect(page).toHaveURL(new RegExp(`/modules/${MODULE}/quiz$`));
});
