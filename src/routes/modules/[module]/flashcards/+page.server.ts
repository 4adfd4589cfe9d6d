import { error } from '@sveltejs/kit';
import { flashcardsFor } from '$lib/review/flashcards';
import { bankFacts, modulesWithBank } from '$lib/server/content';
import { reviewModule } from '$lib/server/review';
import type { EntryGenerator, PageServerLoad } from './$types';
import { moduleEntries } from '$lib/server/module-entries';

// The cards are made from the bank's facts alone (as `reviewModule` makes them), so listing the modules that
// have some reads no bank's items.
export const entries: EntryGenerator = moduleEntries(() =>
	modulesWithBank()
		.filter((m) => flashcardsFor(m.slug, bankFacts(m.slug) ?? []).length > 0)
		.map((m) => ({ module: m.slug }))
);

export const load: PageServerLoad = ({ params }) => {
	const module = reviewModule(params.module);
	if (!module || module.flashcards.length === 0)
		error(404, `There are no flashcards for “${params.module}”.`);
	// The deck needs no questions: leaving the bank out keeps the page small.
	return { module: { ...module, items: [] } };
};
