import { sectionTitles } from '$lib/content/catalogue';
import { resolve } from '$app/paths';
import { modulesWithBank } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	modules: modulesWithBank().map((m) => ({
		slug: m.slug,
		title: m.title,
		bank: resolve('/modules/[module]/questions.json', { module: m.slug }),
		sections: sectionTitles(m.sections),
		studentPath: resolve('/modules/[module]/assignment', { module: m.slug })
	}))
});
