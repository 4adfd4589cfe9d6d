import type { Level, Module } from './types';

/** What the catalogue shows of a module. */
export interface ModuleCard {
	/** URL slug. */
	slug: string;
	/** Module title. */
	title: string;
	/** One-paragraph summary. */
	summary: string;
	/** Estimated reading time in minutes. */
	readingMinutes: number;
	/** Difficulty. */
	level: Level;
	/** Catalogue tags. */
	tags: string[];
	/** Number of lesson sections. */
	sections: number;
	/** Number of quiz questions; 0 when the module has no facts file yet. */
	questions: number;
}

/** The catalogue entry for a module. */
export function toCard(module: Module, questions: number): ModuleCard {
	return {
		slug: module.slug,
		title: module.title,
		summary: module.summary,
		readingMinutes: module.readingMinutes,
		level: module.level,
		tags: module.tags,
		sections: module.sections.length,
		questions
	};
}

/** Modules carrying a tag, in catalogue order. */
export function withTag(modules: Module[], tag: string): Module[] {
	return modules.filter((m) => m.tags.includes(tag));
}
