import { error } from '@sveltejs/kit';
import { questionsOf } from '$lib/content/catalogue';
import { readability } from '$lib/content/readability';
import { keyTerms } from '$lib/lessons/key-terms.js';
import { READING_LEVELS } from '$lib/lessons/levels';
import { flashcardsFor } from '$lib/review/flashcards';
import { bankFor, content, findModule } from '$lib/server/content';
import { packageList } from '$lib/server/packages';
import type { EntryGenerator, PageServerLoad } from './$types';
import { moduleEntries } from '$lib/server/module-entries';

export const entries: EntryGenerator = moduleEntries(() =>
	content.modules.map((m) => ({ module: m.slug }))
);

export const load: PageServerLoad = async ({ params }) => {
	const module = findModule(params.module);
	if (!module) error(404, `There is no module called “${params.module}”.`);
	return {
		module: {
			slug: module.slug,
			title: module.title,
			summary: module.summary,
			source: module.source,
			objectives: module.objectives,
			level: module.level,
			readingMinutes: module.readingMinutes,
			tags: module.tags,
			sections: module.sections.map((s) => ({ slug: s.slug, title: s.title, order: s.order })),
			...questionsOf(bankFor(module.slug)?.items.map((i) => i.id) ?? []),
			passMark: module.passMark,
			keyTerms: keyTerms(bankFor(module.slug)?.facts ?? []).length,
			// Measured from the text at build time, per level the module is written at.
			levels: READING_LEVELS.flatMap(({ id, name }) => {
				const texts = module.sections.flatMap((s) => (id === 'easier' ? (s.easier ?? []) : s));
				if (texts.length < module.sections.length) return [];
				return [{ id, name, ...readability(...texts.map((t) => t.counts)) }];
			}),
			flashcards: flashcardsFor(module.slug, bankFor(module.slug)?.facts ?? []).length
		},
		exports: await packageList(module.slug)
	};
};
