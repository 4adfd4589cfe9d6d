import { reviewPageModules } from '$lib/server/review';
import type { PageServerLoad } from './$types';

// No SvelteKit client: the review island (src/islands/review.ts) is the page's script.
export const csr = false;

export const load: PageServerLoad = () => reviewPageModules();
