import { expect, test } from '@playwright/test';
import { MODULE } from './helpers.ts';

import { SUBPATH_ORIGIN as ORIGIN } from './ports.ts';

test('the sub-path build serves every page with links, scripts and styles under /briefing/', async ({
	page,
	request
}) => {
	const failed: string[] = [];
	page.on('response', (r) => {
		if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
	});
	const pages = [
		'/briefing/',
		`/briefing/modules/${MODULE}`,
		`/briefing/modules/${MODULE}/the-summit`,
		'/briefing/about'
	];
	const seen = new Set<string>();
	for (const path of pages) {
		await page.goto(ORIGIN + path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const urls = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('a[href], link[href], script[src]')]
				.map((el) => (el as HTMLAnchorElement).href || (el as HTMLScriptElement).src)
				.filter((u) => u.startsWith(location.origin))
				.map((u) => u.split('#')[0])
		);
		for (const url of urls) seen.add(url);
	}
	expect(seen.size).toBeGreaterThan(10);
	for (const url of seen) {
		expect(
			new URL(url).pathname.startsWith('/briefing/') || new URL(url).pathname === '/briefing'
		).toBe(true);
		const response = await request.get(url);
		expect(response.status(), url).toBe(200);
	}
	expect(failed).toEqual([]);
});

test('client-side navigation works under the sub-path', async ({ page }) => {
	await page.goto(`${ORIGIN}/briefing/`);
	await page
		.getByRole('link', { name: /London summit on organised immigration crime/i })
		.first()
		.click();
	await expect(page).toHaveURL(`${ORIGIN}/briefing/modules/${MODULE}`);
	await page.getByRole('link', { name: /^Start reading/ }).click();
	await expect(page).toHaveURL(`${ORIGIN}/briefing/modules/${MODULE}/the-summit`);
});
