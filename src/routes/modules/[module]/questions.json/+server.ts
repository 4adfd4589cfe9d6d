import { error, json } from '@sveltejs/kit';
import { bankFor, moduleWithBankEntries } from '$lib/server/content';
import type { EntryGenerator, RequestHandler } from './$types';
import { moduleEntries } from '$lib/server/module-entries';

export const prerender = true;

// The module's whole bank as data: for tools, exports and tests; the same items the quiz page embeds.
export const entries: EntryGenerator = moduleEntries(() => moduleWithBankEntries());

export const GET: RequestHandler = ({ params }) => {
	const bank = bankFor(params.module);
	if (!bank) error(404, `No questions for “${params.module}”.`);
	return json(bank.items);
};
