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
	const toDark = page.getByRole('button', { name: /^Switch to dark theme$/i });
	const toLight = page.getByRole('button', { name: /^Switch to light theme$/i });
	await expect(toDark).toBeVisible();
	await expect(toLight).toHaveCount(0);
	await toDark.click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	// The same button now names what it would do next.
	await expect(toLight).toBeFocused();
	await expect(toDark).toHaveCount(0);
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(toLight).toBeVisible();
	const background = await page.evaluate(
		() => getComputedStyle(document.documentElement).backgroundColor
	);
	expect(background).toBe('rgb(18, 20, 23)');
	await toLight.press('Enter');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	await expect(toDark).toBeVisible();
});

test('the theme toggle names the way out of the system theme before any choice', async ({
	page
}) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/');
	await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
	const toLight = page.getByRole('button', { name: /^Switch to light theme$/i });
	await expect(toLight).toBeVisible();
	await expect(page.getByRole('button', { name: /Switch to dark theme/i })).toHaveCount(0);
	await toLight.click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	await expect(page.getByRole('button', { name: /^Switch to dark theme$/i })).toBeVisible();
});

for (const [name, path] of Object.entries(PAGE_TYPES)) {
	test(`${name} page reflows at 200% zoom, keeps a visible focus in DOM order, and honours reduced motion`, async ({
		page
	}) => {
		test.setTimeout(60_000);
		// 200% zoom of a 1280 × 800 window: the page gets 640 × 400 CSS pixels.
		await page.setViewportSize({ width: 640, height: 400 });
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);

		// No positive tabindex anywhere: the tab order is the reading order.
		expect(await page.locator('[tabindex]:not([tabindex="0"]):not([tabindex="-1"])').count()).toBe(
			0
		);
		// The first dozen stops each show a focus ring of at least 2 px.
		for (let i = 0; i < 12; i++) {
			await page.keyboard.press('Tab');
			const ring = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				if (!el || el === document.body) return null;
				const style = getComputedStyle(el);
				return {
					what: `${el.tagName} ${el.textContent?.trim().slice(0, 30) ?? ''}`,
					outline: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth),
					shadow: style.boxShadow !== 'none'
				};
			});
			if (!ring) break;
			expect(ring.outline >= 2 || ring.shadow, `focus ring on ${ring.what}`).toBe(true);
		}

		// Reduced motion: no smooth scrolling, no transition or animation that lasts.
		const moving = await page.evaluate(() => {
			const slow = (d: string) => d.split(',').some((x) => parseFloat(x) > 0.01);
			const found: string[] = [];
			if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth')
				found.push('html');
			for (const el of document.querySelectorAll('*')) {
				const s = getComputedStyle(el);
				if (slow(s.transitionDuration) || (s.animationName !== 'none' && slow(s.animationDuration)))
					found.push(el.tagName);
			}
			return found;
		});
		expect(moving).toEqual([]);
	});
}
