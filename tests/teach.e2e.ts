import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import type { Item } from '../src/lib/questions/types.ts';
import { assignmentItems, decodeAssignment } from '../src/lib/teach/assignment.ts';
import { encodeResult, encodeResultFile } from '../src/lib/teach/result.ts';
import { MODULE, expectNoAxeViolations } from './helpers.ts';
import { answerByKeyboard, fetchBank, goOnUnanswered, submitByKeyboard } from './quiz-helpers.ts';
import { islandReady, rightAnswer } from './teach-helpers.ts';

const BUILDER = `/teach/${MODULE}`;
const NAME = 'Ada <img src=x onerror="window.__pwned=1"> Lovelace';
const TITLE = 'Year 10B <script>window.__pwned=1</script> summit';

/** The assignment's questions, in the order the worksheet numbers them. */
function assignmentQuestions(link: string, bank: Item[]): Item[] {
	const decoded = decodeAssignment(link, bank);
	if (!decoded.ok) throw new Error(decoded.error);
	return assignmentItems(decoded.assignment, bank);
}

/** The teacher fills in the builder and makes a link: a seeded draw of five, test mode, one attempt. */
async function makeAssignment(page: Page, due = '2020-01-31'): Promise<string> {
	await page.goto('/teach');
	await page
		.getByRole('link', { name: /Organised immigration crime/i })
		.first()
		.click();
	await expect(page).toHaveURL(new RegExp(`${BUILDER}$`));
	await islandReady(page);
	await page.getByLabel('Title for the class').fill(TITLE);
	await page.getByLabel('A draw: the same questions for everyone').check();
	await page.getByLabel('How many').fill('5');
	await page.getByLabel(/Draw code/).fill('e2e-draw');
	await page.getByLabel('Test: marked at the end').check();
	await page.getByLabel(/Attempts allowed/).fill('1');
	await page.getByLabel('Pass mark (%)').fill('60');
	await page.getByLabel(/Due date/).fill(due);
	// A date already past is allowed (work is marked late), but the teacher is told.
	await expect(page.getByText('This date has passed')).toHaveCount(due < '2026-01-01' ? 1 : 0);
	await page.getByRole('button', { name: 'Make the share link' }).click();
	await expect(page.getByRole('heading', { name: '3. Share with your class' })).toBeFocused();
	await expect(
		page
			.locator('.output')
			.getByText('5 questions, test (marked at the end), 1 attempt, pass mark 60%')
	).toBeVisible();
	await expect(page.getByRole('img', { name: /QR code of the share link/ })).toBeVisible();
	const link = await page.getByLabel('Share link', { exact: true }).inputValue();
	expect(link).toMatch(new RegExp(`/modules/${MODULE}/assignment#a=BA1\\.[A-Za-z0-9_-]+$`));
	return link;
}

/** The student's attempt, answered by keyboard: the first question wrong on purpose, the rest right. */
async function doAssignment(page: Page, link: string, bank: Item[]) {
	await page.goto(link);
	await islandReady(page);
	await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
	await expect(page.getByText('Test: your answers are marked at the end')).toBeVisible();
	await expect(page.getByText('The due date has passed')).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByLabel('Your name, as your teacher knows you').fill(NAME);
	await page.getByRole('button', { name: 'Start the assignment' }).click();
	await expect(page.getByRole('heading', { name: 'Question 1 of 5' })).toBeFocused();
	const stored = await page.evaluate(() => {
		const key = Object.keys(localStorage).find((k) => k.startsWith('briefing:v1:assignment:'));
		return key
			? (JSON.parse(localStorage.getItem(key) as string) as {
					attempts: { attempt: { items: string[] } }[];
				})
			: null;
	});
	const ids = stored?.attempts[0].attempt.items ?? [];
	expect(ids).toHaveLength(5);
	const byId = new Map(bank.map((i) => [i.id, i]));
	for (const [i, id] of ids.entries()) {
		await expect(page.getByRole('heading', { name: `Question ${i + 1} of 5` })).toBeVisible();
		const item = byId.get(id) as Item;
		if (i === 0) {
			// A wrong or empty answer: leave it blank.
		} else {
			await answerByKeyboard(page, item);
		}
		await submitByKeyboard(page, i === ids.length - 1 ? /Finish/ : /Next/);
		// The first question is left blank on purpose: past the warning about it, then on finishing.
		if (i === 0) await goOnUnanswered(page, 'Question 2 of 5');
	}
	await goOnUnanswered(page, 'Your result');
	await expect(page.getByRole('heading', { name: 'Your result' })).toBeFocused();
	await expect(page.getByText('80%').first()).toBeVisible();
	await expect(page.getByText('Handed in late')).toBeVisible();
	// A test with no attempts left shows the answers.
	const code = await page.getByLabel(/Your result code/).inputValue();
	expect(code).toMatch(/^BR1\.[A-Za-z0-9_-]+$/);
	await expectNoAxeViolations(page);
	return { code, ids };
}

test('teacher to student to gradebook: the result is re-graded, an edited code is refused, the CSV holds the class', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const teacher = await browser.newContext();
	const student = await browser.newContext();
	const t = await teacher.newPage();
	const s = await student.newPage();
	const link = await makeAssignment(t);
	const bank = await fetchBank(s);
	const { code } = await doAssignment(s, link, bank);
	expect(await s.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();

	// The result file carries the same work as the code.
	const [saved] = await Promise.all([
		s.waitForEvent('download'),
		s.getByRole('button', { name: 'Download the result file' }).click()
	]);
	expect(saved.suggestedFilename()).toBe(
		`briefing-result-${MODULE}-ada-img-src-x-onerror-window-pwned-1-lovelace.json`
	);
	const resultFile = await readFile((await saved.path()) as string, 'utf8');
	expect(JSON.parse(resultFile)).toMatchObject({
		format: 'briefing-result',
		result: { name: NAME }
	});
	// The name is remembered on the student's device for the next assignment.
	expect(await s.evaluate(() => localStorage.getItem('briefing:v1:student-name'))).toBe(NAME);
	// The student cannot start again: one attempt was allowed.
	await s.getByRole('button', { name: 'Back to the assignment' }).click();
	await expect(s.getByText('You have used all 1 attempt.')).toBeVisible();
	await expect(s.getByRole('button', { name: /Start/ })).toHaveCount(0);

	// Teacher: the builder saved the assignment, so the gradebook lists it.
	await t.goto('/teach/gradebook');
	await islandReady(t);
	await t.getByRole('button', { name: TITLE, exact: true }).click();
	await expect(t.getByRole('heading', { name: TITLE, level: 2 })).toBeFocused();
	// "Other gradebooks" are the others: the open one is not listed again.
	await expect(t.getByRole('heading', { name: 'Other gradebooks' })).toBeVisible();
	await expect(t.locator('.books').getByRole('button', { name: TITLE, exact: true })).toHaveCount(
		0
	);

	// A damaged copy (one character changed) and the real code, pasted together, then the code again.
	const at = code.length - 10;
	const edited = code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);
	await t.getByLabel(/Paste result codes/).fill(`${edited}\n${code}\n\n${code}`);
	await t.getByRole('button', { name: 'Add to the gradebook' }).click();
	const report = t.locator('.report li');
	await expect(report).toHaveCount(3);
	await expect(report.nth(0)).toContainText('Damaged');
	await expect(report.nth(1)).toContainText('Added');
	await expect(report.nth(1)).toContainText('80%');
	await expect(report.nth(2)).toContainText('Duplicate');

	const row = t.getByRole('row', { name: new RegExp('Ada') });
	await expect(row.getByRole('rowheader')).toHaveText(NAME);
	await expect(row).toContainText('80%');
	await expect(row).toContainText('Yes');
	await expect(row).toContainText('Late');
	await expect(t.locator('table img')).toHaveCount(0);
	await expect(t.getByRole('heading', { name: 'Questions most often missed' })).toBeVisible();
	await expect(t.locator('.missed li')).toHaveCount(1);
	await expect(t.locator('.missed li')).toContainText('missed by 1 of 1');
	// What to teach again: the class per reading skill and per lesson section, from the student's marks.
	const skills = t.getByRole('table', { name: 'By reading skill' });
	const sections = t.getByRole('table', { name: 'By lesson section' });
	await expect(skills.getByRole('row')).not.toHaveCount(0);
	await expect(sections.getByRole('row')).not.toHaveCount(0);
	const asked = assignmentQuestions(link, bank);
	const skillNames = new Set(asked.map((i) => i.skill));
	await expect(skills.locator('tbody tr')).toHaveCount(skillNames.size);
	await expect(sections.locator('tbody tr')).toHaveCount(new Set(asked.map((i) => i.section)).size);
	// One student, who missed one question: every group counts one student, and the groups without the
	// missed question show 100%.
	for (const cell of await skills.locator('tbody td:nth-child(3)').allTextContents())
		expect(cell).toMatch(/^[01] of 1$/);
	await expect(skills.locator('tbody tr', { hasText: '100%' })).toHaveCount(skillNames.size - 1);

	const [download] = await Promise.all([
		t.waitForEvent('download'),
		t.getByRole('button', { name: 'Download the table as CSV' }).click()
	]);
	const csv = await readFile((await download.path()) as string, 'utf8');
	const lines = csv.split('\r\n');
	// Question columns are numbered in the assignment's order; the row below names each question in words.
	expect(lines[0]).toBe('Name,Score %,Passed,Time taken (minutes),Late,Finished at,Q1,Q2,Q3,Q4,Q5');
	const stems = assignmentQuestions(link, bank).map((i) => i.stem);
	expect(lines[1].startsWith('Question,,,,,,')).toBe(true);
	for (const stem of stems) expect(lines[1]).toContain(stem.split('"')[0].slice(0, 30));
	expect(lines[1]).not.toMatch(/,q-|,hand-|,gen-/);
	expect(lines[2]).toContain(`"${NAME.replace(/"/g, '""')}",80,yes,`);
	expect(lines[2]).toContain(',yes,');
	expect(lines[2].split(',').slice(-5).sort()).toEqual(['0', '1', '1', '1', '1']);

	// The student's file is the same work as their code: a duplicate, not a second entry.
	await t.locator('input#files').setInputFiles({
		name: 'result.json',
		mimeType: 'application/json',
		buffer: Buffer.from(resultFile)
	});
	await expect(t.locator('.report li')).toHaveCount(1);
	await expect(t.locator('.report li')).toContainText('Duplicate');

	// Kept in the teacher's browser: a reload shows the same table.
	await t.reload();
	await expect(t.getByRole('row', { name: new RegExp('Ada') })).toContainText('80%');
	await teacher.close();
	await student.close();
});

test('an edited score changes nothing, result files can be dropped in, and the pages pass axe', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const context = await browser.newContext();
	const page = await context.newPage();
	const link = await makeAssignment(page, '2099-12-31');
	await expectNoAxeViolations(page);
	const bank = await fetchBank(page);
	const decoded = decodeAssignment(link, bank);
	if (!decoded.ok) throw new Error(decoded.error);
	const items = assignmentItems(decoded.assignment, bank);
	// A determined student: every answer left blank, the claimed score set to 100% and the checksum
	// recomputed with the public algorithm. The gradebook must still give 0%.
	const forged = encodeResult(
		{
			version: 1,
			assignment: decoded.id,
			module: MODULE,
			name: 'Mallory',
			startedAt: Date.UTC(2026, 10, 20, 9),
			finishedAt: Date.UTC(2026, 10, 20, 9, 12),
			answers: {},
			claimed: 100
		},
		decoded.assignment,
		bank
	);
	// An honest file from another student, with every answer right.
	const answers = Object.fromEntries(items.map((item) => [item.id, rightAnswer(item)]));
	const file = encodeResultFile({
		version: 1,
		assignment: decoded.id,
		module: MODULE,
		name: '=HYPERLINK("http://x")',
		startedAt: Date.UTC(2026, 10, 20, 9),
		finishedAt: Date.UTC(2026, 10, 20, 9, 7),
		answers,
		claimed: 100
	});

	await page.getByRole('link', { name: 'Open the gradebook for this assignment' }).click();
	await islandReady(page);
	await expect(page.getByRole('heading', { name: TITLE, level: 2 })).toBeVisible();
	// A second tab on the same gradebook follows what this one adds, without a reload.
	const otherTab = await context.newPage();
	await otherTab.goto(page.url());
	await islandReady(otherTab);
	await expect(otherTab.getByRole('heading', { name: TITLE, level: 2 })).toBeVisible();
	await page.getByLabel(/Paste result codes/).fill(forged);
	await page.getByRole('button', { name: 'Add to the gradebook' }).click();
	await expect(page.locator('.report li')).toContainText(
		'The code claimed 100%; the answers earn 0%'
	);
	const row = page.getByRole('row', { name: /Mallory/ });
	await expect(row).toContainText('0%');
	await expect(row).toContainText('(the code claimed 100%)');
	await expect(row).toContainText('No');
	await expect(row).toContainText('On time');
	await expect(otherTab.getByRole('row', { name: /Mallory/ })).toContainText('0%');
	// So does its list: an assignment made in a third tab shows there as a gradebook.
	const builder = await context.newPage();
	await builder.goto(BUILDER);
	await islandReady(builder);
	await builder.getByLabel('Title for the class').fill('Another class');
	await builder.getByRole('button', { name: 'Make the share link' }).click();
	await expect(builder.getByRole('heading', { name: '3. Share with your class' })).toBeFocused();
	await expect(otherTab.getByRole('button', { name: 'Another class', exact: true })).toBeVisible();
	await Promise.all([otherTab.close(), builder.close()]);

	await page.locator('input#files').setInputFiles([
		{ name: 'result.json', mimeType: 'application/json', buffer: Buffer.from(file) },
		{ name: 'junk.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"nope"}') }
	]);
	await expect(page.locator('.report li')).toHaveCount(2);
	await expect(page.locator('.report li').nth(0)).toContainText('Added');
	await expect(page.locator('.report li').nth(1)).not.toContainText('Added');
	await expect(page.getByRole('row', { name: /HYPERLINK/ })).toContainText('100%');
	// The same answers at the same times under another name: added, but flagged as a possible copy.
	await page.getByLabel(/Paste result codes/).fill(
		encodeResult(
			{
				version: 1,
				assignment: decoded.id,
				module: MODULE,
				name: 'Copycat',
				startedAt: Date.UTC(2026, 10, 20, 9),
				finishedAt: Date.UTC(2026, 10, 20, 9, 7),
				answers,
				claimed: 100
			},
			decoded.assignment,
			bank
		)
	);
	await page.getByRole('button', { name: 'Add to the gradebook' }).click();
	await expect(page.locator('.report li')).toContainText(
		'the same answers at the same times as =HYPERLINK'
	);
	const rowOf = (name: string) =>
		page
			.getByRole('row')
			.filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });
	await expect(rowOf('Copycat')).toContainText('Possible copy');
	await expect(rowOf('=HYPERLINK')).toContainText('Possible copy');
	await expectNoAxeViolations(page);
	await page.emulateMedia({ colorScheme: 'dark' });
	await expectNoAxeViolations(page);

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download the table as CSV' }).click()
	]);
	const csv = await readFile((await download.path()) as string, 'utf8');
	// A name that is a spreadsheet formula is neutralised with a leading apostrophe.
	expect(csv).toContain(`"'=HYPERLINK(""http://x"")",100,yes,`);

	// Deleting one result, with confirmation.
	page.once('dialog', (d) => void d.accept());
	await page.getByRole('button', { name: "Delete Mallory's result" }).click();
	await expect(page.getByRole('row', { name: /Mallory/ })).toHaveCount(0);
	await context.close();
});

test('the teacher previews the assignment as a student, and the preview keeps nothing', async ({
	page,
	context
}) => {
	test.setTimeout(60_000);
	await makeAssignment(page, '2099-12-31');
	const [preview] = await Promise.all([
		context.waitForEvent('page'),
		page.getByRole('link', { name: /Preview as a student/ }).click()
	]);
	await islandReady(preview);
	await expect(preview.getByText('Preview as a student.')).toBeVisible();
	await expect(preview.getByRole('heading', { name: TITLE })).toBeVisible();
	await preview.getByRole('button', { name: 'Start the assignment' }).click();
	await expect(preview.getByRole('heading', { name: 'Question 1 of 5' })).toBeFocused();
	const keys = await preview.evaluate(() => Object.keys(localStorage));
	expect(
		keys.filter((k) => k.startsWith('briefing:v1:assignment:') || k.endsWith('student-name'))
	).toEqual([]);
});

test('a damaged or foreign assignment link tells the student plainly', async ({ page }) => {
	await page.goto(`/modules/${MODULE}/assignment`);
	await expect(page.getByRole('alert')).toContainText('has no assignment in it');
	await page.goto(`/modules/${MODULE}/assignment#a=BA1.AAAAAAAAAAAAAAAA`);
	await expect(page.getByRole('alert')).toContainText(/damaged|not a Briefing assignment/);
	await expectNoAxeViolations(page);
});

test('changing the settings after making the link takes the old link away until it is made again', async ({
	page
}) => {
	test.setTimeout(60_000);
	const first = await makeAssignment(page, '2099-12-31');
	for (const change of [
		() => page.getByLabel('Pass mark (%)').fill('75'),
		() => page.getByLabel('Practice: feedback after each answer').check()
	]) {
		await change();
		await expect(page.getByLabel('Share link', { exact: true })).toHaveCount(0);
		await expect(page.getByRole('img', { name: /QR code of the share link/ })).toHaveCount(0);
		await expect(
			page.getByRole('status').filter({ hasText: 'The settings changed after the link was made' })
		).toBeVisible();
		await page.getByRole('button', { name: 'Make the share link' }).click();
		await expect(page.getByLabel('Share link', { exact: true })).not.toHaveValue(first);
	}
	await expect(
		page
			.locator('.output')
			.getByText('5 questions, practice (feedback after each answer), 1 attempt, pass mark 75%')
	).toBeVisible();
});

test('a resumed assignment leaves no stale status on its results', async ({ page }) => {
	test.setTimeout(60_000);
	const link = await makeAssignment(page, '2099-12-31');
	await page.goto(link);
	await islandReady(page);
	await page.getByLabel('Your name, as your teacher knows you').fill('Ada');
	await page.getByRole('button', { name: 'Start the assignment' }).click();
	await page.getByRole('button', { name: 'Next question' }).click();
	await goOnUnanswered(page, 'Question 2 of 5');
	await page.reload();
	await islandReady(page);
	await page.getByRole('button', { name: 'Continue the assignment' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Your work continues' })).toBeAttached();
	const at = Number(
		/Question (\d+) of 5/.exec(
			(await page.getByRole('heading', { name: /^Question \d+ of 5$/ }).textContent()) ?? ''
		)?.[1]
	);
	for (let i = at; i < 5; i++) {
		await page.getByRole('button', { name: 'Next question' }).click();
		await goOnUnanswered(page, `Question ${i + 1} of 5`);
	}
	await page.getByRole('button', { name: 'Finish and see results' }).click();
	await goOnUnanswered(page, 'Your result');
	await expect(page.getByRole('heading', { name: 'Your result' })).toBeFocused();
	await expect(page.getByRole('status').filter({ hasText: /continues at question/ })).toHaveCount(
		0
	);
});
