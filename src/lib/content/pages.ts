/**
 * The catalogue in pages: the home and tag pages list a fixed number of modules each, so that their
 * weight does not grow with the catalogue (a thousand modules would make a one-page list megabytes).
 */

/** Modules listed on one catalogue page. */
export const CATALOGUE_PAGE_SIZE = 20;

/** One page of a list: its items, and where it sits among the others. */
export interface Page<T> {
	/** The items on this page. */
	items: T[];
	/** This page's number, from 1. */
	page: number;
	/** How many pages the list makes (at least 1, so an empty list still has its first page). */
	pages: number;
	/** 1-based position of the first item on the page among all (0 when the list is empty). */
	first: number;
	/** 1-based position of the last item on the page among all. */
	last: number;
	/** Number of items in the whole list. */
	total: number;
}

/** Number of pages `total` items make at `size` a page: at least one. */
export function pageCount(total: number, size = CATALOGUE_PAGE_SIZE): number {
	return Math.max(1, Math.ceil(total / size));
}

/** Page `page` (1-based) of `items`; undefined when there is no such page. */
export function pageOf<T>(
	items: readonly T[],
	page: number,
	size = CATALOGUE_PAGE_SIZE
): Page<T> | undefined {
	const pages = pageCount(items.length, size);
	if (!Number.isInteger(page) || page < 1 || page > pages) return undefined;
	const start = (page - 1) * size;
	const slice = items.slice(start, start + size);
	return {
		items: slice,
		page,
		pages,
		first: slice.length ? start + 1 : 0,
		last: start + slice.length,
		total: items.length
	};
}

/** The page number in a URL segment ("2"), or undefined when the segment is not a plain number. */
export function parsePage(segment: string): number | undefined {
	return /^[1-9]\d{0,5}$/.test(segment) ? Number(segment) : undefined;
}

/**
 * The page numbers a pager links to: the first and last, the current and two either side; `null` marks a
 * gap. Eleven links at most, whatever the number of pages, so the pager fits on a phone.
 */
export function pagerSlots(page: number, pages: number): (number | null)[] {
	const shown = new Set([1, pages]);
	for (let p = page - 2; p <= page + 2; p++) if (p >= 1 && p <= pages) shown.add(p);
	const sorted = [...shown].sort((a, b) => a - b);
	const slots: (number | null)[] = [];
	for (const p of sorted) {
		const previous = slots.at(-1);
		if (typeof previous === 'number' && p - previous === 2) slots.push(p - 1);
		else if (typeof previous === 'number' && p - previous > 2) slots.push(null);
		slots.push(p);
	}
	return slots;
}
