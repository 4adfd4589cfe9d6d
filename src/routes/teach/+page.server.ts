import { bankFor, content } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	modules: content.modules
		.filter((m) => bankFor(m.slug))
		.map((m) => ({
			slug: m.slug,
			title: m.title,
			summary: m.summary,
			questions: bankFor(m.slug)?.items.length ?? 0
		}))
});
