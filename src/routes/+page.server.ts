import { resolve } from '$app/paths';
import { SLUG_SLOT } from '$lib/dashboard/summaries';
import { cataloguePage } from '$lib/server/catalogue';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	// The home page is the catalogue's first page (there is always one, if empty).
	...cataloguePage(1)!,
	summaries: resolve('/modules/[module]/progress.json', { module: SLUG_SLOT })
});
