// The built SvelteKit server as the module renderer runs it: the same code, less a cost every page pays.
// Each inline stylesheet and script is hashed (SHA-256, in JavaScript) into the page's content security
// policy; the stylesheet is the same on every page, so its hash is kept once computed. The pages are byte for
// byte the same; a change of SvelteKit that moves this code leaves it as it is (the renderer is only slower),
// and `render-server.spec.ts` says so. (The ETag SvelteKit computes for each page costs little of itself:
// it flattens the page's text, which writing it out would do anyway.)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The server entry the renderer imports, beside SvelteKit's own (its relative imports resolve the same). */
export const RENDER_ENTRY = 'index.render.js';

/** SvelteKit's SHA-256, called for each inline script and style the policy hashes. */
const SHA256 = /^function sha256\(data\) \{$/gm;

/** How many inline texts' hashes are kept: a site has a handful of distinct ones. */
const KEPT_HASHES = 64;

/**
 * The server entry's code with the change made where its code is found once, and which changes were made.
 * @param {string} code the built `index.js`
 * @returns {{ code: string, applied: string[] }}
 */
export function patchServer(code) {
	/** @type {string[]} */
	const applied = [];
	if ((code.match(SHA256) ?? []).length === 1) {
		code =
			code.replace(
				SHA256,
				'function sha256(data) {\n\treturn briefing_kept_sha256(data);\n}\nfunction briefing_sha256(data) {'
			) +
			`\nconst briefing_hashes = new Map();\n` +
			`function briefing_kept_sha256(data) {\n` +
			`\tlet hash = briefing_hashes.get(data);\n` +
			`\tif (hash === undefined) {\n` +
			`\t\tif (briefing_hashes.size >= ${KEPT_HASHES}) briefing_hashes.clear();\n` +
			`\t\thash = briefing_sha256(data);\n` +
			`\t\tbriefing_hashes.set(data, hash);\n` +
			`\t}\n` +
			`\treturn hash;\n` +
			`}\n`;
		applied.push('sha256');
	}
	return { code, applied };
}

/**
 * Writes the renderer's server entry beside SvelteKit's in `serverDir` and returns its path, with the changes
 * made (the entry is SvelteKit's own when none applies).
 * @param {string} serverDir `.svelte-kit/output/server`
 * @returns {{ entry: string, applied: string[] }}
 */
export function writeRenderServer(serverDir) {
	const { code, applied } = patchServer(readFileSync(join(serverDir, 'index.js'), 'utf8'));
	if (applied.length === 0) return { entry: join(serverDir, 'index.js'), applied };
	const entry = join(serverDir, RENDER_ENTRY);
	writeFileSync(entry, code);
	return { entry, applied };
}
