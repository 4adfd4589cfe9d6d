import { execFileSync } from 'node:child_process';
import {
	existsSync,
	linkSync,
	mkdirSync,
	readFileSync,
	readdirSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { filesUnder, keptPages, pageKeyFile } from '../scripts/build/build-files.js';

// `npm run build` renders module pages after SvelteKit built the service worker
// (scripts/build/render-modules.js), so the worker learns of them from `module-pages.js`: a page missing from
// that list would be missing offline. Read from the two builds the e2e tests serve.
for (const [dir, base] of [
	['build', ''],
	['build-subpath', '/briefing']
] as const) {
	test(`${dir}: the service worker's list names every module page and file of the build, and nothing else`, () => {
		const script = readFileSync(join(dir, 'module-pages.js'), 'utf8');
		const match = /^self\.__briefingModulePages=(\[.*\]);\n$/s.exec(script);
		expect(match, 'module-pages.js sets the list the service worker reads').not.toBeNull();
		const listed: string[] = JSON.parse(match![1]);

		const files = readdirSync(join(dir, 'modules'), { recursive: true, withFileTypes: true })
			.filter((e) => e.isFile())
			.map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
		const slugs = readdirSync(join(dir, 'modules'))
			.filter((name) => name.endsWith('.html'))
			.map((name) => name.slice(0, -'.html'.length));
		// Each module's teachers' page is rendered with it.
		for (const slug of slugs)
			if (existsSync(join(dir, 'teach', `${slug}.html`))) files.push(`teach/${slug}.html`);
		const paths = files.map((f) => `${base}/${f.replace(/\.html$/, '')}`);

		expect(slugs.length).toBeGreaterThan(0);
		expect(paths).toContain(`${base}/modules/${slugs[0]}/quiz`);
		expect([...listed].sort()).toEqual([...paths].sort());
	});
}

// The renderer keeps each module's pages under a key and hard-links them into the build; a module whose key
// no longer holds is rendered again. Run on a copy of the root build made of hard links, so that nothing the
// other tests serve changes (the renderer replaces a file's link, never its bytes). Needs the root build to
// be the last `vite build` (as in `npm test`): the renderer runs the server that build made.
test('build: run again, the renderer keeps every module’s pages; a module whose key changed is rendered again, the same bytes', async () => {
	test.setTimeout(180_000);
	const copy = test.info().outputPath('build');
	for (const file of filesUnder('build')) {
		// The service worker's list is written again by the renderer: it must not write through a shared link.
		if (file === 'module-pages.js') continue;
		mkdirSync(dirname(join(copy, file)), { recursive: true });
		linkSync(join('build', file), join(copy, file));
	}
	const run = () =>
		execFileSync(process.execPath, ['scripts/build/render-modules.js', copy], {
			encoding: 'utf8',
			env: { ...process.env, BASE_PATH: '' }
		});
	const pages = keptPages('');
	const slug = readdirSync('build/modules')
		.filter((name) => name.endsWith('.html'))
		.map((name) => name.slice(0, -'.html'.length))[0];
	const own = filesUnder(join('build/modules', slug)).map((f) => `modules/${slug}/${f}`);
	expect(own).toContain(`modules/${slug}/quiz.html`);
	expect(own.some((f) => f.endsWith('.zip'))).toBe(true);

	const kept = run();
	expect(kept).toMatch(/Module pages: 0 files of 0 modules rendered/);
	expect(kept).toMatch(/[1-9]\d* files of [1-9]\d* unchanged modules kept/);
	for (const file of own)
		expect(statSync(join(copy, file)).ino, file).toBe(statSync(join(pages, file)).ino);
	expect(readFileSync(join(copy, 'module-pages.js'), 'utf8')).toBe(
		readFileSync('build/module-pages.js', 'utf8')
	);

	writeFileSync(pageKeyFile(pages, slug), 'a key no module has');
	const again = run();
	expect(again).toMatch(new RegExp(`Module pages: ${own.length + 2} files of 1 modules rendered`));
	expect(readFileSync(pageKeyFile(pages, slug), 'utf8')).not.toBe('a key no module has');
	for (const file of own) {
		// A new file in the copy, not the build's, with the build's bytes.
		expect(statSync(join(copy, file)).ino, file).not.toBe(statSync(join('build', file)).ino);
		expect(readFileSync(join(copy, file)).equals(readFileSync(join('build', file))), file).toBe(
			true
		);
	}
});
