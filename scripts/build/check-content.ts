import { spawn } from 'node:child_process';
import {
	closeSync,
	existsSync,
	mkdirSync,
	openSync,
	readFileSync,
	readSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { ContentError } from '../../src/lib/content/problems.ts';
import { readContentFiles } from '../../src/lib/content/read-files.ts';
import {
	codeVersion,
	diskUnitCache,
	storeBank,
	storeLessons,
	unitKey,
	writeSite
} from '../../src/lib/content/unit-cache.ts';
import type { Module } from '../../src/lib/content/types.ts';
import { keyTerms } from '../../src/lib/lessons/key-terms.js';
import { lessonHtml } from '../../src/lib/lessons/render.ts';
import { buildSite, buildUnit, groupFiles } from '../../src/lib/site.ts';

/** Where a build keeps built modules between builds, and the site it built for its later steps. */
export const CONTENT_CACHE = '.svelte-kit/briefing';
/** The site the server reads (`readServerSite`): its index and each bank in its own file. */
export const SITE_DIR = `${CONTENT_CACHE}/site`;
export const LESSONS_DIR = `${CONTENT_CACHE}/lessons`;
/** Each module's key (its files and the building code), for caches of what is made from a module. */
export const KEYS_FILE = `${CONTENT_CACHE}/keys.json`;
/** Export archives of the last builds, by module and format, each with the key it was made for. */
export const EXPORTS_DIR = `${CONTENT_CACHE}/exports`;

/** What checking the content found: its problems one per line, or null; and how many modules were rebuilt. */
export interface ContentReport {
	problems: string | null;
	built: number;
	reused: number;
}

/**
 * Validate every module under `root`; modules whose files and building code are unchanged since the last build
 * are read from the cache, not rebuilt. When all is well the site is written to `SITE_DIR` and each module's
 * lesson HTML under `LESSONS_DIR` (again only for modules that changed), for the server to read.
 */
export async function checkContent(root: string): Promise<ContentReport> {
	const version = codeVersion(root);
	const cache = diskUnitCache(join(root, CONTENT_CACHE, 'modules'), version);
	const files = readContentFiles(root);
	// Modules built ahead in parallel are read back from the cache below: counted as built, not as unchanged.
	const warmed = await warmInParallel(root, files, version);
	const counts = () => ({ built: cache.built + warmed, reused: Math.max(0, cache.hits - warmed) });
	try {
		const site = buildSite(files, cache);
		// A module's folder is its group, so its key is the one its unit was kept under.
		const keys: Record<string, string> = Object.fromEntries(
			site.index.modules.map((m) => [m.slug, cache.keys.get(m.slug) ?? ''])
		);
		writeSite(join(root, SITE_DIR), site, keys);
		// The whole site in one file, as builds before 2 December 2026 kept it.
		rmSync(join(root, CONTENT_CACHE, 'site.json'), { force: true });
		for (const module of site.index.modules)
			await storeModuleLessons(root, files, module, keys[module.slug]);
		writeFileSync(join(root, KEYS_FILE), JSON.stringify(keys));
		return { problems: null, ...counts() };
	} catch (error) {
		if (error instanceof ContentError) return { problems: error.message, ...counts() };
		throw error;
	}
}

/**
 * Keeps the HTML of a module's lesson sections (both levels) under `LESSONS_DIR`, unless kept for `key`
 * already. Its key terms come from the facts the module was built from, not from reading facts.yaml again.
 */
async function storeModuleLessons(
	root: string,
	files: Record<string, string>,
	module: Module,
	key: string
): Promise<void> {
	const lessons = module.sections.flatMap((s) => [s.file, ...(s.easier ? [s.easier.file] : [])]);
	let terms: ReturnType<typeof keyTerms> | undefined;
	const termsOfModule = () => {
		const doc = module.questions?.facts as { facts?: unknown } | null | undefined;
		return (terms ??= keyTerms(Array.isArray(doc?.facts) ? doc.facts : []));
	};
	await storeLessons(join(root, LESSONS_DIR), module.slug, key, lessons, (file) =>
		lessonHtml(join(root, file), files[file], termsOfModule())
	);
}

/**
 * Modules to build per extra process: starting one (tsx, the NLP lexicon) costs about 5 s, a module about
 * 0.25 s, so below this a second process would not pay for itself.
 */
const PARALLEL_FROM = 60;

/** The first 200 bytes of a file: a unit file opens with its key, and a whole unit is large. */
function head(file: string): string {
	const fd = openSync(file, 'r');
	try {
		const bytes = Buffer.alloc(200);
		return bytes.subarray(0, readSync(fd, bytes, 0, 200, 0)).toString('utf8');
	} finally {
		closeSync(fd);
	}
}

/** The module folders (groups) whose cached unit or lesson HTML is missing or stale, sorted. */
function staleGroups(root: string, files: Record<string, string>, version: string): string[] {
	const dir = join(root, CONTENT_CACHE, 'modules');
	return [...groupFiles(files)]
		.filter(([group, groupFiles]) => {
			if (group === '') return false;
			const key = unitKey(version, groupFiles);
			const unit = join(dir, `${encodeURIComponent(group)}.json`);
			const lessons = join(root, LESSONS_DIR, `${encodeURIComponent(group)}.json.key`);
			// The unit file starts with its key; the lessons' key file is the key alone.
			const unitFresh = existsSync(unit) && head(unit).includes(key);
			const lessonsFresh = !existsSync(join(root, LESSONS_DIR)) || !existsSync(lessons)
				? false
				: readFileSync(lessons, 'utf8') === key;
			return !(unitFresh && lessonsFresh);
		})
		.map(([group]) => group)
		.sort();
}

/**
 * Builds the given module folders into the cache (their unit and lesson HTML) without checking the site as
 * a whole: `checkContent` then finds them built. Used by the processes `warmInParallel` starts.
 */
export async function warmGroups(root: string, groups: string[]): Promise<void> {
	const files = readContentFiles(root);
	const all = groupFiles(files);
	const cache = diskUnitCache(join(root, CONTENT_CACHE, 'modules'), codeVersion(root));
	for (const group of groups) {
		const groupFiles = all.get(group);
		if (!groupFiles) continue;
		const unit = cache.unit(group, groupFiles, () => buildUnit(groupFiles));
		const key = cache.keys.get(group) ?? '';
		for (const module of unit.modules) await storeModuleLessons(root, files, module, key);
		// Its bank for the site now, while it is in memory: writing the site then finds it current. A module
		// folder is its group, so the module's key is this one.
		if (unit.problems.length === 0)
			for (const [slug, bank] of unit.banks) storeBank(join(root, SITE_DIR), slug, key, bank);
	}
}

/**
 * Many modules to build (a first build, or the code changed): they are shared out between this process and
 * one more per other core, each building its share into the cache. A process that fails only leaves its
 * share to `checkContent`, which builds whatever it does not find. Returns how many were shared out (0 when
 * too few to share).
 */
async function warmInParallel(
	root: string,
	files: Record<string, string>,
	version: string
): Promise<number> {
	const stale = staleGroups(root, files, version);
	const workers = Math.min(availableParallelism(), Math.floor(stale.length / PARALLEL_FROM) + 1);
	if (workers < 2) return 0;
	const shares = Array.from({ length: workers }, (_, w) => stale.filter((_, i) => i % workers === w));
	const dir = join(root, CONTENT_CACHE);
	mkdirSync(dir, { recursive: true });
	const others = shares.slice(1).map((share, w) => {
		const list = join(dir, `share-${w + 1}.json`);
		writeFileSync(list, JSON.stringify(share));
		return new Promise<void>((done) => {
			const child = spawn(
				process.execPath,
				['--import', 'tsx', join(root, 'scripts/build/content-share.ts'), list],
				{ cwd: root, stdio: ['ignore', 'ignore', 'inherit'] }
			);
			child.on('error', () => done());
			child.on('exit', () => done());
		});
	});
	await warmGroups(root, shares[0]);
	await Promise.all(others);
	return stale.length;
}
