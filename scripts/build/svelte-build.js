// The Vite setup shared by the two scripts that compile Svelte outside SvelteKit's build: the page islands
// (build-islands.js) and the SCORM package's page (build-sco.js).
import { resolve } from 'node:path';
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * Vite options for compiling the app's Svelte components for the browser, with `$lib` resolved.
 * @param {'external' | 'injected'} css `external`: leave component CSS out (the page already has it);
 *   `injected`: put it in the script.
 */
export function svelteBuildOptions(css) {
	return {
		configFile: /** @type {const} */ (false),
		logLevel: /** @type {const} */ ('warn'),
		plugins: [
			svelte({
				configFile: false,
				preprocess: [vitePreprocess()],
				...(css === 'external' ? { emitCss: false } : {}),
				compilerOptions: { css }
			})
		],
		resolve: { alias: { $lib: resolve('src/lib') }, conditions: ['browser'] }
	};
}
