import { sectionTitles } from '$lib/content/catalogue';
import { resolve } from '$app/paths';
import type { ReviewCards, ReviewModuleInfo } from '$lib/review/banks';
import { flashcardsFor } from '$lib/review/flashcards';
import type { ReviewModule } from '$lib/review/queue';
import { bankFor, content } from '$lib/server/content';
import type { Module } from '$lib/content/types';

/** A module's questions and flashcards (its review.json); undefined without a bank. */
export function reviewCards(slug: string): ReviewCards | undefined {
	const bank = bankFor(slug);
	return bank && { items: bank.items, flashcards: flashcardsFor(slug, bank.facts) };
}

function describe(m: Module): Omit<ReviewModule, 'items' | 'flashcards'> {
	return {
		slug: m.slug,
		title: m.title,
		lessons: resolve('/modules/[module]', { module: m.slug }),
		flashcardsHref: resolve('/modules/[module]/flashcards', { module: m.slug }),
		sections: sectionTitles(m.sections)
	};
}

/** Every module with a question bank, whole, as the flashcard and progress pages use it. */
export function reviewModules(): ReviewModule[] {
	return content.modules.flatMap((m) => {
		const cards = reviewCards(m.slug);
		return cards ? [{ ...describe(m), ...cards }] : [];
	});
}

/**
 * Every module with a question bank as the review page embeds it: no questions, only where to fetch
 * them; and how many flashcards each has.
 */
export function reviewPageModules(): { modules: ReviewModuleInfo[]; flashcards: number[] } {
	const withCards = content.modules.flatMap((m) => {
		const cards = reviewCards(m.slug);
		return cards ? [{ m, cards }] : [];
	});
	return {
		modules: withCards.map(({ m }) => ({
			...describe(m),
			cardsHref: resolve('/modules/[module]/review.json', { module: m.slug })
		})),
		flashcards: withCards.map(({ cards }) => cards.flashcards.length)
	};
}
