import { expect, test } from '@playwright/test';
import { MODULE } from './helpers.ts';

const standard = (section: string) => `/modules/${MODULE}/${section}`;
const easier = (section: string) => `/modules/${MODULE}/easier/${section}`;

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a section links to its other level by name, and the easier level keeps to itself', async ({
		page
	}) => {
		await page.goto(standard('the-summit'));
		const levels = page.getByRole('navigation', { name: 'Reading level' });
		await expect(levels.getByRole('link', { name: 'Standard' })).toHaveAttribute(
			'aria-current',
			'page'
		);
		await levels.getByRole('link', { name: 'Easier' }).click();
		await expect(page).toHaveURL(new RegExp(`${easier('the-summit')}$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('The summit');
		await expect(
			page.getByRole('navigation', { name: 'Reading level' }).getByRole('link', { name: 'Easier' })
		).toHaveAttribute('aria-current', 'page');
		// Next, the contents and in-text links stay at the easier level.
		await page.getByRole('link', { name: /^Next/ }).click();
		await expect(page).toHaveURL(new RegExp(`${easier('the-problem-in-numbers')}$`));
		await page.locator('.body').getByRole('link', { name: 'responses and debate' }).click();
		await expect(page).toHaveURL(new RegExp(`${easier('responses-and-debate')}$`));
		// The settings panel and the offer need the script, so they stay out of the way without it.
		await expect(page.getByText('Reading settings')).toBeHidden();
		await expect(page.getByText(/You chose the/)).toBeHidden();
	});
});

test('the chosen level is remembered and offered on the next section read at the other level', async ({
	page
}) => {
	await page.goto(standard('the-summit'));
	await expect(page.getByText(/You chose the/)).toBeHidden();
	await page
		.getByRole('navigation', { name: 'Reading level' })
		.getByRole('link', { name: 'Easier' })
		.click();
	await expect(page).toHaveURL(new RegExp(`${easier('the-summit')}$`));

	// A later visit that lands on a standard page (from the module overview, say) offers the easier one.
	await page.goto(standard('who-is-involved'));
	const offer = page.getByRole('link', { name: 'Read this section at the Easier level' });
	await expect(offer).toBeVisible();
	await offer.click();
	await expect(page).toHaveURL(new RegExp(`${easier('who-is-involved')}$`));

	// Choosing Standard again is remembered too.
	await page
		.getByRole('navigation', { name: 'Reading level' })
		.getByRole('link', { name: 'Standard' })
		.click();
	await page.goto(easier('timeline'));
	await expect(
		page.getByRole('link', { name: 'Read this section at the Standard level' })
	).toBeVisible();
	await page.goto(standard('timeline'));
	await expect(page.getByText(/You chose the/)).toBeHidden();
});

test('the module overview shows each level’s words, reading time and measured grade', async ({
	page
}) => {
	await page.goto(`/modules/${MODULE}`);
	const levels = page.getByRole('region', { name: 'Reading levels' }).getByRole('listitem');
	await expect(levels).toHaveCount(2);
	const figures = async (i: number) => {
		const text = ((await levels.nth(i).textContent()) ?? '').replace(/\s+/g, ' ');
		const m = /^\s*(\w+):\s*([\d,]+) words, (\d+) minutes reading, grade level (-?[\d.]+)\s*$/.exec(
			text
		);
		expect(m, text).not.toBeNull();
		const [, name, words, minutes, grade] = m ?? [];
		return {
			name,
			words: Number(words.replace(/,/g, '')),
			minutes: Number(minutes),
			grade: Number(grade)
		};
	};
	const standardLevel = await figures(0);
	const easierLevel = await figures(1);
	expect(standardLevel.name).toBe('Standard');
	expect(easierLevel.name).toBe('Easier');
	expect(standardLevel.words).toBeGreaterThan(2000);
	expect(easierLevel.words).toBeGreaterThan(1500);
	expect(easierLevel.minutes).toBeGreaterThan(0);
	expect(easierLevel.grade).toBeLessThanOrEqual(6);
	expect(standardLevel.grade).toBeGreaterThan(easierLevel.grade);
	await levels.nth(1).getByRole('link', { name: 'Easier' }).click();
	await expect(page).toHaveURL(new RegExp(`${easier('the-summit')}$`));
});
