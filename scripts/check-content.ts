import { ContentError } from '../src/lib/content/problems.ts';
import { readContentFiles } from '../src/lib/content/read-files.ts';
import { buildSite } from '../src/lib/site.ts';

/** Validate every module under `root`; returns the problems one per line, or null when all is well. */
export function checkContent(root: string): string | null {
	try {
		buildSite(readContentFiles(root));
		return null;
	} catch (error) {
		if (error instanceof ContentError) return error.message;
		throw error;
	}
}
