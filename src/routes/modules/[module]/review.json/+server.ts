import { error, json } from '@sveltejs/kit';
import { reviewCards } from '$lib/server/review';
import { moduleWithBankEntries } from '$lib/server/content';
import type { EntryGenerator, RequestHandler } from './$types';
import { moduleEntries } from '$lib/server/module-entries';

export const prerender = true;

// A module's questions and flashcards for the review page, which fetches only the modules a learner has
// studied (see $lib/review/banks.ts) instead of embedding every module's.
export const entries: EntryGenerator = moduleEntries(() => moduleWithBankEntries());

export const GET: RequestHandler = ({ params }) => {
	const cards = reviewCards(params.module);
	if (!cards) error(404, `No questions for “${params.module}”.`);
	return json(cards);
};
