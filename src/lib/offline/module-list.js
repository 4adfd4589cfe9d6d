/**
 * The script, at the site's root, that lists the module pages for the service worker: `npm run build` renders
 * them after SvelteKit built the worker (scripts/build/render-modules.js writes the script with
 * `modulePagesScript`), so SvelteKit's lists lack them; the worker reads it with `importScripts`.
 * (JavaScript, so that the build script can import it too.)
 */
export const MODULE_PAGES_SCRIPT = 'module-pages.js';
/** The global the script sets to the module pages' paths. */
export const MODULE_PAGES_GLOBAL = '__briefingModulePages';

/**
 * The script's text for these paths.
 * @param {string[]} paths
 */
export function modulePagesScript(paths) {
	return `self.${MODULE_PAGES_GLOBAL}=${JSON.stringify(paths)};\n`;
}
