import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { PAGE_TYPES } from './helpers';
import { QUIZ } from './quiz-helpers';

const KB = 1024;

/** Every same-origin resource a page loads, with its gzipped size (what a compressing host sends). */
async function loadWeights(page: Page, path: string) {
	const bodies: Promise<{ url: string; type: string; gzip: number }>[] = [];
	page.on('response', (response) => {
		if (!response.url().startsWith('http://localhost:4173/')) return;
		const type = response.request().resourceType();
		bodies.push(
			response.body().then((b) => ({ url: response.url(), type, gzip: gzipSync(b).length }))
		);
	});
	await page.goto(path, { waitUntil: 'networkidle' });
	const all = await Promise.all(bodies);
	const sum = (list: typeof all) => list.reduce((n, r) => n + r.gzip, 0);
	return { js: sum(all.filter((r) => r.type === 'script')), total: sum(all), all };
}

for (const [name, path] of Object.entries(PAGE_TYPES)) {
	test(`the ${name} page loads at most 45 KB of gzipped JavaScript`, async ({ page }) => {
		const { js, all } = await loadWeights(page, path);
		expect(all.some((r) => r.type === 'script')).toBe(true);
		expect(js, `${(js / KB).toFixed(1)} KB`).toBeLessThanOrEqual(45 * KB);
	});
}

test('the quiz page transfers at most 80 KB gzipped in all', async ({ page }) => {
	const { total, all } = await loadWeights(page, QUIZ);
	expect(all.some((r) => r.type === 'document')).toBe(true);
	expect(total, `${(total / KB).toFixed(1)} KB`).toBeLessThanOrEqual(80 * KB);
});
