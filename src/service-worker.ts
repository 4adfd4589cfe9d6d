/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
// Keeps the site for offline use (src/lib/offline/plan.ts): a small site whole on the first visit (every
// prerendered page, stylesheet, island script, icon); a large one its shell at once and each module whole
// the first time one of its pages is fetched, so that what a learner opened works with the network off. Each deploy has its own cache; installing a new one
// deletes the old. It never touches local storage, where the learner's progress lives.
import { files, prerendered, version } from '$service-worker';
import {
	MODULE_PAGES_GLOBAL,
	MODULE_PAGES_SCRIPT,
	moduleOfPath,
	offlinePlan
} from '$lib/offline/plan';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `briefing-${version}`;
/**
 * What the pages use: every prerendered page and data file, the island scripts, icons and manifest. Left
 * out: SvelteKit's client bundle (pages are prerendered with csr = false and carry their styles inline, so
 * none loads it), the per-page `__data.json` that only that client would read (still in `prerendered`, though
 * scripts/build/prune-build.js deletes them), and the LMS exports, which
 * a teacher downloads online. On a large site these are most of the bytes a first visit would fetch.
 */
function precached(paths: string[]): string[] {
	return [...new Set(paths)].filter(
		(p) => !p.includes('/_app/') && !p.endsWith('/__data.json') && !p.includes('/exports/')
	);
}
// The service worker lives at <base>/service-worker.js, so this is the site's base path ('' at the root).
const BASE = location.pathname.split('/').slice(0, -1).join('/');

/**
 * The module pages: `npm run build` renders them after SvelteKit built this worker, so they are not in its
 * lists; scripts/build/render-modules.js lists them in a script beside it. A site built by `vite build` alone
 * has every page in SvelteKit's lists and no such script.
 */
function modulePages(): string[] {
	try {
		importScripts(`${BASE}/${MODULE_PAGES_SCRIPT}`);
		const listed = (sw as unknown as Record<string, unknown>)[MODULE_PAGES_GLOBAL];
		return Array.isArray(listed) ? listed.filter((p): p is string => typeof p === 'string') : [];
	} catch {
		return [];
	}
}
const PLAN = offlinePlan(precached([...files, ...prerendered, ...modulePages()]), BASE);

/**
 * The search index (written by scripts/build/search-index.js after SvelteKit built this worker, so not in its lists):
 * every file `pagefind/files.json` names, kept so that search works offline. A site built without the index
 * simply has none to keep.
 */
async function searchFiles(): Promise<string[]> {
	try {
		const response = await fetch(`${BASE}/pagefind/files.json`);
		if (!response.ok) return [];
		const files = (await response.json()) as unknown;
		return Array.isArray(files)
			? files.filter((f): f is string => typeof f === 'string').map((f) => `${BASE}/pagefind/${f}`)
			: [];
	} catch {
		return [];
	}
}

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then(async (cache) => cache.addAll([...PLAN.install, ...(await searchFiles())]))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
			.then(() => sw.clients.claim())
	);
});

/** The cached address of a page: no query, no hash, no trailing slash (the site's own form). */
function cacheUrl(url: URL): string {
	const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
	return `${url.origin}${path || '/'}`;
}

async function respond(request: Request): Promise<Response> {
	const url = new URL(request.url);
	const cache = await caches.open(CACHE);
	const cached = await cache.match(cacheUrl(url));
	if (cached) return cached;
	try {
		return await fetch(request);
	} catch (error) {
		// Offline: a page of a module not kept yet says so; an address that is no page of this site gets the
		// site's own "not found" page.
		if (request.mode === 'navigate') {
			const path = new URL(cacheUrl(url)).pathname;
			const slug = moduleOfPath(path, BASE);
			const notKept = slug !== null && PLAN.modules.get(slug)?.includes(path);
			const page = await cache.match(`${url.origin}${BASE}/${notKept ? 'offline' : '404'}`);
			if (page)
				return new Response(page.body, { status: notKept ? 503 : 404, headers: page.headers });
		}
		throw error;
	}
}

// Modules being kept now, and kept already while this worker runs (after a restart, the cache tells).
const keeping = new Set<string>();
const kept = new Set<string>();

/** Keeps every file of a module not kept yet (a large site's module, the first time it is fetched). */
async function keepModule(slug: string): Promise<void> {
	const paths = PLAN.modules.get(slug);
	if (!paths || keeping.has(slug) || kept.has(slug)) return;
	keeping.add(slug);
	try {
		const cache = await caches.open(CACHE);
		const missing = [];
		for (const path of paths)
			if (!(await cache.match(`${location.origin}${path}`))) missing.push(path);
		// One by one, so that a file that cannot be had (offline, gone) leaves the others kept; it is tried
		// again on the module's next visit.
		const results = await Promise.allSettled(missing.map((path) => cache.add(path)));
		if (results.every((r) => r.status === 'fulfilled')) kept.add(slug);
	} finally {
		keeping.delete(slug);
	}
}

sw.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'GET' || url.origin !== location.origin) return;
	if (!url.pathname.startsWith(`${BASE}/`) && url.pathname !== BASE) return;
	event.respondWith(respond(event.request));
	const slug = moduleOfPath(new URL(cacheUrl(url)).pathname, BASE);
	if (slug !== null && PLAN.modules.has(slug)) event.waitUntil(keepModule(slug));
});
