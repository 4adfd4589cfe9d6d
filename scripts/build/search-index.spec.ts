import { execFileSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { shardCount, shardOf } from './search-shards.js';

// The indexer run as the build runs it, on a small made-up site whose module pages are the renderer's kept
// copies (hard links, with a key each), split into one-module shards.
const SCRIPT = resolve('scripts/build/search-index.js');
const root = mkdtempSync(join(tmpdir(), 'briefing-search-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const kept = join(root, '.svelte-kit/briefing/pages/%2F');
const SLUGS = ['tides', 'volcanoes', 'budgets', 'marathons'];

const page = (title: string, text: string) =>
	`<!doctype html><html lang="en"><head><title>${title}</title></head><body><nav>Menu</nav><main data-pagefind-body><h1 data-pagefind-meta="title">${title}</h1><p>${text}</p></main></body></html>`;

/** Writes a module's page and one lesson as the renderer does: kept copy, hard link in the build, key. */
function renderModule(slug: string, key: string, words: string) {
	const files = {
		[`modules/${slug}.html`]: page(slug, `About ${slug}.`),
		[`modules/${slug}/lesson.html`]: page(`${slug} lesson`, words),
		[`modules/${slug}/questions.json`]: '{}'
	};
	for (const [file, text] of Object.entries(files)) {
		for (const path of [join(kept, file), join(root, 'build', file)]) {
			mkdirSync(dirname(path), { recursive: true });
			rmSync(path, { force: true });
		}
		writeFileSync(join(kept, file), text);
		linkSync(join(kept, file), join(root, 'build', file));
	}
	mkdirSync(join(kept, '.keys'), { recursive: true });
	writeFileSync(join(kept, '.keys', slug), key);
}

function index(): string {
	return execFileSync('node', [SCRIPT, 'build'], {
		cwd: root,
		env: { ...process.env, BASE_PATH: '', BRIEFING_SEARCH_MODULES_PER_SHARD: '1' },
		encoding: 'utf8'
	});
}
/** Pages indexed again when the module `slug` changes: both pages of each module in its shard. */
const COUNT = shardCount(SLUGS.length, 1);
const shardPages = (slug: string) =>
	2 * SLUGS.filter((s) => shardOf(s, COUNT) === shardOf(slug, COUNT)).length;
const read = (file: string) => JSON.parse(readFileSync(join(root, 'build/pagefind', file), 'utf8'));

describe('search-index.js', () => {
	for (const slug of SLUGS) renderModule(slug, `${slug}-1`, `The ${slug} lesson text.`);
	writeFileSync(join(root, 'build/index.html'), '<!doctype html><title>Home</title><p>Home</p>');

	it('writes the first shard whole and the others as data merged into it, listing every file', () => {
		const log = index();
		const shards: string[] = read('shards.json');
		expect(log).toMatch(new RegExp(`${shards.length + 1} shards \\(${shards.length + 1} indexed, 8 pages`));
		expect(shards.length).toBeGreaterThan(0);
		const out = join(root, 'build/pagefind');
		expect(existsSync(join(out, 'pagefind.js'))).toBe(true);
		expect(existsSync(join(out, 'pagefind-entry.json'))).toBe(true);
		expect(existsSync(join(out, 'pagefind-ui.js'))).toBe(false);
		for (const shard of shards) {
			expect(existsSync(join(out, shard, 'pagefind-entry.json'))).toBe(true);
			// Merged shards use the first one's script and WebAssembly.
			expect(existsSync(join(out, shard, 'pagefind.js'))).toBe(false);
		}
		const files: string[] = read('files.json');
		expect(files).toContain('pagefind.js');
		expect(files).toContain('shards.json');
		expect(files.filter((f) => f.endsWith('pagefind-entry.json'))).toHaveLength(shards.length + 1);
		for (const file of files) expect(existsSync(join(out, file))).toBe(true);
	});

	it('keeps every shard when nothing changed, and indexes again only the shard of an edited module', () => {
		const before = read('files.json');
		expect(index()).toMatch(/\(0 indexed, 0 pages.*; \d+ kept\)/);
		expect(read('files.json')).toEqual(before);
		renderModule('volcanoes', 'volcanoes-2', 'The volcanoes lesson, edited.');
		expect(index()).toContain(`(1 indexed, ${shardPages('volcanoes')} pages`);
	});

	it('indexes a module again when its pages in the build are not the kept ones', () => {
		const file = join(root, 'build/modules/tides/lesson.html');
		const text = readFileSync(file, 'utf8');
		rmSync(file);
		writeFileSync(file, text);
		expect(index()).toContain(`(1 indexed, ${shardPages('tides')} pages`);
	});

	it('indexes pages outside modules that ask for it, in a shard of their own', () => {
		writeFileSync(join(root, 'build/about.html'), page('About', 'What this site is.'));
		// The site shard, and the shard of the module whose pages are still not the kept ones.
		expect(index()).toContain(`(2 indexed, ${1 + shardPages('tides')} pages`);
		expect(read('shards.json')).toContain('site');
		rmSync(join(root, 'build/about.html'));
	});
});
