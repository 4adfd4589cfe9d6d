import { resolve } from '$app/paths';
import { flashcardsFor } from '$lib/review/flashcards';
import type { ReviewModule } from '$lib/review/queue';
import { bankFor, content } from '$lib/server/content';

/** Every module with a question bank, as the review, flashcard and progress pages embed it. */
export function reviewModules(): ReviewModule[] {
	return content.modules.flatMap((m) => {
		const bank = bankFor(m.slug);
		if (!bank) return [];
		return [
			{
				slug: m.slug,
				title: m.title,
				lessons: resolve('/modules/[module]', { module: m.slug }),
				flashcardsHref: resolve('/modules/[module]/flashcards', { module: m.slug }),
				sections: Object.fromEntries(m.sections.map((s) => [s.slug, s.title])),
				items: bank.items,
				flashcards: flashcardsFor(m.slug, bank.facts)
			}
		];
	});
}
