import { expect, test, type Page } from '@playwright/test';
import { MODULE } from './helpers.ts';
import { ORIGIN, SUBPATH_ORIGIN } from './ports.ts';

declare global {
	interface Window {
		/** CSP violations the page reported. */
		__searchViolations: string[];
	}
}

/** Records CSP violations and every request that leaves the origin. */
async function watch(page: Page, origin: string) {
	const outside: string[] = [];
	page.on('request', (r) => {
		const url = r.url();
		if (!url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url)) outside.push(url);
	});
	await page.addInitScript(() => {
		window.__searchViolations = [];
		window.addEventListener('securitypolicyviolation', (e) =>
			window.__searchViolations.push(`${e.violatedDirective}: ${e.blockedURI || 'inline'}`)
		);
	});
	return { outside, violations: () => page.evaluate(() => window.__searchViolations) };
}

/** Presses Tab until a link named `name` has the focus (at most `limit` presses). */
async function tabTo(page: Page, name: RegExp, limit = 15) {
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => {
			const el = document.activeElement;
			return el instanceof HTMLAnchorElement ? (el.textContent ?? '') : '';
		});
		if (name.test(focused)) return;
	}
	throw new Error(`no link matching ${name} within ${limit} presses of Tab`);
}

test('a learner finds a lesson by a word in it, by keyboard alone, within the security policy', async ({
	page
}) => {
	const seen = await watch(page, ORIGIN);
	await page.goto('/');
	await page.getByLabel('Search lessons and modules').focus();
	await page.keyboard.type('Interpol');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/search\?q=Interpol$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
	// The words stay in the field, the count is announced, each result names its page and shows the words.
	await expect(page.getByLabel('Words to find')).toHaveValue('Interpol');
	await expect(page.getByRole('status')).toHaveText(/^\d+ pages? found for “Interpol”\.$/);
	const results = page.getByRole('list', { name: 'Results' }).getByRole('listitem');
	await expect(results.first()).toBeVisible();
	await expect(results.getByRole('link', { name: 'Who is involved' })).toBeVisible();
	await expect(results.locator('mark').first()).toHaveText(/interpol/i);

	await page.getByLabel('Words to find').focus();
	await tabTo(page, /^Who is involved$/);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/modules/${MODULE}/who-is-involved$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who is involved');

	expect(await seen.violations()).toEqual([]);
	expect(seen.outside).toEqual([]);
});

test('searching as one types, narrowing by tag and level, and saying when nothing matches', async ({
	page
}) => {
	await page.goto('/search');
	const words = page.getByLabel('Words to find');
	await expect(words).toBeEnabled();
	await expect(page.getByRole('status')).toHaveText('Type a word or choose a tag or level.');
	await words.fill('smuggling');
	await expect(page.getByRole('status')).toHaveText(/found for “smuggling”/);
	// The address follows, so the search can be shared or come back to.
	await expect(page).toHaveURL(/\?q=smuggling$/);

	await words.fill('');
	await page.getByLabel('Level').selectOption('introductory');
	await expect(page.getByRole('status')).toHaveText(/^\d+ pages found\.$/);
	// The module page and each of its lessons at the standard level (the easier level is not listed twice).
	const links = page.getByRole('list', { name: 'Results' }).getByRole('link');
	const hrefs = await links.evaluateAll((as) =>
		as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)
	);
	expect(hrefs).toContain(`/modules/${MODULE}`);
	expect(hrefs.every((h) => h.startsWith(`/modules/${MODULE}`) && !h.includes('/easier/'))).toBe(
		true
	);

	await page.getByLabel('Tag').selectOption('migration');
	await expect(page).toHaveURL(/tag=migration&level=introductory$/);
	await expect(links.first()).toBeVisible();

	await words.fill('qqqzzq');
	await expect(page.getByRole('status')).toHaveText(
		'Nothing found for “qqqzzq”. Try fewer or other words, or another tag or level.'
	);
	await expect(page.getByRole('list', { name: 'Results' })).toHaveCount(0);
});

test('without JavaScript the search page says why it cannot search and links to the catalogue', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${ORIGIN}/search?q=summit`);
	await expect(page.getByRole('status')).toHaveText(/needs JavaScript/);
	await expect(page.getByRole('link', { name: 'browse every module' })).toHaveAttribute(
		'href',
		'/'
	);
	await context.close();
});

test('under a sub-path, results link under /briefing/ and search stays on the origin', async ({
	page
}) => {
	const seen = await watch(page, SUBPATH_ORIGIN);
	await page.goto(`${SUBPATH_ORIGIN}/briefing/search?q=summit`);
	const first = page.getByRole('list', { name: 'Results' }).getByRole('link').first();
	await expect(first).toHaveAttribute('href', /^\/briefing\/modules\//);
	await first.click();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	expect(new URL(page.url()).pathname).toMatch(/^\/briefing\/modules\//);
	expect(await seen.violations()).toEqual([]);
	expect(seen.outside).toEqual([]);
});

test.describe('offline', () => {
	test.use({ serviceWorkers: 'allow' });

	test('after one visit online, search works with the network off', async ({ page, context }) => {
		test.setTimeout(120_000);
		await page.goto('/');
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
			timeout: 30_000
		});
		// Installed only once the index is cached too (the worker waits for every file).
		const cached = await page.evaluate(async () => {
			const keys = await Promise.all(
				(await caches.keys()).map(async (name) => (await caches.open(name)).keys())
			);
			return keys.flat().map((request) => new URL(request.url).pathname);
		});
		expect(cached).toContain('/pagefind/pagefind.js');
		expect(cached.some((p) => p.endsWith('.pf_fragment'))).toBe(true);
		await context.setOffline(true);
		await page.goto('/search?q=Interpol');
		await expect(page.getByRole('status')).toHaveText(/found for “Interpol”/);
		await expect(
			page.getByRole('list', { name: 'Results' }).getByRole('link', { name: 'Who is involved' })
		).toBeVisible();
		await context.setOffline(false);
	});
});
