import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations, MODULE } from './helpers.ts';
import { download, itemOnScreen, packageFile, serveFiles, unzipText } from './exchange-helpers.ts';
import { answerByKeyboard, fetchBank } from './quiz-helpers.ts';
import type { Item } from '../src/lib/questions/types.ts';

// The SCORM packages run in a stand-in LMS: a host page where scorm-again (a real SCORM runtime) provides
// the API, and which opens the package's page as a popup, as many LMSs do.

const VERSIONS = [
	{
		name: 'SCORM 1.2',
		file: `${MODULE}-scorm12.zip`,
		lib: 'scorm12.min.js',
		global: 'Scorm12API',
		api: 'API'
	},
	{
		name: 'SCORM 2004',
		file: `${MODULE}-scorm2004.zip`,
		lib: 'scorm2004.min.js',
		global: 'Scorm2004API',
		api: 'API_1484_11'
	}
] as const;

type Version = (typeof VERSIONS)[number];

/** What the LMS side holds, read from scorm-again's data model. */
interface Held {
	status: string;
	raw: string;
	min: string;
	max: string;
	suspend: string;
	exit: string;
}

function hostPage(v: Version, saved: unknown): string {
	return `<!doctype html><html lang="en"><head><title>LMS</title><script src="lib.js"></script></head><body>
<script>
window.${v.api} = new ${v.global}({ autocommit: false, logLevel: 5 });
const saved = ${JSON.stringify(saved ?? null)};
if (saved) window.${v.api}.loadFromJSON(saved);
</script>
<button onclick="window.open('sco/index.html', 'sco')">Launch</button>
</body></html>`;
}

async function held(host: Page, v: Version): Promise<Held> {
	return host.evaluate(
		([api, version]) => {
			// eslint-disable-next-line @typescript-eslint/no-explicit-any
			const cmi = (window as any)[api].cmi;
			// exit is write-only for the SCO; the LMS's own copy of the data model still has it.
			const json = JSON.parse(JSON.stringify(cmi));
			return version === 'API'
				? {
						status: cmi.core.lesson_status,
						raw: cmi.core.score.raw,
						min: cmi.core.score.min,
						max: cmi.core.score.max,
						suspend: cmi.suspend_data,
						exit: json.core?.exit
					}
				: {
						status: `${cmi.completion_status}/${cmi.success_status}`,
						raw: cmi.score.raw,
						min: cmi.score.min,
						max: cmi.score.max,
						suspend: cmi.suspend_data,
						exit: json.exit
					};
		},
		[v.api, v.api] as const
	);
}

/** Opens the host page in a fresh context (fresh local storage) and launches the package from it. */
async function launch(
	browser: Browser,
	v: Version,
	files: Record<string, string>,
	saved?: unknown
) {
	const context = await browser.newContext();
	const requests: string[] = [];
	context.on('request', (r) => requests.push(r.url()));
	await serveFiles(context, '/__lms/', {
		'host.html': hostPage(v, saved),
		'lib.js': packageFile(`scorm-again/dist/${v.lib}`),
		...Object.fromEntries(Object.entries(files).map(([p, t]) => [`sco/${p}`, t]))
	});
	const host = await context.newPage();
	await host.goto('/__lms/host.html');
	const [sco] = await Promise.all([
		context.waitForEvent('page'),
		host.getByRole('button', { name: 'Launch' }).click()
	]);
	await expect(
		sco.getByRole('status').filter({ hasText: 'Connected to your learning platform' })
	).toBeVisible();
	return { context, host, sco, requests };
}

async function answerCurrent(
	sco: Page,
	bank: Item[],
	action: 'Check answer' | 'Next question' | 'Finish and see results'
) {
	const item = await itemOnScreen(sco, bank);
	// Keyboard use is proven on the site (quiz.e2e.ts); here only the LMS side matters.
	if (item.type === 'single' || item.type === 'truefalse' || item.type === 'whosaid') {
		await sco.locator(`form.panel input[type="radio"][value="${item.answer}"]`).check();
	} else if (item.type === 'multiple') {
		for (const id of item.answer) {
			await sco.locator(`form.panel input[type="checkbox"][value="${id}"]`).check();
		}
	} else {
		await answerByKeyboard(sco, item);
	}
	await sco.getByRole('button', { name: action }).click();
}

test('the SCORM packages hold a manifest at the root and one self-contained page', async ({
	page
}) => {
	for (const v of VERSIONS) {
		const files = unzipText(await download(page, v.file));
		expect(Object.keys(files).sort()).toEqual([
			'imsmanifest.xml',
			'index.html',
			'sco.js',
			'site.css'
		]);
		for (const href of files['imsmanifest.xml'].matchAll(/href="([^"]+)"/g)) {
			expect(Object.keys(files)).toContain(href[1]);
		}
		expect(files['imsmanifest.xml']).toContain(
			v.api === 'API'
				? '<schemaversion>1.2</schemaversion>'
				: '<schemaversion>2004 4th Edition</schemaversion>'
		);
		// Relative paths only: nothing the page loads or links to leaves the package, bar the article's source.
		const refs = [...files['index.html'].matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
		expect(refs.filter((r) => !/^(#|sco\.js$|site\.css$|https:)/.test(r))).toEqual([]);
	}
});

for (const v of VERSIONS) {
	test(`${v.name}: the LMS receives score, status and suspend data, and a relaunch resumes the attempt`, async ({
		browser,
		page
	}) => {
		test.setTimeout(90_000);
		const bank = await fetchBank(page);
		const files = unzipText(await download(page, v.file));

		const first = await launch(browser, v, files);
		await expect(first.sco.getByRole('heading', { name: 'Question 1 of 10' })).toBeVisible();
		expect((await held(first.host, v)).status).toMatch(/^incomplete/);
		for (const scheme of ['light', 'dark'] as const) {
			await first.sco.emulateMedia({ colorScheme: scheme });
			await expectNoAxeViolations(first.sco);
		}
		await answerCurrent(first.sco, bank, 'Check answer');
		await expect(first.sco.locator('.feedback')).toBeVisible();
		await first.sco.close({ runBeforeUnload: true });
		const suspended = await held(first.host, v);
		expect(suspended.suspend.length).toBeGreaterThan(10);
		expect(suspended.exit).toBe('suspend');
		expect(first.requests.every((u) => new URL(u).pathname.startsWith('/__lms/'))).toBe(true);
		await first.context.close();

		// A new browser: only the LMS remembers the attempt.
		const saved =
			v.api === 'API'
				? {
						core: { entry: 'resume', lesson_status: suspended.status },
						suspend_data: suspended.suspend
					}
				: { entry: 'resume', completion_status: 'incomplete', suspend_data: suspended.suspend };
		const second = await launch(browser, v, files, saved);
		await expect(second.sco.getByRole('heading', { name: 'Question 2 of 10' })).toBeVisible();
		await expect(second.sco.getByText('your quiz continues at question 2 of 10')).toBeAttached();
		for (let i = 2; i <= 10; i++) {
			await expect(second.sco.getByRole('heading', { name: `Question ${i} of 10` })).toBeVisible();
			await answerCurrent(second.sco, bank, 'Check answer');
			await second.sco
				.getByRole('button', { name: i === 10 ? 'Finish and see results' : 'Next question' })
				.click();
		}
		await expect(
			second.sco.getByRole('region', { name: 'Your result' }).locator('.score')
		).toContainText('100%');
		const done = await held(second.host, v);
		expect(done).toMatchObject({
			raw: '100',
			min: '0',
			max: '100',
			status: v.api === 'API' ? 'passed' : 'completed/passed'
		});
		expect(done.suspend.length).toBeGreaterThan(10);
		expect(second.requests.every((u) => new URL(u).pathname.startsWith('/__lms/'))).toBe(true);
		await second.context.close();
	});
}
