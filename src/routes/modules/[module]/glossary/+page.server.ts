import { error } from '@sveltejs/kit';
import { keyTerms } from '$lib/lessons/key-terms.js';
import { bankFacts, content, findModule } from '$lib/server/content';
import type { EntryGenerator, PageServerLoad } from './$types';
import { moduleEntries } from '$lib/server/module-entries';

const termsOf = (slug: string) => keyTerms(bankFacts(slug) ?? []);

export const entries: EntryGenerator = moduleEntries(() =>
	content.modules.filter((m) => termsOf(m.slug).length > 0).map((m) => ({ module: m.slug }))
);

export const load: PageServerLoad = ({ params }) => {
	const module = findModule(params.module);
	const terms = module ? termsOf(module.slug) : [];
	if (!module || terms.length === 0) error(404, `There is no glossary for “${params.module}”.`);
	const titles = new Map(module.sections.map((s) => [s.slug, s.title]));
	return {
		module: { slug: module.slug, title: module.title },
		terms: terms.map((t) => ({ ...t, sectionTitle: titles.get(t.section) ?? t.section }))
	};
};
