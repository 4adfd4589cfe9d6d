import { resolve } from '$app/paths';
import { bankFor, content } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	modules: content.modules
		.filter((m) => bankFor(m.slug))
		.map((m) => ({
			slug: m.slug,
			title: m.title,
			bank: resolve('/modules/[module]/questions.json', { module: m.slug }),
			sections: Object.fromEntries(m.sections.map((s) => [s.slug, s.title])),
			studentPath: resolve('/modules/[module]/assignment', { module: m.slug })
		}))
});
