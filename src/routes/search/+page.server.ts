import { content } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	tags: content.tags,
	levels: [...new Set(content.modules.map((m) => m.level))].sort()
});
