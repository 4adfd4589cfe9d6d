import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { isModuleRoute, MODULE_PAGES_ENV } from './src/lib/server/module-pages.js';

const basePath = process.env.BASE_PATH ?? '';
if (basePath && !/^\/[\w-]+(\/[\w-]+)*$/.test(basePath)) {
	throw new Error(`BASE_PATH must look like /briefing (got ${basePath})`);
}
const base = /** @type {'' | `/${string}`} */ (basePath);

// The theme script in app.html is the only inline script; its hash is taken from the file itself, so
// editing the script can never leave the policy allowing an old version (or blocking the new one).
const appHtml = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
const inlineScripts = [...appHtml.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
	([, body]) =>
		/** @type {`sha256-${string}`} */ (
			`sha256-${createHash('sha256').update(body).digest('base64')}`
		)
);

/** Module pages are rendered after SvelteKit's prerender, on every core (src/lib/server/module-pages.js). */
const modulePagesLater = process.env[MODULE_PAGES_ENV] === 'workers';

/** Routes of a list's second and later pages: a small catalogue has none. */
const PAGED_ROUTES = ['/catalogue/[page]', '/tags/[tag]/[page]', '/teach/modules/[page]'];

/** @type {import('@sveltejs/kit').Config} */
const config = {
	// Lessons are not components: the build makes their markdown into HTML (src/lib/lessons/render.ts).
	preprocess: [vitePreprocess()],
	kit: {
		adapter: adapter({
			pages: process.env.BUILD_DIR ?? 'build',
			assets: process.env.BUILD_DIR ?? 'build',
			fallback: undefined,
			strict: true
		}),
		paths: {
			base,
			// Absolute asset paths let 404.html work at any depth on a static host.
			relative: false
		},
		// Every page is prerendered, so the policy is a <meta http-equiv> tag with hashes (see README,
		// "Security"). A meta tag cannot carry frame-ancestors; a host that can send headers should add it.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// 'wasm-unsafe-eval' lets search (Pagefind) compile its WebAssembly; no eval, no inline script.
				'script-src': ['self', 'wasm-unsafe-eval', ...inlineScripts],
				'style-src': ['self'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		// A page's stylesheets (a few KB) go inline in its <head>, hashed into the policy: no request blocks
		// the first paint.
		inlineStyleThreshold: 32 * 1024,
		prerender: {
			// Pages wait on file reads (content caches, lesson HTML); with four in flight the prerender's one
			// thread is kept busy (100 modules: 34.7 s -> 30.9 s with the placeholder of src/lib/page-data.ts).
			concurrency: 4,
			handleHttpError: 'fail',
			// Under `npm run build` SvelteKit does not render module pages (src/lib/server/module-pages.ts), so it
			// checks no id on them: scripts/build/render-modules.js checks every link into them.
			handleMissingId: 'fail',
			handleEntryGeneratorMismatch: 'fail',
			// The catalogue's later pages exist only once there are more modules than fit on one page; any
			// other route left without a page is still an error.
			// Under `npm run build` module pages are left to scripts/build/render-modules.js
			// (src/lib/server/module-pages.js), so SvelteKit sees only those other pages link to.
			handleUnseenRoutes: ({ routes, message }) => {
				const unexpected = routes.filter(
					(id) => !PAGED_ROUTES.includes(id) && !(modulePagesLater && isModuleRoute(id))
				);
				if (unexpected.length > 0) throw new Error(message);
			},
			entries: ['*', '/404', '/offline']
		}
	}
};

export default config;
