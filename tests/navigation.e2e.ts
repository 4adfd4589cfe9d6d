import { expect, test } from '@playwright/test';
import { MODULE } from './helpers.ts';

test('a reader goes from the catalogue through every section in order and back', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Learn from the news');
	const card = page
		.getByRole('link', { name: /London summit on organised immigration crime/i })
		.first();
	await card.click();
	await expect(page).toHaveURL(new RegExp(`/modules/${MODULE}$`));

	const sectionLinks = page.getByRole('region', { name: 'Sections' }).getByRole('link');
	const titles = await sectionLinks.allTextContents();
	expect(titles.length).toBeGreaterThanOrEqual(5);

	await page.getByRole('link', { name: /^Start reading/ }).click();
	for (const [i, title] of titles.entries()) {
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
		await expect(page.getByText(`Section ${i + 1} of ${titles.length}`)).toBeVisible();
		// Real prose, not an empty shell.
		const words = (await page.locator('.body').innerText()).split(/\s+/).length;
		expect(words).toBeGreaterThan(150);
		await expect(page.getByRole('heading', { name: 'For discussion' })).toBeVisible();
		if (i < titles.length - 1) await page.getByRole('link', { name: /^Next/ }).click();
	}
	for (let i = titles.length - 2; i >= 0; i--) {
		await page.getByRole('link', { name: /^Previous/ }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles[i]);
	}
	await page.getByRole('link', { name: /Module overview/ }).click();
	await expect(page).toHaveURL(new RegExp(`/modules/${MODULE}$`));
});

test('the table of contents links to anchors that exist on the page', async ({ page }) => {
	await page.goto(`/modules/${MODULE}/the-problem-in-numbers`);
	const toc = page.getByRole('navigation', { name: 'On this page' });
	const hrefs = await toc
		.getByRole('link')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
	expect(hrefs.length).toBeGreaterThan(2);
	for (const href of hrefs) {
		expect(href).toMatch(/^#/);
		await expect(page.locator(href)).toHaveCount(1);
	}
	await toc.getByRole('link').first().click();
	await expect(page).toHaveURL(new RegExp(`${hrefs[0]}$`));
});

test('the module page cites its source and lists objectives', async ({ page }) => {
	await page.goto(`/modules/${MODULE}`);
	const source = page.getByRole('region', { name: 'Source' });
	// The supplied text has no headline or publisher: the page says so rather than inventing them.
	await expect(source.locator('cite')).toHaveCount(0);
	await expect(source.getByRole('definition')).toHaveText([
		'No headline: the text supplied to the project has none, so none is given here.',
		'Not named in the text supplied to the project',
		'2025'
	]);
	const objectives = page
		.getByRole('region', { name: 'What you will learn' })
		.getByRole('listitem');
	expect(await objectives.count()).toBeGreaterThanOrEqual(3);
});

test('the tag filter narrows the catalogue and marks the current tag', async ({ page }) => {
	await page.goto('/');
	const filter = page.getByRole('navigation', { name: 'Filter by tag' });
	await filter.getByRole('link', { name: 'Migration', exact: true }).click();
	await expect(page).toHaveURL(/\/tags\/migration$/);
	await expect(
		page.getByRole('navigation', { name: 'Filter by tag' }).getByRole('link', { name: 'Migration' })
	).toHaveAttribute('aria-current', 'page');
	await expect(page.getByRole('status')).toHaveText('1 module tagged “Migration”');
});

test('an unknown address shows the not-found page with a way back', async ({ page }) => {
	const response = await page.goto('/modules/no-such-module');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await page.getByRole('link', { name: 'See all modules' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Learn from the news');
});

test('tags read as words, not as the internal names in their addresses', async ({ page }) => {
	await page.goto('/');
	const tags = page.getByRole('navigation', { name: 'Filter by tag' }).getByRole('link');
	const names = (await tags.allTextContents()).map((t) => t.trim());
	expect(names.length).toBeGreaterThan(2);
	for (const name of names) expect(name).not.toMatch(/-/);
	const slugs = (await tags.evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? '')))
		.map((href) => href.split('/tags/')[1])
		.filter((slug): slug is string => !!slug && slug.includes('-'));
	expect(slugs.length).toBeGreaterThan(0);
	const cardTags = page.getByRole('article').first().getByRole('list', { name: 'Tags' });
	for (const text of await cardTags.getByRole('link').allTextContents())
		expect(text).not.toMatch(/-/);
});

test('the home page says what Briefing is in a sentence and shows modules as cards with level, reading time and progress', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.locator('main p.prose').first()).toHaveText(
		/^Briefing turns news articles into short lessons and quizzes/
	);
	const card = page.locator('main article.card').first();
	await expect(card.getByRole('heading', { name: /London summit/ })).toBeVisible();
	await expect(card.locator('.meta').first()).toHaveText(
		/^(Introductory|Intermediate|Advanced) · \d+ minutes? reading · \d+ sections/
	);
	await expect(card.locator('.progress-summary')).toContainText('Your progress');
});

test('forms share one width, from the design tokens', async ({ page }) => {
	const widths: string[] = [];
	for (const [path, selector] of [
		[`/teach/${MODULE}`, '#builder-root .fields'],
		['/teach/gradebook', '#gradebook-root .row']
	] as const) {
		await page.goto(path);
		const box = page.locator(selector).first();
		await expect(box).toBeAttached();
		widths.push(await box.evaluate((el) => getComputedStyle(el).maxWidth));
	}
	const rem = await page.evaluate(() =>
		parseFloat(getComputedStyle(document.documentElement).fontSize)
	);
	expect(widths).toEqual(Array(widths.length).fill(`${30 * rem}px`));
});
