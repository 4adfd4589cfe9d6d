import { expect, test, type Page } from '@playwright/test';
import { MODULE } from './helpers.ts';

const LESSON = `/modules/${MODULE}/the-summit`;

interface CheckItem {
	id: string;
	type: string;
	answer: string | string[];
	options?: { id: string; text: string }[];
}

/** The section's check questions as the page embeds them for its island. */
async function checkData(page: Page): Promise<{ items: CheckItem[] }> {
	return JSON.parse((await page.locator('#check-data').textContent()) ?? '{}');
}

test('each section ends with two or three check questions, usable before their script arrives', async ({
	page
}) => {
	// Hold the island back until the learner has answered the first question in the prerendered copy.
	let release: () => void = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_islands/check.js', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto(LESSON);
	const region = page.getByRole('region', { name: 'Check your understanding' });
	const { items } = await checkData(page);
	expect(items.length).toBeGreaterThanOrEqual(2);
	expect(items.length).toBeLessThanOrEqual(3);
	const first = items[0];
	expect(first.type).toBe('single');
	const right = first.options?.find((o) => o.id === first.answer);
	const form = region.getByRole('form', { name: `Question 1 of ${items.length}` });
	await form.getByRole('radio', { name: right?.text }).check();

	// Checking before the script is there does not reload the page or lose the answer.
	await form.getByRole('button', { name: 'Check answer' }).click();
	await expect(form.getByRole('radio', { name: right?.text })).toBeChecked();
	release();
	await expect(page.locator('#check-root[data-ready]')).toBeAttached();
	await expect(form.getByRole('radio', { name: right?.text })).toBeChecked();
	await form.getByRole('button', { name: 'Check answer' }).click();
	await expect(form.getByText('Correct')).toBeVisible();

	// Recorded like a review answer: the question's card has a "good" rating.
	const stored = await page.evaluate(
		(key) => localStorage.getItem(key),
		`briefing:v1:review:${MODULE}`
	);
	expect(stored).toContain(first.id);
	expect(stored).toContain('good');

	// The progress dashboard counts it in the section's mastery.
	await page.goto('/progress');
	const mastery = page.getByRole('table', { name: /Mastery per section/ });
	await expect(mastery.getByRole('row', { name: /The summit/ })).toContainText(/1 of \d+/);
});

test('a wrong answer is marked at once with the right one, by keyboard alone', async ({ page }) => {
	await page.goto(LESSON);
	const { items } = await checkData(page);
	const first = items[0];
	const wrong = first.options?.find((o) => o.id !== first.answer);
	const form = page.getByRole('form', { name: `Question 1 of ${items.length}` });
	const radio = form.getByRole('radio', { name: wrong?.text });
	await radio.focus();
	await page.keyboard.press('Space');
	await expect(page.locator('#check-root[data-ready]')).toBeAttached();
	await expect(form.getByRole('radio', { name: wrong?.text })).toBeChecked();
	await form.getByRole('button', { name: 'Check answer' }).focus();
	await page.keyboard.press('Enter');
	await expect(form.getByText(/^Answer:/)).toBeVisible();
	await expect(form.getByRole('radio', { name: wrong?.text })).toBeDisabled();
	const stored = await page.evaluate(
		(key) => localStorage.getItem(key),
		`briefing:v1:review:${MODULE}`
	);
	expect(stored).toContain('again');
});

test('the easier level asks the same questions', async ({ page }) => {
	await page.goto(LESSON);
	const standard = (await checkData(page)).items.map((i) => i.id);
	await page.goto(`/modules/${MODULE}/easier/the-summit`);
	expect((await checkData(page)).items.map((i) => i.id)).toEqual(standard);
});
