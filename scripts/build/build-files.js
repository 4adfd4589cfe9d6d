// What the build's own steps after `vite build` share: where the renderer keeps module pages and their keys
// (scripts/build/render-modules.js writes them, scripts/build/search-index.js keys its shards by them), listing
// a folder's files, and sharing work out between worker threads.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Worker } from 'node:worker_threads';

/** Kept module pages, one folder per base path (see `keptPages`). */
const PAGES_CACHE = '.svelte-kit/briefing/pages';

/**
 * The folder of kept module pages for the base path `base` ('' at the root).
 * @param {string} base
 */
export function keptPages(base) {
	return join(PAGES_CACHE, encodeURIComponent(base || '/'));
}

/**
 * The folder, among the kept pages `pages`, holding the key each module's pages were rendered for.
 * @param {string} pages
 */
export function pageKeysDir(pages) {
	return join(pages, '.keys');
}

/**
 * The file holding the key the module `slug`'s kept pages were rendered for.
 * @param {string} pages
 * @param {string} slug
 */
export function pageKeyFile(pages, slug) {
	return join(pageKeysDir(pages), encodeURIComponent(slug));
}

/**
 * Every file under `dir`, relative to it, with `/` between folders.
 * @param {string} dir
 * @returns {string[]}
 */
export function filesUnder(dir) {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
}

/**
 * Runs the script `url` in one worker thread per share, each given `data(share)` as its `workerData`, and
 * resolves to the message each sends back. A worker that fails or exits early rejects.
 * @template S, R
 * @param {URL} url
 * @param {S[]} shares
 * @param {(share: S) => unknown} data
 * @param {Record<string, string | undefined>} [env] the workers' environment (this process's by default)
 * @returns {Promise<R[]>}
 */
export function inWorkers(url, shares, data, env = process.env) {
	return Promise.all(
		shares.map(
			(share) =>
				new Promise((fulfil, reject) => {
					const worker = new Worker(url, { workerData: data(share), env });
					worker.once('message', fulfil);
					worker.once('error', reject);
					worker.once('exit', (code) => code !== 0 && reject(new Error(`worker exited with ${code}`)));
				})
		)
	);
}
