import { resolve } from '$app/paths';
import { SLUG_SLOT } from '$lib/dashboard/summaries';
import type { PageServerLoad } from './$types';

// The review fetches what it needs of each module the learner studied: the page holds no module.
export const load: PageServerLoad = () => ({
	summaries: resolve('/modules/[module]/progress.json', { module: SLUG_SLOT }),
	cards: resolve('/modules/[module]/review.json', { module: SLUG_SLOT }),
	flashcards: resolve('/modules/[module]/flashcards', { module: SLUG_SLOT })
});
