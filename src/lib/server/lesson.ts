import { error } from '@sveltejs/kit';
import { readability } from '$lib/content/readability';
import type { ReadingLevel } from '$lib/content/types';
import { checkItems } from '$lib/lessons/check';
import { keyTerms } from '$lib/lessons/key-terms.js';
import { lessonHtml } from 'virtual:briefing/site';
import { bankFacts, bankFor, content, findModule, findSection } from './content';

/** Prerender entries of the section pages at one level: every section that is written at that level. */
export function lessonEntries(level: ReadingLevel): { module: string; section: string }[] {
	return content.modules.flatMap((m) =>
		m.sections
			.filter((s) => level === 'standard' || s.easier)
			.map((s) => ({ module: m.slug, section: s.slug }))
	);
}

/** What a section page shows at a level; 404 for a module, section or level that does not exist. */
export async function lessonData(moduleSlug: string, sectionSlug: string, level: ReadingLevel) {
	const module = findModule(moduleSlug);
	if (!module) error(404, `There is no module called “${moduleSlug}”.`);
	const found = findSection(module, sectionSlug);
	if (!found) error(404, `The module “${module.title}” has no section “${sectionSlug}”.`);
	const text = level === 'easier' ? found.section.easier : found.section;
	if (!text) error(404, `The section “${found.section.title}” has no easier version.`);
	const title = (s: { title: string; easier?: { title: string } }) =>
		level === 'easier' && s.easier ? s.easier.title : s.title;
	const link = (s: (typeof module.sections)[number] | undefined) =>
		s && { slug: s.slug, title: title(s) };
	return {
		module: {
			slug: module.slug,
			title: module.title,
			tags: module.tags,
			level: module.level,
			sections: module.sections.map((s) => ({ slug: s.slug, title: title(s) }))
		},
		section: {
			slug: found.section.slug,
			title: text.title,
			file: text.file,
			headings: text.headings,
			discussion: text.discussion,
			readingMinutes: readability(text.counts).minutes,
			/** The section's body, made from its markdown at build time. */
			html: await lessonHtml(text.file)
		},
		level,
		/** The levels this section is written at; one means no level switch. */
		levels: found.section.easier
			? (['standard', 'easier'] as ReadingLevel[])
			: ['standard' as const],
		/** Two or three of the section's questions, asked at its end (the same at both levels). */
		checks: checkItems(bankFor(module.slug)?.items ?? [], found.section.slug),
		/** Whether the module has a glossary page to link to. */
		hasGlossary: keyTerms(bankFacts(module.slug) ?? []).length > 0,
		position: found.index + 1,
		previous: link(found.previous),
		next: link(found.next)
	};
}
