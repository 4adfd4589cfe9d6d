import { error } from '@sveltejs/kit';
import { parsePage } from '$lib/content/pages';
import { teachLaterPages, teachPage } from '$lib/server/catalogue';
import type { EntryGenerator, PageServerLoad } from './$types';

// /teach lists the first page of modules to assign; these are the others.
export const entries: EntryGenerator = () => teachLaterPages();

export const load: PageServerLoad = ({ params }) => {
	const page = parsePage(params.page);
	const list = page && page > 1 ? teachPage(page) : undefined;
	if (!list) error(404, `The teachers' list of modules has no page ${params.page}.`);
	return list;
};
