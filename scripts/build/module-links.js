// The link check SvelteKit's crawler makes, for the module pages it leaves to render-modules.js: every
// root-relative link leads to a file of the build, under the base path, and every `#id` to an element there.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { withoutScriptBodies } from './html-bodies.js';

// SvelteKit's own HTML scanner, so that links and ids are read exactly as its crawler reads the other pages.
const { crawl } = await import(
	pathToFileURL(resolve('node_modules/@sveltejs/kit/src/core/postbuild/crawl.js')).href
);

/**
 * The links and ids of a page's HTML, as SvelteKit's crawler reads them (hrefs resolved against the page).
 * @param {string} html
 * @param {string} path the page's URL path, base included
 * @returns {{ ids: string[], links: string[] }}
 */
export function scan(html, path) {
	const { ids, hrefs } = crawl(withoutScriptBodies(html), path);
	return {
		ids,
		links: hrefs.filter((/** @type {string} */ h) => h.startsWith('/') && !h.startsWith('//'))
	};
}

/**
 * Problems with links, one sentence each: a link outside the base path, to a file the build lacks, or to an
 * id no element of the target page has (`top` and the empty fragment always exist).
 * @param {string} dir the build folder
 * @param {string} base the base path ('' or '/briefing')
 * @param {{ from: string, href: string }[]} links
 * @param {Map<string, string[]>} ids ids of pages already read, by URL path; others are read from the build
 * @returns {string[]}
 */
export function checkLinks(dir, base, links, ids) {
	const problems = new Set();
	/** @type {Map<string, string | null>} */
	const files = new Map();
	/** @param {string} path */
	const fileOf = (path) => {
		if (!files.has(path)) {
			const file = path.slice(base.length + 1);
			const candidates = file === '' ? ['index.html'] : [`${file}.html`, file, `${file}/index.html`];
			files.set(path, candidates.find((c) => !c.endsWith('/') && existsSync(join(dir, c))) ?? null);
		}
		return files.get(path);
	};
	/** @param {string} path @param {string} file @returns {string[]} */
	const idsOf = (path, file) => {
		if (!ids.has(path))
			ids.set(path, file.endsWith('.html') ? scan(readFileSync(join(dir, file), 'utf8'), path).ids : []);
		return ids.get(path) ?? [];
	};
	for (const { from, href } of links) {
		const { pathname, hash } = new URL(href, 'http://localhost');
		const path = decodeURI(pathname);
		if (path !== base && !path.startsWith(`${base}/`)) {
			problems.add(`${from} links to ${path}, which does not begin with the base path ${base}`);
			continue;
		}
		const file = fileOf(path);
		if (!file) {
			problems.add(`${from} links to ${path}, which the build does not have`);
			continue;
		}
		const id = decodeURIComponent(hash.slice(1));
		if (id && id !== 'top' && !idsOf(path, file).includes(id))
			problems.add(`${from} links to ${path}#${id}, but no element there has id="${id}"`);
	}
	return [...problems];
}
