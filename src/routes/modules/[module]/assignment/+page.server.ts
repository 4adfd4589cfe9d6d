import { sectionTitles } from '$lib/content/catalogue';
import { error } from '@sveltejs/kit';
import { bankFor, findModule, moduleWithBankEntries } from '$lib/server/content';
import type { EntryGenerator, PageServerLoad } from './$types';
import { moduleEntries } from '$lib/server/module-entries';

export const entries: EntryGenerator = moduleEntries(moduleWithBankEntries);

export const load: PageServerLoad = ({ params }) => {
	const module = findModule(params.module);
	const bank = bankFor(params.module);
	if (!module || !bank) error(404, `There is no quiz for “${params.module}”.`);
	return {
		module: { slug: module.slug, title: module.title },
		bank: bank.items,
		sections: sectionTitles(module.sections)
	};
};
