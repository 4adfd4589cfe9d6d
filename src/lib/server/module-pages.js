/**
 * (JavaScript, so that scripts/build/render-modules.js can import it too.)
 *
 * Module pages are rendered outside SvelteKit's prerender, on every core (scripts/build/render-modules.js):
 * SvelteKit's prerender runs on one thread and was most of a large catalogue's build. While it crawls, each
 * module page and file it visits gets an answer it neither saves nor follows (src/hooks.server.ts), so it
 * writes nothing for them, yet counts their routes as prerendered and still checks every link of the other
 * pages. The renderer then renders each module's pages itself (from the routes' `entries`), writes them into
 * the build, lists them for the service worker and checks their links and the other pages' links into them.
 */

/** Set (to `workers`) by `npm run build` for `vite build`: without it SvelteKit renders every page itself. */
export const MODULE_PAGES_ENV = 'BRIEFING_MODULE_PAGES';

/**
 * Routes whose pages and files the renderer makes: everything under a module, and its teachers' page (which
 * builds the module's export archives to list their sizes). Each shows one module only.
 * @param {string | null} routeId
 */
export function isModuleRoute(routeId) {
	return (
		routeId !== null &&
		(routeId === '/modules/[module]' ||
			routeId.startsWith('/modules/[module]/') ||
			routeId === '/teach/[module]')
	);
}

/**
 * The answer a module page gets during SvelteKit's crawl: a redirect marked as SvelteKit's own path
 * normalisation (`x-sveltekit-normalize`), which its prerender neither writes nor follows, to an address off
 * the site, which it does not crawl; the route header makes it count the route as prerendered.
 */
/** @param {string} routeId */
export function leftToRenderer(routeId) {
	return new Response(null, {
		status: 308,
		headers: {
			location: 'https://module-pages.invalid/',
			'x-sveltekit-normalize': '1',
			'x-sveltekit-routeid': encodeURI(routeId)
		}
	});
}
