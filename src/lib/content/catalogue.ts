import type { Level, Module } from './types.ts';

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
	/** Ids of the quiz's current questions (empty without a facts file); scores count only these. */
	questionIds: string[];
}

/** The catalogue entry for a module. */
export function toCard(module: Module, questionIds: string[]): ModuleCard {
	return {
		slug: module.slug,
		title: module.title,
		summary: module.summary,
		readingMinutes: module.readingMinutes,
		level: module.level,
		tags: module.tags,
		sections: module.sections.length,
		questionIds
	};
}

/** Modules carrying a tag, in catalogue order. */
export function withTag(modules: Module[], tag: string): Module[] {
	return modules.filter((m) => m.tags.includes(tag));
}
