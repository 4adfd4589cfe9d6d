import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { MODULE } from './helpers.ts';
import { PORT } from './ports.ts';

/**
 * The authoring preview: served by `vite dev` at /author/<module>, never by the built site. The dev server runs on
 * a temporary copy of the project, where `npm run new` drafts a module that the test then edits.
 */
const DEV_PORT = PORT + 2;
const DEV = `http://127.0.0.1:${DEV_PORT}`;
const SLUG = 'galaxy-preview';

test('the built site has no authoring preview', async ({ request }) => {
	const response = await request.get(`/author/${MODULE}`);
	expect(response.status()).toBe(404);
	expect(existsSync('build/author')).toBe(false);
	const files = readdirSync('build', { recursive: true, encoding: 'utf8' });
	expect(files.filter((f) => /author/i.test(f))).toEqual([]);
	const scripts = files.filter((f) => /\.(js|html)$/.test(f));
	for (const f of scripts)
		expect(readFileSync(join('build', f), 'utf8'), f).not.toContain('briefing:content-changed');
});

test.describe('the authoring preview under npm run dev', () => {
	// A fresh clone's first `vite dev` pre-bundles its dependencies: minutes on a loaded 2-core machine.
	test.describe.configure({ mode: 'serial', timeout: 900_000 });
	let copy: string;
	let server: ChildProcess | undefined;
	let serverLog = '';

	test.beforeAll(async () => {
		// Hooks have their own timeout; this one may start a dev server more than once.
		test.setTimeout(900_000);
		copy = mkdtempSync(join(tmpdir(), 'briefing-author-'));
		for (const part of [
			'package.json',
			'svelte.config.js',
			'vite.config.ts',
			'tsconfig.json',
			'scripts',
			'src',
			'static',
			'questions'
		])
			cpSync(part, join(copy, part), { recursive: true });
		symlinkSync(join(process.cwd(), 'node_modules'), join(copy, 'node_modules'));
		const made = spawnSync(
			'npm',
			[
				'run',
				'-s',
				'new',
				'--',
				'src/lib/questions/fixtures/corpus/galaxy-survey/article.txt',
				SLUG
			],
			{ cwd: copy, encoding: 'utf8' }
		);
		expect(made.status, made.stderr).toBe(0);
		// Wait for the server by asking it, not by sleeping. A fresh clone's first `vite dev` bundles its
		// dependencies, and on a loaded machine that first start has been seen to hang every request; a server
		// that has not answered in three minutes is started again, with what it bundled kept.
		for (let attempt = 1; ; attempt++) {
			server = startDevServer(copy);
			try {
				await expect
					.poll(
						async () => {
							if (server?.exitCode != null)
								return `the dev server exited (${server.exitCode}): ${serverLog}`;
							try {
								return (
									await fetch(`${DEV}/author/${SLUG}`, { signal: AbortSignal.timeout(30_000) })
								).status;
							} catch {
								return 0;
							}
						},
						{ timeout: 180_000, intervals: [1000] }
					)
					.toBe(200);
				return;
			} catch (e) {
				const stopped = server;
				if (stopped.exitCode === null && stopped.signalCode === null) {
					const exited = new Promise((resolve) => stopped.once('exit', resolve));
					stopped.kill('SIGKILL');
					await exited;
				}
				if (attempt === 3)
					throw new Error(`${(e as Error).message}\nthe dev server's output:\n${serverLog}`, {
						cause: e
					});
			}
		}
	});

	/** `vite dev` on the copy; its output is kept, to say why when it never answers. */
	function startDevServer(cwd: string): ChildProcess {
		const child = spawn(
			process.execPath,
			[
				'node_modules/vite/bin/vite.js',
				'dev',
				'--host',
				'127.0.0.1',
				'--port',
				String(DEV_PORT),
				'--strictPort'
			],
			{ cwd, stdio: ['ignore', 'pipe', 'pipe'] }
		);
		serverLog = '';
		child.stdout?.on('data', (d) => (serverLog = (serverLog + d).slice(-4000)));
		child.stderr?.on('data', (d) => (serverLog = (serverLog + d).slice(-4000)));
		return child;
	}

	test.afterAll(() => {
		server?.kill();
		if (copy) rmSync(copy, { recursive: true, force: true });
	});

	test('shows each fact with its items, the drafts and placeholders, and follows edits', async ({
		page
	}) => {
		// A fresh clone's first visit lets vite discover and bundle the page's dependencies, which reloads the
		// page once; the test starts after that, as an author's second look would.
		await page.goto(`${DEV}/author/${SLUG}`);
		await page.waitForLoadState('networkidle');
		await page.goto(`${DEV}/author/${SLUG}`);
		await page.waitForLoadState('networkidle');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Webb survey finds early galaxies that grew up puzzlingly fast'
		);
		const counts = page.getByTestId('counts');
		await expect(counts).toContainText(/\d+ facts, (\d+) drafts, \d+ placeholders, \d+ items/);
		const [, facts, drafts] =
			/(\d+) facts, (\d+) drafts/.exec((await counts.textContent()) ?? '') ?? [];
		expect(Number(drafts)).toBe(Number(facts));
		const figure = page.locator('#fact-over-700-galaxies');
		await expect(figure.getByText('draft', { exact: true })).toBeVisible();
		await expect(figure.getByRole('listitem').first()).toBeVisible();
		await expect(page.getByRole('heading', { name: /Placeholders to write/ })).toBeVisible();

		// Saving facts.yaml refreshes the page: a reviewed fact loses its draft badge.
		const factsPath = join(copy, `questions/${SLUG}/facts.yaml`);
		const text = readFileSync(factsPath, 'utf8');
		const reviewed = text.replace(
			/(- id: over-700-galaxies\n {4}type: number\n) {4}draft: true\n {4}statement: [^\n]+/,
			'$1    statement: The survey counted more than 700 galaxies from the young universe.'
		);
		expect(reviewed).not.toBe(text);
		writeFileSync(factsPath, reviewed);
		await expect(figure.getByText('The survey counted more than 700 galaxies')).toBeVisible({
			timeout: 90_000
		});
		await expect(figure.getByText('draft', { exact: true })).toHaveCount(0);
		await expect(counts).toContainText(`${Number(drafts) - 1} drafts`);

		// A content error is shown on the page with its file and line.
		writeFileSync(factsPath, reviewed.replace('unit: galaxies', 'unit: [galaxies'));
		await expect(page.getByRole('heading', { name: /Content problems/ })).toBeVisible({
			timeout: 90_000
		});
		await expect(
			page.getByText(new RegExp(`questions/${SLUG}/facts\\.yaml:\\d+: YAML`))
		).toBeVisible();

		// A page that never hears the server's event (its socket answered by no one here) still follows the
		// edit: it compares the server's count of changes with the one it was rendered at.
		await page.routeWebSocket(/./, () => {});
		await page.reload();
		await expect(page.getByRole('heading', { name: /Content problems/ })).toBeVisible();
		writeFileSync(factsPath, reviewed);
		await expect(page.getByRole('heading', { name: /Content problems/ })).toHaveCount(0, {
			timeout: 90_000
		});
		await expect(figure.getByText('The survey counted more than 700 galaxies')).toBeVisible();
	});

	test('npm run dev rebuilds an island when its component changes, and reloads the page', async ({
		page
	}) => {
		// The site's pages refuse a module with drafts (the preview above is where those are read): remove it.
		rmSync(join(copy, `questions/${SLUG}`), { recursive: true });
		rmSync(join(copy, `src/lessons/${SLUG}`), { recursive: true });
		await expect
			.poll(async () => (await page.goto(`${DEV}/modules/${MODULE}/quiz`))?.status(), {
				timeout: 120_000
			})
			.toBe(200);
		const live = page.locator('#quiz-root[data-ready]');
		await expect(live).toHaveCount(1, { timeout: 120_000 });
		const panel = join(copy, 'src/lib/components/quiz/QuestionPanel.svelte');
		const source = readFileSync(panel, 'utf8');
		const edited = source.replace(
			/Question \{session\.index \+ 1\} of/,
			'Item {session.index + 1} of'
		);
		expect(edited).not.toBe(source);
		writeFileSync(panel, edited);
		// The mounted copy is the island's own render: it shows the edit only if the script was rebuilt.
		await expect(live.getByRole('heading', { name: /^Item 1 of \d+/ })).toBeVisible({
			timeout: 120_000
		});
	});
});
