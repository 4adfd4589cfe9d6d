import { sectionTitles } from '$lib/content/catalogue';
import { resolve } from '$app/paths';
import type { ReviewCards } from '$lib/review/banks';
import { flashcardsFor } from '$lib/review/flashcards';
import type { ReviewModule } from '$lib/review/queue';
import { bankFor, findModule } from '$lib/server/content';
import { packKeys } from '$lib/progress/question-keys';
import { SKILL_NAMES } from '$lib/questions/skills';
import { SKILLS } from '$lib/questions/types';
import { DEFAULT_PASS_MARK } from '$lib/quiz/grade';
import type { DashboardModule } from '$lib/dashboard/island';
import { currentKeys } from '$lib/review/queue';
import type { Module } from '$lib/content/types';

/** A module's questions and flashcards (its review.json); undefined without a bank. */
export function reviewCards(slug: string): ReviewCards | undefined {
	const bank = bankFor(slug);
	if (!bank) return undefined;
	// Made once per bank: a module's review.json, progress.json and flashcards page all need them.
	let cards = cardsOfBank.get(bank);
	if (!cards) {
		cards = { items: bank.items, flashcards: flashcardsFor(slug, bank.facts) };
		cardsOfBank.set(bank, cards);
	}
	return cards;
}
const cardsOfBank = new WeakMap<object, ReviewCards>();

function describe(m: Module): Omit<ReviewModule, 'items' | 'flashcards'> {
	return {
		slug: m.slug,
		title: m.title,
		lessons: resolve('/modules/[module]', { module: m.slug }),
		flashcardsHref: resolve('/modules/[module]/flashcards', { module: m.slug }),
		sections: sectionTitles(m.sections)
	};
}

/** One module with a question bank, whole (undefined without one), as its flashcards page uses it. */
export function reviewModule(slug: string): ReviewModule | undefined {
	const module = findModule(slug);
	const cards = module && reviewCards(slug);
	return module && cards && { ...describe(module), ...cards };
}

/**
 * What the progress dashboard and the home page's count of reviews due need of a module (its
 * progress.json): no question text, only ids packed as keys (written out, each module added about 30 KB).
 */
export function dashboardModule(slug: string): DashboardModule | undefined {
	const m = reviewModule(slug);
	const module = findModule(slug);
	if (!m || !module) return undefined;
	return {
		slug: m.slug,
		title: m.title,
		href: m.lessons,
		passMark: module.passMark ?? DEFAULT_PASS_MARK,
		sections: module.sections.map((s) => ({
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
}
