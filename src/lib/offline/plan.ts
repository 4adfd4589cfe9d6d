/**
 * What the service worker keeps for offline use. A small site is kept whole on the first visit. A large
 * one would make that visit download every module (about 0.8 MB each: a thousand modules, most of a
 * gigabyte), so it keeps the site's shell (catalogue, progress, review, search, teachers' pages, scripts,
 * icons) and, the first time any page of a module is fetched, the whole of that module: a learner who
 * opened a module can read it, take its quiz and review it offline.
 */

export { MODULE_PAGES_GLOBAL, MODULE_PAGES_SCRIPT } from './module-list.js';

/** Up to this many modules, the first visit keeps the whole site. */
export const KEEP_WHOLE_SITE_UP_TO = 25;

/**
 * The module a path of the site belongs to (its pages, data files and teachers' page), or null for the
 * shell. `base` is the site's base path ('' at the root).
 */
export function moduleOfPath(path: string, base: string): string | null {
	if (!path.startsWith(`${base}/`)) return null;
	const rest = path.slice(base.length);
	const match = /^\/(modules|teach)\/([^/]+?)(?:\.html)?(?:\/|$)/.exec(rest);
	if (!match) return null;
	const [, area, slug] = match;
	// The teachers' own pages are shell; only /teach/<module> is a module's.
	if (area === 'teach' && (slug === 'gradebook' || slug === 'modules')) return null;
	return decodeURIComponent(slug);
}

/** The paths to keep on install, and each module's paths, to keep when the module is first fetched. */
export interface OfflinePlan {
	/** Kept on install. */
	install: string[];
	/** Module slug to its paths, kept together the first time one of them is fetched (empty for a small site). */
	modules: Map<string, string[]>;
}

/** Splits the site's paths into what to keep at once and what to keep per module. */
export function offlinePlan(paths: readonly string[], base: string): OfflinePlan {
	const modules = new Map<string, string[]>();
	const shell: string[] = [];
	for (const path of paths) {
		const slug = moduleOfPath(path, base);
		if (slug === null) shell.push(path);
		else modules.set(slug, [...(modules.get(slug) ?? []), path]);
	}
	if (modules.size <= KEEP_WHOLE_SITE_UP_TO) return { install: [...paths], modules: new Map() };
	return { install: shell, modules };
}
