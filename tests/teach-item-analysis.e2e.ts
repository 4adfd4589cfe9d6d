import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import type { Item, SingleItem } from '../src/lib/questions/types.ts';
import type { Response } from '../src/lib/quiz/grade.ts';
import { assignmentItems, decodeAssignment } from '../src/lib/teach/assignment.ts';
import { encodeResult } from '../src/lib/teach/result.ts';
import { parseCsv } from '../src/lib/testing/csv.ts';
import { MODULE, expectNoAxeViolations } from './helpers.ts';
import { answerByKeyboard, fetchBank, submitByKeyboard } from './quiz-helpers.ts';
import { islandReady, rightAnswer } from './teach-helpers.ts';

const TITLE = 'Year 9: which questions work';
const ARGUABLE = 'arguable key? the strongest students chose another option';

/** The teacher makes a seeded draw of six (a single-choice question first, a blank second), in test mode. */
async function makeAssignment(page: Page): Promise<string> {
	await page.goto(`/teach/${MODULE}`);
	await islandReady(page);
	await page.getByLabel('Title for the class').fill(TITLE);
	await page.getByLabel('A draw: the same questions for everyone').check();
	await page.getByLabel('How many').fill('6');
	await page.getByLabel(/Draw code/).fill('e2e-items');
	await page.getByLabel('Test: marked at the end').check();
	await page.getByRole('button', { name: 'Make the share link' }).click();
	return page.getByLabel('Share link', { exact: true }).inputValue();
}

/** A student takes the assignment in the browser, every answer right, by keyboard; returns the code. */
async function takeInBrowser(page: Page, link: string, bank: Item[]): Promise<string> {
	await page.goto(link);
	await islandReady(page);
	await page.getByLabel('Your name, as your teacher knows you').fill('Browser Student');
	await page.getByRole('button', { name: 'Start the assignment' }).click();
	await expect(page.getByRole('heading', { name: 'Question 1 of 6' })).toBeFocused();
	const ids = await page.evaluate(() => {
		const key = Object.keys(localStorage).find((k) => k.startsWith('briefing:v1:assignment:'));
		const stored = JSON.parse(localStorage.getItem(key ?? '') ?? 'null') as {
			attempts: { attempt: { items: string[] } }[];
		} | null;
		return stored?.attempts[0].attempt.items ?? [];
	});
	expect(ids).toHaveLength(6);
	const byId = new Map(bank.map((i) => [i.id, i]));
	for (const [i, id] of ids.entries()) {
		await expect(page.getByRole('heading', { name: `Question ${i + 1} of 6` })).toBeVisible();
		await answerByKeyboard(page, byId.get(id) as Item);
		await submitByKeyboard(page, i === ids.length - 1 ? /Finish/ : /Next/);
	}
	await expect(page.getByRole('heading', { name: 'Your result' })).toBeFocused();
	return page.getByLabel(/Your result code/).inputValue();
}

test('item analysis: twelve results, a planted arguable key flagged, sorted by keyboard, in the CSV and the author’s file', async ({
	browser
}) => {
	test.setTimeout(300_000);
	const teacher = await (await browser.newContext()).newPage();
	const student = await (await browser.newContext()).newPage();
	const link = await makeAssignment(teacher);
	const bank = await fetchBank(teacher);
	const decoded = decodeAssignment(link, bank);
	if (!decoded.ok) throw new Error(decoded.error);
	const items = assignmentItems(decoded.assignment, bank);
	const planted = items[0] as SingleItem;
	expect(planted.type).toBe('single');
	expect(planted.options.length).toBeGreaterThanOrEqual(3);
	const lure = planted.options.find((o) => o.id !== planted.answer)?.id as string;
	const others = items.slice(1);

	const browserCode = await takeInBrowser(student, link, bank);

	// Eleven more: three as strong as the browser student who all chose the same wrong option on the planted
	// question, and eight weaker ones who chose its key; everyone gets the second question right.
	const codes = Array.from({ length: 11 }, (_, s) => {
		const strong = s < 3;
		const right = strong ? others.length : 1 + (s % (others.length - 1));
		const answers: Record<string, Response> = {
			[planted.id]: { kind: 'choice', selected: [strong ? lure : planted.answer] }
		};
		others.slice(0, right).forEach((item) => (answers[item.id] = rightAnswer(item)));
		return encodeResult(
			{
				version: 1,
				assignment: decoded.id,
				module: MODULE,
				name: `Student ${String(s + 1).padStart(2, '0')}`,
				startedAt: Date.UTC(2026, 11, 1, 9, s),
				finishedAt: Date.UTC(2026, 11, 1, 9, 20 + s),
				answers,
				claimed: 0
			},
			decoded.assignment,
			bank
		);
	});

	await teacher.getByRole('link', { name: 'Open the gradebook for this assignment' }).click();
	await islandReady(teacher);
	const paste = async (text: string) => {
		await teacher.getByLabel(/Paste result codes/).fill(text);
		await teacher.getByRole('button', { name: 'Add to the gradebook' }).click();
	};

	// One student: counts, no flags, and the page says why.
	await paste(browserCode);
	await expect(teacher.getByRole('row', { name: /Browser Student/ })).toContainText('100%');
	const table = teacher.getByRole('table', { name: /^Each question of/ });
	await expect(table).toHaveAccessibleName(/marks earned of the students who saw it/);
	await expect(teacher.getByText(/With fewer than 10 students \(1 so far\)/)).toBeVisible();
	await expect(table.locator('tbody tr')).toHaveCount(6);
	await expect(table.locator('tbody tr').first()).toContainText('1 of 1');
	await expect(table.getByText(ARGUABLE)).toHaveCount(0);
	await expect(teacher.getByRole('button', { name: /Save the flagged questions/ })).toHaveCount(0);

	await paste(codes.join('\n'));
	await expect(teacher.locator('.report li')).toHaveCount(11);
	await expect(teacher.getByRole('heading', { name: 'Class results (12)' })).toBeVisible();
	await expect(table).toHaveAccessibleName(/facility, discrimination and flags/);
	await expect(teacher.getByText(/With fewer than 10 students/)).toHaveCount(0);
	const rowOf = (n: number) =>
		table
			.getByRole('row')
			.filter({ has: teacher.getByRole('rowheader', { name: new RegExp(`^Q${n} `) }) });
	// The planted question: 9 of 12 chose the key, but the four strongest split 3 to 1 for the lure.
	const plantedRow = rowOf(1);
	await expect(plantedRow).toContainText(ARGUABLE);
	await expect(plantedRow).toContainText('no one chose this option');
	await expect(plantedRow.getByRole('cell').nth(0)).toHaveText('75%');
	await expect(plantedRow.getByRole('cell').nth(1)).toHaveText(/^−0\.\d\d$/);
	await expect(plantedRow.getByRole('cell').nth(2)).toHaveText('12');
	await expect(rowOf(2)).toContainText('everyone got it right');
	await expect(rowOf(2).getByRole('cell').nth(1)).toHaveText('—');
	await expect(table.getByText(ARGUABLE)).toHaveCount(1);
	// The options chosen, the key marked in words.
	const options = teacher.getByRole('list', { name: new RegExp(`^Q1 `) });
	await expect(options.getByRole('listitem')).toHaveCount(planted.options.length);
	await expect(options.getByRole('listitem').filter({ hasText: 'Key:' })).toContainText(
		'9 of 12 (75%)'
	);
	await expect(options.getByRole('listitem').filter({ hasText: '3 of 12' })).toContainText(
		'3 of the 4 strongest students chose it'
	);

	// Sorting by keyboard: aria-sort on the sorted header, announced in words.
	const facilityHeader = table.getByRole('columnheader', { name: /Facility/ });
	await expect(facilityHeader).not.toHaveAttribute('aria-sort');
	await facilityHeader.getByRole('button').focus();
	await teacher.keyboard.press('Enter');
	await expect(facilityHeader).toHaveAttribute('aria-sort', 'ascending');
	await expect(
		teacher.getByRole('status').filter({ hasText: 'Sorted by facility, lowest first.' })
	).toBeAttached();
	const shares = async () =>
		(await table.locator('tbody tr td:nth-child(2)').allTextContents()).map((t) =>
			Number(t.replace(/\D/g, ''))
		);
	const ascending = await shares();
	expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
	await teacher.keyboard.press('Space');
	await expect(facilityHeader).toHaveAttribute('aria-sort', 'descending');
	expect(await shares()).toEqual([...ascending].reverse());
	await expect(table.getByRole('columnheader', { name: /Question/ })).not.toHaveAttribute(
		'aria-sort'
	);
	await expectNoAxeViolations(teacher);
	await teacher.emulateMedia({ colorScheme: 'dark' });
	await expectNoAxeViolations(teacher);

	// The CSV: the students, then the analysis under the question columns.
	const [csvDownload] = await Promise.all([
		teacher.waitForEvent('download'),
		teacher.getByRole('button', { name: 'Download the table as CSV' }).click()
	]);
	const rows = parseCsv(await readFile((await csvDownload.path()) as string, 'utf8'));
	const row = (label: string) => rows.find((r) => r[0] === label) ?? [];
	expect(rows.slice(2, 14).map((r) => r[0])).toContain('Browser Student');
	expect(row('Students who saw it').slice(6)).toEqual(Array(6).fill('12'));
	expect(row('Facility (share of credit)')[6]).toBe('0.75');
	expect(row('Discrimination (item-rest correlation)')[6]).toMatch(/^−0\.\d\d$/);
	expect(row('Discrimination (item-rest correlation)')[7]).toBe('');
	expect(row('Flags')[6]).toContain(ARGUABLE);
	expect(row('Flags')[7]).toBe('everyone got it right');

	// The author's file, and the review sheet that reads it.
	const [statsDownload] = await Promise.all([
		teacher.waitForEvent('download'),
		teacher.getByRole('button', { name: 'Save the flagged questions for the author' }).click()
	]);
	expect(statsDownload.suggestedFilename()).toBe(`item-stats-${decoded.id}.json`);
	const statsPath = (await statsDownload.path()) as string;
	const stats = JSON.parse(await readFile(statsPath, 'utf8')) as {
		module: string;
		students: number;
		items: { id: string; flags: string[]; facility: number }[];
	};
	expect([stats.module, stats.students]).toEqual([MODULE, 12]);
	expect(stats.items.find((i) => i.id === planted.id)).toMatchObject({
		flags: ['arguable-key', 'unchosen-option'],
		facility: 0.75
	});
	const sheet = spawnSync(
		'npx',
		['tsx', 'scripts/cli/questions.ts', 'review', MODULE, '--stats', statsPath],
		{ encoding: 'utf8' }
	);
	expect(sheet.status, sheet.stderr).toBe(0);
	const block = sheet.stdout.slice(sheet.stdout.indexOf(`### ${planted.id} `));
	expect(block.slice(0, block.indexOf('**Explanation:**'))).toMatch(
		new RegExp(
			`\\*\\*Class figures\\*\\* \\(“${TITLE}”, 12 students\\): Q1, seen by 12 of 12: facility 75%`
		)
	);
	expect(block.slice(0, block.indexOf('**Explanation:**'))).toContain(
		`**Flagged by the class:** ${ARGUABLE}`
	);

	// Narrow phones: the table scrolls inside its labelled region, the page does not.
	for (const width of [320, 390]) {
		await teacher.setViewportSize({ width, height: 800 });
		const { scroll, inner } = await teacher.evaluate(() => ({
			scroll: document.documentElement.scrollWidth,
			inner: window.innerWidth
		}));
		expect(scroll, `the gradebook at ${width} px`).toBeLessThanOrEqual(inner);
	}
	await expect(teacher.getByRole('region', { name: /^Each question of/ })).toBeVisible();
});
