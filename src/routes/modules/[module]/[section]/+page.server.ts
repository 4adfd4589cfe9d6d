import { error } from '@sveltejs/kit';
import { content, findModule, findSection } from '$lib/server/content';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	content.modules.flatMap((m) => m.sections.map((s) => ({ module: m.slug, section: s.slug })));

export const load: PageServerLoad = ({ params }) => {
	const module = findModule(params.module);
	if (!module) error(404, `There is no module called “${params.module}”.`);
	const found = findSection(module, params.section);
	if (!found) error(404, `The module “${module.title}” has no section “${params.section}”.`);
	const link = (s: { slug: string; title: string } | undefined) =>
		s && { slug: s.slug, title: s.title };
	return {
		module: {
			slug: module.slug,
			title: module.title,
			sections: module.sections.map((s) => ({ slug: s.slug, title: s.title }))
		},
		section: {
			slug: found.section.slug,
			title: found.section.title,
			file: found.section.file,
			headings: found.section.headings,
			discussion: found.section.discussion,
			readingMinutes: Math.max(1, Math.round(found.section.words / 200))
		},
		position: found.index + 1,
		previous: link(found.previous),
		next: link(found.next)
	};
};
