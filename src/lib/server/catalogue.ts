import { resolve } from '$app/paths';
import { toCard, withTag, type ModuleCard } from '$lib/content/catalogue';
import { pageCount, pageOf, type Page } from '$lib/content/pages';
import type { Module } from '$lib/content/types';
import { bankItemIds, content, modulesWithBank } from './content';

/** Cards of one page of `modules` (only that page's cards are made); undefined past the last page. */
export function cardsPage(modules: Module[], page: number): Page<ModuleCard> | undefined {
	const slice = pageOf(modules, page);
	return (
		slice && {
			...slice,
			items: slice.items.map((m) => toCard(m, bankItemIds(m.slug) ?? []))
		}
	);
}

/** Address of page `page` of the whole catalogue (the home page is its first). */
export function cataloguePageHref(page: number): string {
	return page === 1 ? resolve('/') : resolve('/catalogue/[page]', { page: String(page) });
}

/** Address of page `page` of the modules tagged `tag`. */
export function tagPageHref(tag: string, page: number): string {
	return page === 1
		? resolve('/tags/[tag]', { tag })
		: resolve('/tags/[tag]/[page]', { tag, page: String(page) });
}

/** Addresses of every page of a list of `total` modules, in order, from `href`. */
export function pageHrefs(total: number, href: (page: number) => string): string[] {
	return Array.from({ length: pageCount(total) }, (_, i) => href(i + 1));
}

/** Entries of the second and later pages of a list of `total` modules (the first has its own route). */
export function laterPages(total: number): { page: string }[] {
	return Array.from({ length: pageCount(total) - 1 }, (_, i) => ({ page: String(i + 2) }));
}

/** What a catalogue page passes to `Catalogue.svelte`. */
export interface CataloguePage {
	cards: Page<ModuleCard>;
	/** Address of every page of the list, first to last. */
	pageHrefs: string[];
	tags: string[];
}

/** Page `page` of the whole catalogue, or of the modules tagged `tag`; undefined when there is none. */
export function cataloguePage(page: number, tag?: string): CataloguePage | undefined {
	const modules = tag === undefined ? content.modules : withTag(content.modules, tag);
	const cards = cardsPage(modules, page);
	if (!cards) return undefined;
	const href = tag === undefined ? cataloguePageHref : (n: number) => tagPageHref(tag, n);
	return { cards, pageHrefs: pageHrefs(modules.length, href), tags: content.tags };
}

/** What the teachers' page lists of a module. */
export interface TeachModule {
	slug: string;
	title: string;
	summary: string;
	/** Questions in its bank. */
	questions: number;
}

/** Address of page `page` of the teachers' list of modules. */
export function teachPageHref(page: number): string {
	return page === 1 ? resolve('/teach') : resolve('/teach/modules/[page]', { page: String(page) });
}

/** Page `page` of the modules a teacher can assign (those with a bank); undefined past the last. */
export function teachPage(
	page: number
): { modules: Page<TeachModule>; pageHrefs: string[] } | undefined {
	const all = modulesWithBank();
	const slice = pageOf(all, page);
	if (!slice) return undefined;
	const modules = slice.items.map((m) => ({
		slug: m.slug,
		title: m.title,
		summary: m.summary,
		questions: bankItemIds(m.slug)?.length ?? 0
	}));
	return { modules: { ...slice, items: modules }, pageHrefs: pageHrefs(all.length, teachPageHref) };
}

/** Entries of the teachers' list's second and later pages. */
export function teachLaterPages(): { page: string }[] {
	return laterPages(modulesWithBank().length);
}
