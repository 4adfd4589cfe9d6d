import type { Module } from '../content/types.ts';
import type { Item } from '../questions/types.ts';

/** What every export needs to know about a module besides its bank. */
export interface ExportModule {
	/** Module slug: names the files and the category. */
	slug: string;
	/** Module title. */
	title: string;
	/** One-paragraph summary, used as the package description. */
	summary: string;
	/** Pass mark in percent. */
	passMark: number;
	/** Sections in order, for lesson titles and per-section grouping. */
	sections: { slug: string; title: string }[];
}

/** A module with its bank, as the exports take it. */
export interface ExportInput {
	/** The module. */
	module: ExportModule;
	/** Its question bank, in bank order. */
	items: readonly Item[];
}

/** The parts of a content module that the exports use. */
export function exportModule(module: Module): ExportModule {
	return {
		slug: module.slug,
		title: module.title,
		summary: module.summary,
		passMark: module.passMark,
		sections: module.sections.map((s) => ({ slug: s.slug, title: s.title }))
	};
}
