import { resolve } from '$app/paths';
import { SLUG_SLOT } from '$lib/dashboard/summaries';
import type { PageServerLoad } from './$types';

// The dashboard fetches what it shows of each module the learner studied (its progress.json): the page
// itself holds no module, so it weighs the same whatever the size of the catalogue.
export const load: PageServerLoad = () => ({
	summaries: resolve('/modules/[module]/progress.json', { module: SLUG_SLOT }),
	reviewHref: resolve('/review'),
	catalogueHref: resolve('/')
});
