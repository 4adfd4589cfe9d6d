import { resolve } from '$app/paths';
import { DEFAULT_PASS_MARK } from '$lib/quiz/grade';
import type { DashboardModule } from '$lib/dashboard/island';
import { packKeys } from '$lib/progress/question-keys';
import { currentKeys } from '$lib/review/queue';
import { SKILL_NAMES } from '$lib/questions/skills';
import { SKILLS } from '$lib/questions/types';
import { findModule } from '$lib/server/content';
import { reviewModules } from '$lib/server/review';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const modules = reviewModules().map((m): DashboardModule => {
		const module = findModule(m.slug);
		return {
			slug: m.slug,
			title: m.title,
			href: m.lessons,
			passMark: module?.passMark ?? DEFAULT_PASS_MARK,
			// Ids packed as keys (progress/question-keys.ts): written out, each module added about 30 KB to the page.
			sections: (module?.sections ?? []).map((s) => ({
				slug: s.slug,
				title: s.title,
				href: resolve('/modules/[module]/[section]', { module: m.slug, section: s.slug }),
				questionKeys: packKeys(m.items.filter((i) => i.section === s.slug).map((i) => i.id))
			})),
			// The same questions grouped by reading skill, for mastery per skill.
			skills: SKILLS.flatMap((skill) => {
				const ids = m.items.filter((i) => i.skill === skill).map((i) => i.id);
				return ids.length === 0
					? []
					: [{ skill, title: SKILL_NAMES[skill], questionKeys: packKeys(ids) }];
			}),
			reviewKeys: packKeys([...currentKeys([m])])
		};
	});
	return { modules, reviewHref: resolve('/review') };
};
