import { expect, test } from '@playwright/test';
import { PAGE_TYPES, expectNoAxeViolations } from './helpers.ts';

for (const scheme of ['light', 'dark'] as const) {
	for (const [name, path] of Object.entries(PAGE_TYPES)) {
		test(`${name} page has no axe violations in the ${scheme} theme`, async ({ page }) => {
			// The printable worksheet holds every question of the module: axe needs longer there.
			test.setTimeout(90_000);
			await page.emulateMedia({ colorScheme: scheme });
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expectNoAxeViolations(page);
		});
	}
}

for (const [name, path] of Object.entries(PAGE_TYPES)) {
	test(`${name} page reflows at 320 px without horizontal scrolling`, async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto(path);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
	});
}

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
	await page.goto(PAGE_TYPES.lesson);
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});

test('the theme toggle switches to dark and is remembered after a reload', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/');
	const toggle = page.getByRole('button', { name: 'Dark theme' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	const background = await page.evaluate(
		() => getComputedStyle(document.documentElement).backgroundColor
	);
	expect(background).toBe('rgb(18, 20, 23)');
});
