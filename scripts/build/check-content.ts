import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError } from '../../src/lib/content/problems.ts';
import { readContentFiles } from '../../src/lib/content/read-files.ts';
import {
	codeVersion,
	diskUnitCache,
	storeLessons,
	writeSite
} from '../../src/lib/content/unit-cache.ts';
import { lessonHtml } from '../../src/lib/lessons/render.ts';
import { buildSite } from '../../src/lib/site.ts';

/** Where a build keeps built modules between builds, and the site it built for its later steps. */
export const CONTENT_CACHE = '.svelte-kit/briefing';
export const SITE_FILE = `${CONTENT_CACHE}/site.json`;
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
 * are read from the cache, not rebuilt. When all is well the site is written to `SITE_FILE` and each module's
 * lesson HTML under `LESSONS_DIR` (again only for modules that changed), for the server to read.
 */
export async function checkContent(root: string): Promise<ContentReport> {
	const version = codeVersion(root);
	const cache = diskUnitCache(join(root, CONTENT_CACHE, 'modules'), version);
	const files = readContentFiles(root);
	try {
		const site = buildSite(files, cache);
		writeSite(join(root, SITE_FILE), site);
		const keys: Record<string, string> = {};
		for (const module of site.index.modules) {
			// A module's folder is its group, so its key is the one its unit was kept under.
			keys[module.slug] = cache.keys.get(module.slug) ?? '';
			const lessons = module.sections.flatMap((s) => [
				s.file,
				...(s.easier ? [s.easier.file] : [])
			]);
			await storeLessons(join(root, LESSONS_DIR), module.slug, keys[module.slug], lessons, (file) =>
				lessonHtml(join(root, file), files[file])
			);
		}
		writeFileSync(join(root, KEYS_FILE), JSON.stringify(keys));
		return { problems: null, built: cache.built, reused: cache.hits };
	} catch (error) {
		if (error instanceof ContentError)
			return { problems: error.message, built: cache.built, reused: cache.hits };
		throw error;
	}
}
