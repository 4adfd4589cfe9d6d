// The catalogue's pages as the build renders them: a small site has one, so the end-to-end suite (one
// module) never shows a pager; these render the component over a long list instead.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { ModuleCard } from '../content/catalogue.ts';
import { CATALOGUE_PAGE_SIZE, pageCount, pageOf } from '../content/pages.ts';
import Catalogue from './Catalogue.svelte';

function card(i: number): ModuleCard {
	return {
		slug: `module-${i}`,
		title: `Module number ${i}`,
		summary: `What module ${i} is about.`,
		readingMinutes: 10,
		level: 'introductory',
		tags: ['science'],
		sections: 5,
		questionCount: 0,
		questionKeys: ''
	};
}

const cards = Array.from({ length: 45 }, (_, i) => card(i + 1));
const hrefs = Array.from({ length: pageCount(cards.length) }, (_, i) =>
	i === 0 ? '/' : `/catalogue/${i + 1}`
);

function page(n: number, tag?: string): string {
	const props = { cards: pageOf(cards, n)!, pageHrefs: hrefs, tags: ['science'], current: tag };
	return render(Catalogue, { props }).body;
}

describe('Catalogue', () => {
	it('lists one page of modules and says which ones among how many', () => {
		const html = page(2);
		expect(CATALOGUE_PAGE_SIZE).toBe(20);
		expect(html.match(/<article class="card/g)).toHaveLength(20);
		expect(html).toContain('Module number 21<');
		expect(html).toContain('Module number 40<');
		expect(html).not.toContain('Module number 41<');
		expect(html).toMatch(/role="status"[^>]*>21–40 of 45 modules, page 2 of 3</);
	});

	it('links the previous, next and every nearby page, the current one marked', () => {
		const html = page(2);
		expect(html).toMatch(/<nav aria-label="Pages of modules"/);
		expect(html).toMatch(
			/href="\/" rel="prev"[^>]*>Previous <span class="visually-hidden">page<\/span>/
		);
		expect(html).toMatch(/href="\/catalogue\/3" rel="next"/);
		expect(html).toMatch(/href="\/catalogue\/2" aria-current="page" aria-label="Page 2 of 3"/);
		expect(html).toMatch(/href="\/" aria-label="Page 1 of 3"/);
	});

	it('has no previous link on the first page and no next link on the last', () => {
		expect(page(1)).not.toContain('rel="prev"');
		expect(page(3)).not.toContain('rel="next"');
		expect(page(3).match(/<article class="card/g)).toHaveLength(5);
	});

	it('shows no pager when every module fits on one page', () => {
		const props = {
			cards: pageOf(cards.slice(0, 3), 1)!,
			pageHrefs: ['/'],
			tags: [],
			current: undefined
		};
		const html = render(Catalogue, { props }).body;
		expect(html).not.toContain('Pages of modules');
		expect(html).toMatch(/role="status"[^>]*>3 modules</);
	});

	it('names the tag in the count and the pager of a tag page', () => {
		const html = page(2, 'science');
		expect(html).toMatch(/21–40 of 45 modules tagged “Science”, page 2 of 3/);
		expect(html).toContain('aria-label="Pages of modules tagged “Science”"');
	});
});
