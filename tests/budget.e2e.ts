import { gzipSync } from 'node:zlib';
import { expect, test, type Page, type Response } from '@playwright/test';
import { PAGE_TYPES } from './helpers';
import { ORIGIN } from './ports.ts';
import { QUIZ } from './quiz-helpers';

const KB = 1024;

/** Every same-origin resource a page loads, with its gzipped size (what a compressing host sends). */
async function loadWeights(page: Page, path: string) {
	const bodies: Promise<{ url: string; type: string; gzip: number }>[] = [];
	const listener = (response: Response) => {
		if (!response.url().startsWith(`${ORIGIN}/`)) return;
		const type = response.request().resourceType();
		bodies.push(
			response.body().then((b) => ({ url: response.url(), type, gzip: gzipSync(b).length }))
		);
	};
	page.on('response', listener);
	await page.goto(path, { waitUntil: 'networkidle' });
	page.off('response', listener);
	const all = await Promise.all(bodies);
	expect(all.filter((r) => r.type === 'document')).toHaveLength(1);
	const sum = (list: typeof all) => list.reduce((n, r) => n + r.gzip, 0);
	return { js: sum(all.filter((r) => r.type === 'script')), total: sum(all), all };
}

for (const [name, path] of Object.entries({ ...PAGE_TYPES, quiz: QUIZ })) {
	test(`the ${name} page loads at most 45 KB of gzipped JavaScript`, async ({ page }) => {
		const { js } = await loadWeights(page, path);
		expect(js, `${(js / KB).toFixed(1)} KB`).toBeLessThanOrEqual(45 * KB);
	});
}

test('the quiz page transfers at most 80 KB gzipped in all, its script included', async ({
	page
}) => {
	const { total, js } = await loadWeights(page, QUIZ);
	expect(js).toBeGreaterThan(10 * KB);
	expect(total, `${(total / KB).toFixed(1)} KB`).toBeLessThanOrEqual(80 * KB);
});

for (const name of ['lesson', 'about', 'notFound', 'offline'] as const) {
	test(`the ${name} page is plain HTML and CSS: its only script is the tiny service-worker registration`, async ({
		page
	}) => {
		const { all } = await loadWeights(page, PAGE_TYPES[name]);
		const scripts = all.filter((r) => r.type === 'script');
		expect(scripts.map((r) => new URL(r.url).pathname)).toEqual(['/_islands/sw.js']);
		expect(scripts[0].gzip).toBeLessThan(1 * KB);
	});
}
