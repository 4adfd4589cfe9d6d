import type { ContentIndex, Module, Section } from '$lib/content/types';
import type { Bank } from '$lib/questions/bank';
import type { Fact } from '$lib/questions/facts-types';
import { site } from 'virtual:briefing/site';

// The site, built and checked once per build (see `briefingContent` in vite.config.ts).
export const content: ContentIndex = site.index;

/** The module's question bank, if it has a facts file (a build reads it when first asked for). */
export function bankFor(slug: string): Bank | undefined {
	return site.bank(slug);
}

/**
 * The ids of the module's bank's items, if it has a facts file: what pages listing many modules need of a
 * bank, without reading it.
 */
export function bankItemIds(slug: string): string[] | undefined {
	return site.itemIds(slug);
}

/**
 * The facts of the module's bank, if it has a facts file: what decides whether it has a glossary and
 * flashcards, without reading the bank's items.
 */
export function bankFacts(slug: string): Fact[] | undefined {
	return site.facts(slug);
}

/** The module with this slug, or undefined. */
export function findModule(slug: string): Module | undefined {
	return content.modules.find((m) => m.slug === slug);
}

/** The section with this slug in the module, with its neighbours, or undefined. */
export function findSection(
	module: Module,
	slug: string
): { section: Section; index: number; previous?: Section; next?: Section } | undefined {
	const index = module.sections.findIndex((s) => s.slug === slug);
	if (index < 0) return undefined;
	return {
		section: module.sections[index],
		index,
		previous: module.sections[index - 1],
		next: module.sections[index + 1]
	};
}

/** Prerender entries for a route per module with questions (quiz, assignment, builder, print, bank). */
export function moduleWithBankEntries(): { module: string }[] {
	return modulesWithBank().map((m) => ({ module: m.slug }));
}

/** The modules that have a question bank, in catalogue order. */
export function modulesWithBank(): Module[] {
	return content.modules.filter((m) => bankItemIds(m.slug));
}
