import { reviewPageModules } from '$lib/server/review';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => reviewPageModules();
