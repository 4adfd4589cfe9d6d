// Builds the full-text search index of a built site with Pagefind (run after `vite build` with the build folder):
// it reads the prerendered HTML (lesson and module pages mark what to index with `data-pagefind-body`) and
// writes `<build>/pagefind/`, fetched by the search page. `files.json` lists every file written, for the
// service worker to keep them for offline search.
import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';

const dir = process.argv[2];
if (!dir) {
	console.error('usage: node scripts/build/search-index.js <build folder>');
	process.exit(2);
}

/** @param {string[]} messages */
function fail(messages) {
	console.error(`Search index: ${messages.join('; ')}`);
	process.exit(1);
}

const start = performance.now();
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
if (!index) fail(errors);
else {
	const added = await index.addDirectory({ path: dir });
	if (added.errors.length > 0) fail(added.errors);
	const out = join(dir, 'pagefind');
	const written = await index.writeFiles({ outputPath: out });
	if (written.errors.length > 0) fail(written.errors);
	await pagefind.close();
	// Pagefind's own interfaces: the search page has its own (SearchView.svelte), so they are never loaded.
	for (const name of readdirSync(out))
		if (/^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/.test(name))
			rmSync(join(out, name));
	/** @param {string} d @returns {string[]} */
	const walk = (d) =>
		readdirSync(d).flatMap((name) => {
			const path = join(d, name);
			return statSync(path).isDirectory() ? walk(path) : [path];
		});
	const files = walk(out)
		.map((f) => relative(out, f).split(sep).join('/'))
		.filter((f) => f !== 'files.json')
		.sort();
	writeFileSync(join(out, 'files.json'), JSON.stringify(files));
	const bytes = files.reduce((n, f) => n + statSync(join(out, f)).size, 0);
	console.log(
		`Search index: ${added.page_count} pages, ${files.length} files, ${(bytes / 1024).toFixed(0)} KB, in ${((performance.now() - start) / 1000).toFixed(1)} s`
	);
}
