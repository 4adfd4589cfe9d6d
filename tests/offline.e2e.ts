import { expect, test, type Page } from '@playwright/test';
import { MODULE, PAGE_TYPES } from './helpers.ts';
import { SUBPATH_ORIGIN } from './ports.ts';
import {
	answerByKeyboard,
	fetchBank,
	oneOfEachType,
	QUIZ,
	storeAttempt,
	submitByKeyboard
} from './quiz-helpers.ts';

// The one file where the service worker runs (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker controls the page: it has then precached the whole site. */
async function waitForWorker(page: Page) {
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
		timeout: 30_000
	});
}

test('after one visit every page type and a whole quiz work with the network off', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	await page.goto(PAGE_TYPES.lesson);
	await waitForWorker(page);
	// The cache holds the pages and what they load, not SvelteKit's unused client, its data files or the
	// LMS exports.
	const cached = await page.evaluate(async () => {
		const keys = await Promise.all(
			(await caches.keys()).map(async (name) => (await caches.open(name)).keys())
		);
		return keys.flat().map((request) => new URL(request.url).pathname);
	});
	expect(cached).toContain(`/modules/${MODULE}/quiz`);
	expect(cached).toContain('/_islands/quiz.js');
	expect(cached.filter((p) => /\/_app\/|__data\.json$|\/exports\//.test(p))).toEqual([]);
	const bank = await fetchBank(page);
	const items = oneOfEachType(bank).slice(0, 4);
	await context.setOffline(true);
	expect(await page.evaluate(() => navigator.onLine)).toBe(false);

	for (const path of [...Object.values(PAGE_TYPES), QUIZ]) {
		const response = await page.goto(path);
		expect(response?.fromServiceWorker(), path).toBe(true);
		await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
	}
	const missing = await page.goto('/no-such-page');
	expect(missing?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/not found/i);

	await storeAttempt(page, items, 'practice');
	await page.goto(QUIZ);
	for (const [i, item] of items.entries()) {
		await expect(
			page.getByRole('heading', { name: `Question ${i + 1} of ${items.length}` })
		).toBeVisible();
		await answerByKeyboard(page, item);
		await submitByKeyboard(page, 'Check answer');
		await submitByKeyboard(
			page,
			i === items.length - 1 ? 'Finish and see results' : 'Next question'
		);
	}
	await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();

	await page.goto(PAGE_TYPES.progress);
	await expect(page.locator('table.scores tbody td').first()).toHaveText('100%');
	await page.goto(PAGE_TYPES.review);
	await expect(page.locator('.nothing-due')).toContainText('The next card is due in');
});

test('a new install keeps only its own cache and never touches stored progress', async ({
	page
}) => {
	await page.goto('/');
	await waitForWorker(page);
	const progress = JSON.stringify({ version: 2, modules: {}, questions: {} });
	const before = await page.evaluate(async (value) => {
		localStorage.setItem('briefing:v1:progress:x', value);
		await caches.open('briefing-an-old-deploy');
		const registration = await navigator.serviceWorker.ready;
		await registration.unregister();
		return caches.keys();
	}, progress);
	expect(before).toContain('briefing-an-old-deploy');
	// Registering again installs the worker afresh, as a new deploy's worker would be.
	await page.reload();
	await waitForWorker(page);
	await expect
		.poll(() => page.evaluate(() => caches.keys()), { timeout: 30_000 })
		.not.toContain('briefing-an-old-deploy');
	const after = await page.evaluate(() => caches.keys());
	expect(after).toHaveLength(1);
	expect(after[0]).toMatch(/^briefing-/);
	expect(await page.evaluate(() => localStorage.getItem('briefing:v1:progress:x'))).toBe(progress);
});

test('under the /briefing sub-path the worker serves the site offline from its own scope', async ({
	page,
	context
}) => {
	await page.goto(`${SUBPATH_ORIGIN}/briefing/`);
	await waitForWorker(page);
	const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
	expect(scope).toBe(`${SUBPATH_ORIGIN}/briefing/`);
	await context.setOffline(true);
	// `/briefing` itself lies outside the worker's scope (`/briefing/`); its home page is `/briefing/`.
	for (const path of ['/briefing/review', `/briefing/modules/${MODULE}/flashcards`, '/briefing/']) {
		const response = await page.goto(SUBPATH_ORIGIN + path);
		expect(response?.fromServiceWorker(), path).toBe(true);
		await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
	}
});
