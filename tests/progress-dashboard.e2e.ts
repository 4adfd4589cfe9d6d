import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { SingleItem } from '../src/lib/questions/types.ts';
import { expectNoAxeViolations, MODULE, PAGE_TYPES } from './helpers.ts';
import { fetchBank, QUIZ, storeAttempt } from './quiz-helpers.ts';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 8, 1, 9, 0, 0);

test.use({ timezoneId: 'UTC' });

/** Every progress and review key in local storage, each value parsed (key order aside, as stored). */
async function storedProgress(page: Page): Promise<Record<string, unknown>> {
	return page.evaluate(() => {
		const out: Record<string, unknown> = {};
		for (let i = 0; i < localStorage.length; i++) {
			const key = localStorage.key(i)!;
			if (/^briefing:v1:(progress|review):/.test(key))
				out[key] = JSON.parse(localStorage.getItem(key)!);
		}
		return out;
	});
}

/** Two quizzes on two days (one right of two, then two right), and one flashcard rated. */
async function study(page: Page) {
	await page.goto('/about');
	const bank = await fetchBank(page);
	const [a, b] = bank.filter((i): i is SingleItem => i.type === 'single');
	for (const [day, answers] of [
		[0, [false, true]],
		[1, [true, true]]
	] as const) {
		await page.clock.setFixedTime(T0 + day * DAY);
		await storeAttemptKeepingHistory(page, [a, b]);
		await page.goto(QUIZ);
		const form = page.locator('form.panel');
		for (const [i, item] of [a, b].entries()) {
			const pick = answers[i] ? item.answer : item.options.find((o) => o.id !== item.answer)!.id;
			await form.locator(`input[name="${item.id}"][value="${pick}"]`).check();
			await form.getByRole('button', { name: 'Check answer' }).click();
			await form.getByRole('button', { name: /Next question|Finish and see results/ }).click();
		}
		await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
	}
	await page.goto(PAGE_TYPES.flashcards);
	await page.getByRole('button', { name: 'Show the answer' }).click();
	await page.locator('#flashcards-root').getByRole('button', { name: /^Hard/ }).click();
	await expect(page.getByRole('heading', { name: /^Card 2 of/ })).toBeFocused();
}

/** Like storeAttempt, but keeps earlier finished attempts and history in the stored value. */
async function storeAttemptKeepingHistory(page: Page, items: SingleItem[]) {
	const before = await storedProgress(page);
	await storeAttempt(page, items, 'practice');
	const key = Object.keys(before).find((k) => k.startsWith('briefing:v1:progress:'));
	if (!key) return;
	await page.evaluate(
		([k, old]) => {
			const earlier = JSON.parse(old);
			const fresh = JSON.parse(localStorage.getItem(k)!);
			const slug = Object.keys(fresh.modules)[0];
			earlier.modules[slug].inProgress = fresh.modules[slug].inProgress;
			localStorage.setItem(k, JSON.stringify(earlier));
		},
		[key, JSON.stringify(before[key])]
	);
}

test('the dashboard shows scores, a chart with its table, mastery, days studied and reviews due', async ({
	page
}) => {
	test.setTimeout(90_000);
	await study(page);
	await page.clock.setFixedTime(T0 + 3 * DAY);
	await page.goto(PAGE_TYPES.progress);
	const glance = page.locator('.glance');
	await expect(glance).toContainText('Days studied 2');
	await expect(glance).toContainText('first 1 September 2026, latest 2 September 2026');
	const row = page.locator('table.scores tbody tr').first();
	await expect(row.locator('td')).toHaveText(['100%', '100%', '2']);
	// The one module holds every review due: the total at a glance is the module's count.
	const dueTotal = Number(
		await glance
			.locator('dd')
			.nth(1)
			.innerText()
			.then((t) => t.trim().split(/\s+/)[0])
	);
	expect(dueTotal).toBeGreaterThan(0);
	await expect(page.locator('section[aria-labelledby^="module-"]').first()).toContainText(
		`${dueTotal} ${dueTotal === 1 ? 'review' : 'reviews'} due from this module.`
	);
	const chart = page.getByRole('img', { name: /^Scores over time for / });
	await expect(chart).toHaveAttribute(
		'aria-label',
		/2 attempts, first 50%, last 100%, best 100%\.$/
	);
	await expect(chart.locator('circle')).toHaveCount(2);
	await page.getByText('Scores as a table').click();
	await expect(page.locator('details table tbody tr')).toHaveText([
		/1 September 2026 at 09:00\s*50%/,
		/2 September 2026 at 09:00\s*100%/
	]);
	const sections = page.getByRole('table', { name: /^Mastery per section of / });
	await expect(sections).toContainText(/of \d+/);
	const total = (table: typeof sections) =>
		table
			.locator('td:nth-child(2)')
			.allTextContents()
			.then((cells) => cells.reduce((n, c) => n + Number(c.split(' of ')[0]), 0));
	expect(await total(sections)).toBe(2);
	// The same questions by reading skill: the two mastered ones counted once there too.
	const skills = page.getByRole('table', { name: /^Mastery per reading skill in / });
	await expect(skills.getByRole('rowheader').first()).toHaveText('Key details');
	expect(await total(skills)).toBe(2);

	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await expectNoAxeViolations(page);
	}

	// At 320 px the score and mastery tables fit their column: nothing hides behind a sideways scroll.
	await page.setViewportSize({ width: 320, height: 800 });
	for (const table of await page.locator('table.scores, table.mastery').all()) {
		const [wide, room] = await table.evaluate((t) => [t.scrollWidth, t.parentElement!.clientWidth]);
		expect(wide).toBeLessThanOrEqual(room);
	}
});

test('export, clear, import restores identical progress; a damaged file changes nothing', async ({
	page
}) => {
	test.setTimeout(90_000);
	await study(page);
	await page.goto(PAGE_TYPES.progress);
	const before = await storedProgress(page);
	expect(Object.keys(before)).toHaveLength(2);

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export all progress as a file' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/^briefing-progress-\d{4}-\d{2}-\d{2}\.json$/);
	const text = readFileSync((await file.path())!, 'utf8');
	expect(JSON.parse(text).format).toBe('briefing-progress');
	await expect(page.locator('.export-status')).toContainText('Your progress was saved as');

	// A damaged file: a plain sentence, and nothing changes.
	await page.getByLabel('Choose a Briefing progress file').setInputFiles({
		name: 'broken.json',
		mimeType: 'application/json',
		buffer: Buffer.from(text.slice(0, text.length / 2))
	});
	await expect(page.getByRole('alert')).toHaveText(
		'This file is not a Briefing progress export: it is not valid JSON. Nothing was changed.'
	);
	await page.getByLabel('Choose a Briefing progress file').setInputFiles({
		name: 'other.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"hello": "world"}')
	});
	await expect(page.getByRole('alert')).toHaveText(
		'This file is not a Briefing progress export. Nothing was changed.'
	);
	expect(await storedProgress(page)).toEqual(before);

	await page.evaluate(() => localStorage.clear());
	await page.reload();
	await expect(page.getByText('Nothing studied yet')).toBeVisible();
	await expect(page.locator('table.scores')).toHaveCount(0);

	await page.getByLabel('Choose a Briefing progress file').setInputFiles({
		name: file.suggestedFilename(),
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
	await expect(page.locator('.changes')).toContainText('2 quiz attempts and 1 review rating added');
	// People read the module's title, not its internal name.
	await expect(page.locator('.changes')).toContainText(
		'The London summit on organised immigration crime: 2 quiz attempts'
	);
	await expect(page.locator('.changes')).not.toContainText(`${MODULE}:`);
	await page.getByRole('button', { name: 'Merge the file' }).click();
	await expect(page.locator('.import-done')).toContainText('Import finished.');
	// The message says what the import did, as the preview did.
	await expect(page.locator('.import-done')).toContainText(
		'2 quiz attempts and 1 review rating added'
	);
	await expect(page.locator('table.scores tbody td').first()).toHaveText('100%');
	expect(await storedProgress(page)).toEqual(before);
	await page.reload();
	expect(await storedProgress(page)).toEqual(before);
});

test('replacing asks first, says what is removed, and keeps everything when declined', async ({
	page
}) => {
	test.setTimeout(90_000);
	await study(page);
	await page.goto(PAGE_TYPES.progress);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export all progress as a file' }).click();
	const exported = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
	const slug = Object.keys(exported.modules)[0];
	// An older file: the first quiz only, no flashcard ratings.
	const progress = exported.modules[slug].progress;
	progress.modules[slug].attempts = progress.modules[slug].attempts.slice(0, 1);
	const older = { ...exported, modules: { [slug]: { progress } } };
	const before = await storedProgress(page);

	const choose = () =>
		page.getByLabel('Choose a Briefing progress file').setInputFiles({
			name: 'older.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(older))
		});
	await choose();
	await page.getByRole('radio', { name: /^Replace:/ }).check();
	await expect(page.locator('.changes')).toContainText(
		'1 quiz attempt and 1 review rating here are removed'
	);
	page.once('dialog', (d) => d.dismiss());
	await page.getByRole('button', { name: 'Replace with the file' }).click();
	expect(await storedProgress(page)).toEqual(before);

	page.once('dialog', (d) => d.accept());
	await page.getByRole('button', { name: 'Replace with the file' }).click();
	await expect(page.locator('.import-done')).toContainText('Import finished.');
	await expect(page.locator('table.scores tbody td')).toHaveText(['50%', '50%', '1']);
});

test('the dashboard fetches only the modules studied, and says so when one is gone or cannot be had', async ({
	page
}) => {
	const asked: string[] = [];
	page.on('request', (r) => {
		if (r.url().endsWith('/progress.json')) asked.push(new URL(r.url()).pathname);
	});
	await page.goto(PAGE_TYPES.progress);
	await expect(page.getByText('Nothing studied yet')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Choose a module' })).toHaveAttribute('href', '/');
	expect(asked).toEqual([]);

	// Studied: this site's module, and one the site has since removed.
	const bank = await fetchBank(page);
	await storeAttempt(page, bank.slice(0, 2), 'practice');
	await page.evaluate(() => {
		const slug = 'a-module-since-removed';
		const attempt = { id: 'x', module: slug, mode: 'practice', length: 'all', seed: 's' };
		const started = {
			...attempt,
			items: ['q1'],
			orders: {},
			startedAt: 1,
			updatedAt: 1,
			answers: {}
		};
		localStorage.setItem(
			`briefing:v1:progress:${slug}`,
			JSON.stringify({
				version: 2,
				modules: { [slug]: { attempts: [], inProgress: started } },
				questions: {}
			})
		);
	});
	await page.reload();
	const scores = page.locator('table.scores tbody tr');
	await expect(scores).toHaveCount(1);
	await expect(scores.first()).toContainText('The London summit on organised immigration crime');
	await expect(page.getByText('One module you studied is no longer on this site.')).toBeVisible();
	expect(asked.sort()).toEqual(
		[`/modules/${MODULE}/progress.json`, '/modules/a-module-since-removed/progress.json'].sort()
	);

	// A file that cannot be had (offline before the site was kept): said, and nothing is lost.
	await page.route('**/progress.json', (route) => route.abort('internetdisconnected'));
	await page.reload();
	await expect(page.getByText('2 modules you studied could not be loaded')).toBeVisible();
	await expect(page.locator('table.scores')).toHaveCount(0);
	await page.unroute('**/progress.json');
	await page.reload();
	await expect(scores).toHaveCount(1);
});
