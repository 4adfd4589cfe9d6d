// Builds the page islands (src/islands/*.ts) into static/_islands/, which SvelteKit then copies into the
// site. Component CSS is left out: the prerendered pages already carry it, with the same scoped classes.
//
// Each island is bundled on its own into one file, with no chunks shared between islands. A page loads
// exactly one island (plus the few lines that register the service worker), so one file per page means
// the Svelte runtime is tree-shaken to what that page uses and compresses as one stream: the assignment
// page's script is 34 KB gzipped this way, against 45 KB when the islands shared their chunks.
//
// Run as a script it builds every island once; `npm run dev` imports islandBuild to rebuild an island when
// its sources change (see islandsWatch in vite.config.ts).
import { readdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { svelteBuildOptions } from './svelte-build.js';

export const ISLANDS_OUT = 'static/_islands';

/** The islands: one per file in src/islands. */
export function islandNames() {
	return readdirSync('src/islands')
		.filter((f) => f.endsWith('.ts'))
		.map((f) => f.replace(/\.ts$/, ''));
}

/**
 * Builds one island into static/_islands/<name>.js; with `watch`, keeps rebuilding it as its sources change
 * and resolves to the watcher.
 * @param {string} name
 * @param {boolean} [watch]
 */
export function islandBuild(name, watch = false) {
	return build({
		...svelteBuildOptions('external'),
		build: {
			outDir: ISLANDS_OUT,
			emptyOutDir: false,
			copyPublicDir: false,
			target: 'es2022',
			modulePreload: false,
			...(watch ? { watch: {} } : {}),
			rollupOptions: {
				input: { [name]: resolve('src/islands', `${name}.ts`) },
				output: { entryFileNames: '[name].js', codeSplitting: false }
			}
		}
	});
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	rmSync(ISLANDS_OUT, { recursive: true, force: true });
	const queue = islandNames();
	const workers = Array.from({ length: Math.max(1, availableParallelism()) }, async () => {
		for (let name = queue.shift(); name; name = queue.shift()) await islandBuild(name);
	});
	await Promise.all(workers);
}
