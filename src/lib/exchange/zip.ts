import { strToU8, zipSync, type Zippable } from 'fflate';

// A fixed date keeps the archives byte-identical from build to build.
const MTIME = new Date(Date.UTC(2026, 0, 1));

/** A zip of text (or binary) files keyed by path inside the archive, in the order given. */
export function zipFiles(files: Record<string, string | Uint8Array>): Uint8Array {
	const entries: Zippable = {};
	for (const [path, content] of Object.entries(files)) {
		entries[path] = [typeof content === 'string' ? strToU8(content) : content, { mtime: MTIME }];
	}
	return zipSync(entries, { level: 9 });
}
