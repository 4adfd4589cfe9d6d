/**
 * Module pages are rendered outside SvelteKit's prerender, on every core (scripts/build/render-modules.js):
 * SvelteKit's prerender runs on one thread and is most of a large catalogue's build. While it crawls, each
 * module page and file gets a placeholder instead (src/hooks.server.ts), so SvelteKit still lists them (the
 * service worker's lists, the routes it expects) and still checks every link of the other pages; the
 * renderer then writes each one over its placeholder, and checks the module pages' own links.
 */

/** Set (to `workers`) by `npm run build` for `vite build`: without it SvelteKit renders every page itself. */
export const MODULE_PAGES_ENV = 'BRIEFING_MODULE_PAGES';

/**
 * What a module page or file holds until the renderer writes it: nothing. An empty file has no disk blocks, so
 * writing the page over it frees none (on a disk mounted with `discard`, freeing blocks made each overwrite cost
 * milliseconds).
 */
export const PLACEHOLDER = '';

/** Routes whose pages and files the renderer makes: everything under a module. */
export function isModuleRoute(routeId: string | null): boolean {
	return (
		routeId !== null &&
		(routeId === '/modules/[module]' || routeId.startsWith('/modules/[module]/'))
	);
}

/** The placeholder response: HTML for pages, a plain file for the module's files (their paths have a dot). */
export function placeholderResponse(pathname: string, routeId: string): Response {
	const file = (pathname.split('/').pop() ?? '').includes('.');
	return new Response(PLACEHOLDER, {
		headers: {
			'content-type': file ? 'application/octet-stream' : 'text/html',
			// SvelteKit counts a route as prerendered by this header.
			'x-sveltekit-routeid': encodeURI(routeId)
		}
	});
}
