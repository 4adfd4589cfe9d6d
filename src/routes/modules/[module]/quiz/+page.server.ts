import { sectionTitles } from '$lib/content/catalogue';
import { error } from '@sveltejs/kit';
import { newAttempt } from '$lib/quiz/attempt';
import { bankFor, findModule, moduleWithBankEntries } from '$lib/server/content';
import type { EntryGenerator, PageServerLoad } from './$types';
import { moduleEntries } from '$lib/server/module-entries';

export const entries: EntryGenerator = moduleEntries(() => moduleWithBankEntries());

export const load: PageServerLoad = ({ params }) => {
	const module = findModule(params.module);
	const bank = bankFor(params.module);
	if (!module || !bank) error(404, `There is no quiz for “${params.module}”.`);
	// The attempt every first visit starts with, so the prerendered page already shows question 1.
	const initial = newAttempt({
		moduleSlug: module.slug,
		bank: bank.items,
		mode: 'practice',
		length: 10,
		seed: 'first-visit',
		history: {},
		now: 0
	});
	return {
		module: { slug: module.slug, title: module.title, passMark: module.passMark },
		bank: bank.items,
		initial,
		sections: sectionTitles(module.sections)
	};
};
