import { building } from '$app/environment';
import { MODULE_PAGES_ENV } from './module-pages.js';

/**
 * A module route's `entries` (see module-pages.js). Under `npm run build`, SvelteKit's own prerender gets none:
 * it renders no module page, so enqueuing and answering every module's 26 paths only to save nothing was
 * wasted work (about 26,000 requests at 1,000 modules). The renderer, and a plain `vite build`, get them all.
 */
export function moduleEntries<T>(entries: () => T[]): () => T[] {
	return () => (building && process.env[MODULE_PAGES_ENV] === 'workers' ? [] : entries());
}
