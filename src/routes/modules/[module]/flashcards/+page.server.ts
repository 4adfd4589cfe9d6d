import { error } from '@sveltejs/kit';
import { modulesWithBank } from '$lib/server/content';
import { reviewModule } from '$lib/server/review';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	modulesWithBank()
		.filter((m) => (reviewModule(m.slug)?.flashcards.length ?? 0) > 0)
		.map((m) => ({ module: m.slug }));

export const load: PageServerLoad = ({ params }) => {
	const module = reviewModule(params.module);
	if (!module || module.flashcards.length === 0)
		error(404, `There are no flashcards for “${params.module}”.`);
	// The deck needs no questions: leaving the bank out keeps the page small.
	return { module: { ...module, items: [] } };
};
