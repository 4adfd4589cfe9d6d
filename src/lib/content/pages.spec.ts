import { describe, expect, it } from 'vitest';
import { CATALOGUE_PAGE_SIZE, pageCount, pageOf, pagerSlots, parsePage } from './pages.ts';

const items = Array.from({ length: 45 }, (_, i) => i + 1);

describe('pageOf', () => {
	it('cuts a list into pages of a fixed size, the last one shorter', () => {
		expect(pageOf(items, 1, 20)).toEqual({
			items: items.slice(0, 20),
			page: 1,
			pages: 3,
			first: 1,
			last: 20,
			total: 45
		});
		expect(pageOf(items, 3, 20)).toMatchObject({
			items: [41, 42, 43, 44, 45],
			first: 41,
			last: 45
		});
	});

	it('has no page before the first or after the last, nor a fractional one', () => {
		expect(pageOf(items, 0, 20)).toBeUndefined();
		expect(pageOf(items, 4, 20)).toBeUndefined();
		expect(pageOf(items, 1.5, 20)).toBeUndefined();
	});

	it('gives an empty list one empty page, so a catalogue without modules still has a home', () => {
		expect(pageOf([], 1)).toEqual({ items: [], page: 1, pages: 1, first: 0, last: 0, total: 0 });
		expect(pageCount(0)).toBe(1);
	});

	it('lists exactly the page size when the list fills its pages', () => {
		const full = Array.from({ length: CATALOGUE_PAGE_SIZE * 2 }, (_, i) => i);
		expect(pageCount(full.length)).toBe(2);
		expect(pageOf(full, 2)?.items).toHaveLength(CATALOGUE_PAGE_SIZE);
	});
});

describe('parsePage', () => {
	it('reads plain page numbers only', () => {
		expect(parsePage('2')).toBe(2);
		expect(parsePage('120')).toBe(120);
		for (const bad of ['0', '01', '-1', '1.5', 'two', '', '1e3'])
			expect(parsePage(bad)).toBeUndefined();
	});
});

describe('pagerSlots', () => {
	it('shows every page when there are few', () => {
		expect(pagerSlots(1, 1)).toEqual([1]);
		expect(pagerSlots(2, 5)).toEqual([1, 2, 3, 4, 5]);
	});

	it('keeps the first, the last and two either side of the current page, with gaps marked', () => {
		expect(pagerSlots(1, 50)).toEqual([1, 2, 3, null, 50]);
		expect(pagerSlots(25, 50)).toEqual([1, null, 23, 24, 25, 26, 27, null, 50]);
		expect(pagerSlots(50, 50)).toEqual([1, null, 48, 49, 50]);
	});

	it('fills a gap of one page with that page rather than a mark', () => {
		expect(pagerSlots(5, 50)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 50]);
	});

	it('never links more than eleven places, whatever the number of pages', () => {
		for (const pages of [1, 7, 12, 1000])
			for (let page = 1; page <= pages; page += Math.ceil(pages / 13))
				expect(pagerSlots(page, pages).length).toBeLessThanOrEqual(11);
	});
});
