import { sectionTitles } from '$lib/content/catalogue';
import { error } from '@sveltejs/kit';
import { bankFor, findModule, moduleWithBankEntries } from '$lib/server/content';
import { packageList } from '$lib/server/packages';
import type { EntryGenerator, PageServerLoad } from './$types';
import { moduleEntries } from '$lib/server/module-entries';

export const entries: EntryGenerator = moduleEntries(moduleWithBankEntries);

export const load: PageServerLoad = async ({ params }) => {
	const module = findModule(params.module);
	const bank = bankFor(params.module);
	if (!module || !bank) error(404, `There is no module “${params.module}” to assign.`);
	return {
		module: { slug: module.slug, title: module.title, passMark: module.passMark },
		bank: bank.items,
		sections: sectionTitles(module.sections),
		exports: await packageList(module.slug)
	};
};
