import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test } from '@playwright/test';

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
