import { error } from '@sveltejs/kit';
import { parsePage } from '$lib/content/pages';
import { content } from '$lib/server/content';
import { cataloguePage, laterPages } from '$lib/server/catalogue';
import type { EntryGenerator, PageServerLoad } from './$types';

// The home page is the catalogue's first page; these are the others.
export const entries: EntryGenerator = () => laterPages(content.modules.length);

export const load: PageServerLoad = ({ params }) => {
	const page = parsePage(params.page);
	const catalogue = page && page > 1 ? cataloguePage(page) : undefined;
	if (!catalogue) error(404, `The catalogue has no page ${params.page}.`);
	return catalogue;
};
