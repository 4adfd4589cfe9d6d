import { packKeys } from '../progress/question-keys.ts';
import type { Level, Module } from './types.ts';

/** Section slug to title, as the quiz, assignment, worksheet and exports name a question's section. */
export function sectionTitles(
	sections: readonly { slug: string; title: string }[]
): Record<string, string> {
	return Object.fromEntries(sections.map((s) => [s.slug, s.title]));
}

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
	/** Number of questions in the module's quiz (0 without a facts file). */
	questionCount: number;
	/** The quiz's current questions as packed keys (see progress/question-keys.ts); scores count only these. */
	questionKeys: string;
}

/** What a page needs of a quiz's questions to show a learner's scores over them. */
export function questionsOf(
	questionIds: string[]
): Pick<ModuleCard, 'questionCount' | 'questionKeys'> {
	return { questionCount: questionIds.length, questionKeys: packKeys(questionIds) };
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
		...questionsOf(questionIds)
	};
}

/** Modules carrying a tag, in catalogue order. */
export function withTag(modules: Module[], tag: string): Module[] {
	return modules.filter((m) => m.tags.includes(tag));
}
