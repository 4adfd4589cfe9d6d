// Builds the full-text search index of a built site with Pagefind (run after the module pages are rendered, with
// the build folder): it reads the prerendered HTML (lesson and module pages mark what to index with
// `data-pagefind-body`) and writes `<build>/pagefind/`, fetched by the search page.
//
// The index is split into shards of modules (scripts/build/search-shards.js), each kept between builds in
// `.svelte-kit/briefing/search/<base>/` under a key made of its modules' page keys (written by
// scripts/build/render-modules.js), so a build after editing one module re-indexes only that module's shard.
// Shards to index are shared out between worker threads, one per core. The first shard is the index the
// search page loads (`pagefind/`, with Pagefind's script and WebAssembly); the others are merged into it
// (`pagefind/shard-<n>/`, listed in `pagefind/shards.json`). `files.json` lists every file written, for the
// service worker to keep them for offline search.
import {
	existsSync,
	linkSync,
	mkdirSync,
	readFileSync,
	readdirSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { filesUnder, inWorkers, keptPages, pageKeyFile } from './build-files.js';
import { withoutScriptBodies } from './html-bodies.js';
import { dealShards, shardCount, shardKey } from './search-shards.js';

/** Kept shards, by base path. */
const SEARCH_CACHE = '.svelte-kit/briefing/search';
/** Pagefind's own interfaces: the search page has its own (SearchView.svelte), so they are never loaded. */
const UNUSED = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;
/** What only the loaded index needs: the script, its worker and the WebAssembly (merged shards use these). */
const RUNTIME = /^(pagefind\.js|pagefind-worker\.js|wasm\.[\w-]+\.pagefind)$/;
/** Pages with this attribute are indexed. */
const MARK = 'data-pagefind-body';

/**
 * @typedef {{ name: string, out: string, files: string[] }} ShardJob
 * A shard to index: its name, the folder to write it to and its pages (paths relative to the build folder).
 */

if (isMainThread) await main();
else parentPort?.postMessage(await indexShards(workerData.dir, workerData.jobs));

/** @param {string[]} messages */
function fail(messages) {
	console.error(`Search index: ${messages.join('; ')}`);
	process.exit(1);
}

/**
 * The pages of `files` (relative to `dir`) that mark something to index, each with its text.
 * @param {string} dir
 * @param {string[]} files
 * @returns {[string, string][]}
 */
function marked(dir, files) {
	/** @type {[string, string][]} */
	const pages = [];
	for (const file of files) {
		if (!file.endsWith('.html')) continue;
		const content = readFileSync(join(dir, file), 'utf8');
		if (content.includes(MARK)) pages.push([file, content]);
	}
	return pages;
}

async function main() {
	const dir = process.argv[2];
	if (!dir) {
		console.error('usage: node scripts/build/search-index.js <build folder>');
		process.exit(2);
	}
	const start = performance.now();
	const base = process.env.BASE_PATH ?? '';
	const version = JSON.parse(
		readFileSync(new URL('../../node_modules/pagefind/package.json', import.meta.url), 'utf8')
	).version;

	// Each module's files: its page `modules/<slug>.html` and everything under `modules/<slug>/`.
	const modulesDir = join(dir, 'modules');
	/** @type {Map<string, string[]>} */
	const byModule = new Map();
	if (existsSync(modulesDir))
		for (const entry of readdirSync(modulesDir, { withFileTypes: true })) {
			const slug = entry.isDirectory() ? entry.name : entry.name.replace(/\.html$/, '');
			const files = entry.isDirectory()
				? filesUnder(join(modulesDir, entry.name)).map((f) => `modules/${entry.name}/${f}`)
				: [`modules/${entry.name}`];
			byModule.set(slug, [...(byModule.get(slug) ?? []), ...files]);
		}
	// Pages outside modules that ask to be indexed go in a shard of their own, indexed every build. (Modules'
	// teachers' pages are rendered with the modules, and never indexed.)
	const sitePages = marked(
		dir,
		filesUnder(dir).filter(
			(f) =>
				!/^(modules|pagefind|_app)\//.test(f) &&
				!(/^teach\/[^/]+\.html$/.test(f) && byModule.has(f.slice('teach/'.length, -'.html'.length)))
		)
	).map(([file]) => file);

	// A module's page key holds only if its pages in this build are the renderer's kept copies (hard links).
	const pages = keptPages(base);
	/** @param {string} slug */
	const pageKey = (slug) => {
		const keyFile = pageKeyFile(pages, slug);
		if (!existsSync(keyFile)) return null;
		for (const file of byModule.get(slug) ?? []) {
			const kept = join(pages, file);
			if (!existsSync(kept) || statSync(kept).ino !== statSync(join(dir, file)).ino) return null;
		}
		return readFileSync(keyFile, 'utf8');
	};

	// Small shards only for tests: search-index.spec.ts splits a few modules into several shards.
	const count = shardCount(byModule.size, Number(process.env.BRIEFING_SEARCH_MODULES_PER_SHARD) || undefined);
	const cache = join(SEARCH_CACHE, encodeURIComponent(base || '/'));
	mkdirSync(cache, { recursive: true });
	/** @type {{ name: string, folder: string, key: string | null, slugs: string[] }[]} */
	const shards = [...dealShards([...byModule.keys()], count)].map(([n, slugs]) => ({
		name: `shard-${n}`,
		folder: join(cache, `${count}-${n}`),
		key: shardKey({ version, base, count, slugs, pageKey }),
		slugs
	}));
	if (sitePages.length > 0)
		shards.push({ name: 'site', folder: join(cache, 'site'), key: null, slugs: [] });
	// Shards of other counts, or left empty, are forgotten.
	const used = new Set(shards.map((s) => s.folder));
	for (const name of readdirSync(cache))
		if (!used.has(join(cache, name.replace(/\.key$/, '')))) rmSync(join(cache, name), { recursive: true });

	const stale = shards.filter(
		(s) =>
			s.key === null ||
			!existsSync(`${s.folder}.key`) ||
			readFileSync(`${s.folder}.key`, 'utf8') !== s.key ||
			!existsSync(join(s.folder, 'pagefind-entry.json'))
	);
	for (const s of stale) rmSync(`${s.folder}.key`, { force: true });
	/** @type {ShardJob[]} */
	const jobs = stale.map((s) => ({
		name: s.name,
		out: s.folder,
		files: s.name === 'site' ? sitePages : s.slugs.flatMap((slug) => byModule.get(slug) ?? [])
	}));
	const results = await indexInParallel(dir, jobs);
	const errors = results.flatMap((r) => r.errors);
	if (errors.length > 0) fail(errors);
	/** @type {Map<string, number>} */
	const counted = new Map(results.flatMap((r) => r.pages));
	for (const s of stale) if (s.key !== null) writeFileSync(`${s.folder}.key`, s.key);

	// The build's index: the first shard whole at pagefind/, the others' data under pagefind/<name>/.
	const out = join(dir, 'pagefind');
	rmSync(out, { recursive: true, force: true });
	mkdirSync(out, { recursive: true });
	const kept = shards.filter((s) => existsSync(join(s.folder, 'pagefind-entry.json')));
	kept.forEach((shard, i) => {
		for (const file of filesUnder(shard.folder)) {
			if (UNUSED.test(file) || (i > 0 && RUNTIME.test(file))) continue;
			const target = i === 0 ? join(out, file) : join(out, shard.name, file);
			mkdirSync(dirname(target), { recursive: true });
			linkSync(join(shard.folder, file), target);
		}
	});
	writeFileSync(join(out, 'shards.json'), JSON.stringify(kept.slice(1).map((s) => s.name)));
	const files = filesUnder(out)
		.filter((f) => f !== 'files.json')
		.sort();
	writeFileSync(join(out, 'files.json'), JSON.stringify(files));
	const bytes = files.reduce((n, f) => n + statSync(join(out, f)).size, 0);
	const indexed = [...counted.values()].reduce((n, c) => n + c, 0);
	console.log(
		`Search index: ${kept.length} shards (${stale.length} indexed, ${indexed} pages, on ${results.length} threads; ${kept.length - stale.length} kept), ${files.length} files, ${(bytes / 1024).toFixed(0)} KB, in ${((performance.now() - start) / 1000).toFixed(1)} s`
	);
}

/**
 * Indexes the shards `jobs` on worker threads, one per core (in this thread when there is one job).
 * @param {string} dir
 * @param {ShardJob[]} jobs
 * @returns {Promise<{ errors: string[], pages: [string, number][] }[]>}
 */
async function indexInParallel(dir, jobs) {
	if (jobs.length === 0) return [];
	if (jobs.length === 1) return [await indexShards(dir, jobs)];
	const count = Math.min(availableParallelism(), jobs.length);
	/** @type {ShardJob[][]} */
	const shares = Array.from({ length: count }, () => []);
	for (const job of [...jobs].sort((a, b) => b.files.length - a.files.length))
		shares.sort((a, b) => a.reduce((n, j) => n + j.files.length, 0) - b.reduce((n, j) => n + j.files.length, 0))[0].push(job);
	return inWorkers(new URL(import.meta.url), shares, (share) => ({ dir, jobs: share }));
}

/**
 * Indexes each shard of `jobs` with Pagefind, writing it to its folder (through a temporary one, so that a
 * failed build leaves no half-written shard).
 * @param {string} dir
 * @param {ShardJob[]} jobs
 * @returns {Promise<{ errors: string[], pages: [string, number][] }>}
 */
async function indexShards(dir, jobs) {
	const pagefind = await import('pagefind');
	/** @type {string[]} */
	const errors = [];
	/** @type {[string, number][]} */
	const pages = [];
	for (const job of jobs) {
		const { index, errors: created } = await pagefind.createIndex({ forceLanguage: 'en' });
		if (!index) {
			errors.push(...created);
			break;
		}
		// Without their stylesheet's and scripts' bodies, which Pagefind does not index (half the bytes).
		const read = marked(dir, job.files);
		const added = read.map(([sourcePath, content]) =>
			index.addHTMLFile({ sourcePath, content: withoutScriptBodies(content) })
		);
		errors.push(...(await Promise.all(added)).flatMap((a) => a.errors.map((e) => `${job.name}: ${e}`)));
		const temporary = `${job.out}.tmp`;
		rmSync(temporary, { recursive: true, force: true });
		const written = await index.writeFiles({ outputPath: temporary });
		errors.push(...written.errors);
		await index.deleteIndex();
		if (errors.length > 0) break;
		for (const name of readdirSync(temporary)) if (UNUSED.test(name)) rmSync(join(temporary, name));
		rmSync(job.out, { recursive: true, force: true });
		renameSync(temporary, job.out);
		pages.push([job.name, read.length]);
	}
	await pagefind.close();
	return { errors, pages };
}
