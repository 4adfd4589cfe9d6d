import { expect, test } from '@playwright/test';
import { MODULE } from './helpers.ts';

const LESSON = `/modules/${MODULE}/the-summit`;
const rootFontSize = (page: import('@playwright/test').Page) =>
	page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
const bodyLineHeight = (page: import('@playwright/test').Page) =>
	page.evaluate(() => {
		const p = document.querySelector('.body p');
		return p
			? parseFloat(getComputedStyle(p).lineHeight) / parseFloat(getComputedStyle(p).fontSize)
			: 0;
	});

test('text size and line spacing start from the browser’s own size, change, and are remembered', async ({
	page
}) => {
	await page.goto(LESSON);
	const browserSize = await rootFontSize(page);
	const settings = page.getByRole('group', { name: 'Text size' });
	await page.getByText('Reading settings').click();
	await expect(settings.getByRole('radio', { name: /your browser’s size/ })).toBeChecked();

	await settings.getByRole('radio', { name: '150%' }).check();
	expect(await rootFontSize(page)).toBeCloseTo(browserSize * 1.5, 1);
	await page
		.getByRole('group', { name: 'Line spacing' })
		.getByRole('radio', { name: 'Wider' })
		.check();
	expect(await bodyLineHeight(page)).toBeCloseTo(2.2, 1);

	// Another page, after a reload: applied before anything else, and shown as chosen.
	await page.goto(`/modules/${MODULE}/timeline`);
	expect(await rootFontSize(page)).toBeCloseTo(browserSize * 1.5, 1);
	expect(await bodyLineHeight(page)).toBeCloseTo(2.2, 1);
	await page.getByText('Reading settings').click();
	await expect(
		page.getByRole('group', { name: 'Text size' }).getByRole('radio', { name: '150%' })
	).toBeChecked();
	await expect(
		page.getByRole('group', { name: 'Line spacing' }).getByRole('radio', { name: 'Wider' })
	).toBeChecked();

	// Back to the browser's size: nothing of ours is left on the page.
	await page
		.getByRole('group', { name: 'Text size' })
		.getByRole('radio', { name: /your browser’s size/ })
		.check();
	expect(await rootFontSize(page)).toBeCloseTo(browserSize, 1);
	await page.reload();
	expect(await rootFontSize(page)).toBeCloseTo(browserSize, 1);
	await expect(page.locator('html')).not.toHaveAttribute('data-text-size');
});

test('the largest text still reflows at 320 px', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	await page.goto(LESSON);
	await page.getByText('Reading settings').click();
	await page.getByRole('group', { name: 'Text size' }).getByRole('radio', { name: '200%' }).check();
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
});
