import { sectionTitles } from '$lib/content/catalogue';
import { error } from '@sveltejs/kit';
import { bankFor, findModule, moduleWithBankEntries } from '$lib/server/content';
import { bySection, paperItem } from '$lib/teach/worksheet';
import type { EntryGenerator, PageServerLoad } from './$types';
import { moduleEntries } from '$lib/server/module-entries';

export const entries: EntryGenerator = moduleEntries(moduleWithBankEntries);

export const load: PageServerLoad = ({ params }) => {
	const module = findModule(params.module);
	const bank = bankFor(params.module);
	if (!module || !bank) error(404, `There is no worksheet for “${params.module}”.`);
	const sections = sectionTitles(module.sections);
	return {
		module: { slug: module.slug, title: module.title },
		groups: bySection(bank.items, sections).map((g) => ({
			section: g.section,
			title: g.title,
			items: g.items.map(paperItem)
		}))
	};
};
