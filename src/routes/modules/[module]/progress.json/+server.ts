import { error, json } from '@sveltejs/kit';
import { moduleWithBankEntries } from '$lib/server/content';
import { dashboardModule } from '$lib/server/review';
import type { EntryGenerator, RequestHandler } from './$types';
import { moduleEntries } from '$lib/server/module-entries';

export const prerender = true;

// What the progress dashboard and the home page's reviews count need of a module: they fetch it for the
// modules a learner has studied only, so neither page grows with the catalogue.
export const entries: EntryGenerator = moduleEntries(() => moduleWithBankEntries());

export const GET: RequestHandler = ({ params }) => {
	const module = dashboardModule(params.module);
	if (!module) error(404, `No questions for “${params.module}”.`);
	return json(module);
};
