import { bankFor, modulesWithBank } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	modules: modulesWithBank().map((m) => ({
		slug: m.slug,
		title: m.title,
		summary: m.summary,
		questions: bankFor(m.slug)?.items.length ?? 0
	}))
});
