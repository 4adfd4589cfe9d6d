// Removes what SvelteKit writes but no page of Briefing reads. Every page is prerendered with `csr = false`,
// so SvelteKit's client never runs and never fetches the `__data.json` it writes beside each page that has
// a server load (21 files, 444 KB for one module). Run after `vite build` with the build folder.
import { readdirSync, rmdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) {
	console.error('usage: node scripts/build/prune-build.js <build folder>');
	process.exit(2);
}
const unused = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
	(f) => f === '__data.json' || f.endsWith('/__data.json')
);
for (const f of unused) rmSync(join(dir, f));

// A page with a server load got a folder only for its __data.json (modules/<slug>/quiz/, catalogue/2/…):
// remove every folder left empty, deepest first.
const folders = readdirSync(dir, { recursive: true, withFileTypes: true })
	.filter((e) => e.isDirectory())
	.map((e) => join(e.parentPath, e.name))
	.sort((a, b) => b.length - a.length);
for (const folder of folders) if (readdirSync(folder).length === 0) rmdirSync(folder);
