/**
 * Full-text search over lessons and modules, in the browser, with the index Pagefind builds from the built site
 * (scripts/build/search-index.js). Helpers for the search page: reading its address, turning Pagefind's results into
 * links and excerpts without inserting HTML.
 */
import { decodeEntities } from '../entities.ts';

/** What a search asks: words, and optionally one tag and one level. */
export interface SearchQuery {
	q: string;
	tag: string;
	level: string;
}

/** The query in a search page's address (`?q=…&tag=…&level=…`); missing parts are empty. */
export function readQuery(search: string): SearchQuery {
	const params = new URLSearchParams(search);
	return {
		q: (params.get('q') ?? '').trim(),
		tag: params.get('tag') ?? '',
		level: params.get('level') ?? ''
	};
}

/** The address part for a query, leaving out what is empty (`''` when nothing is asked). */
export function queryString(query: SearchQuery): string {
	const params = new URLSearchParams();
	if (query.q.trim()) params.set('q', query.q.trim());
	if (query.tag) params.set('tag', query.tag);
	if (query.level) params.set('level', query.level);
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** The filters Pagefind is given for a query. */
export function filtersOf(query: SearchQuery): Record<string, string> {
	return {
		...(query.tag ? { tag: query.tag } : {}),
		...(query.level ? { level: query.level } : {})
	};
}

/** A result's link: Pagefind indexes `page.html` files; the site's addresses have no extension. */
export function resultHref(url: string): string {
	return url.replace(/\/index\.html$/, '/').replace(/\.html(?=$|#)/, '');
}

/**
 * Pagefind's excerpt (escaped text with the matched words in `<mark>`) as plain text parts, each marked or not,
 * so the page shows it as text: nothing from the index is inserted as HTML.
 */
export function excerptParts(excerpt: string): { text: string; mark: boolean }[] {
	const parts: { text: string; mark: boolean }[] = [];
	let mark = false;
	for (const piece of excerpt.split(/(<\/?mark>)/i)) {
		if (/^<mark>$/i.test(piece)) mark = true;
		else if (/^<\/mark>$/i.test(piece)) mark = false;
		else {
			// Any other tag Pagefind might leave is dropped; its text stays.
			const text = decodeEntities(piece.replace(/<[^>]*>/g, ''));
			if (text) parts.push({ text, mark });
		}
	}
	return parts;
}
