import { join } from 'node:path';
import { ContentError } from '../src/lib/content/problems.ts';
import { readContentFiles } from '../src/lib/content/read-files.ts';
import { codeVersion, diskUnitCache, writeSite } from '../src/lib/content/unit-cache.ts';
import { buildSite } from '../src/lib/site.ts';

/** Where a build keeps built modules between builds, and the site it built for its later steps. */
export const CONTENT_CACHE = '.svelte-kit/briefing';
export const SITE_FILE = `${CONTENT_CACHE}/site.json`;

/** What checking the content found: its problems one per line, or null; and how many modules were rebuilt. */
export interface ContentReport {
	problems: string | null;
	built: number;
	reused: number;
}

/**
 * Validate every module under `root`; modules whose files and building code are unchanged since the last build
 * are read from the cache, not rebuilt. When all is well the site is written to `SITE_FILE` for the server.
 */
export function checkContent(root: string): ContentReport {
	const cache = diskUnitCache(join(root, CONTENT_CACHE, 'modules'), codeVersion(root));
	try {
		const site = buildSite(readContentFiles(root), cache);
		writeSite(join(root, SITE_FILE), site);
		return { problems: null, built: cache.built, reused: cache.hits };
	} catch (error) {
		if (error instanceof ContentError)
			return { problems: error.message, built: cache.built, reused: cache.hits };
		throw error;
	}
}
