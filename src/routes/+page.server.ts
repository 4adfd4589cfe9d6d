import { toCard } from '$lib/content/catalogue';
import { content } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	cards: content.modules.map(toCard),
	tags: content.tags
});
