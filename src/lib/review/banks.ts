// The review page does not embed every module's questions: a site with many modules would make it
// megabytes. It embeds what it shows of each module (ReviewModuleInfo) and fetches the questions and
// flashcards of only the modules the learner has studied, from each module's prerendered review.json
// (cached by the service worker, so this works offline too).
import type { Item } from '../questions/types.ts';
import type { Flashcard } from './flashcards.ts';
import type { ReviewModule } from './queue.ts';

/** A module as the review page embeds it: everything but its questions and flashcards. */
export type ReviewModuleInfo = Omit<ReviewModule, 'items' | 'flashcards'> & {
	/** Address of the module's review.json: its questions and flashcards. */
	cardsHref: string;
};

/** What a module's review.json holds. */
export interface ReviewCards {
	items: Item[];
	flashcards: Flashcard[];
}

/** Whether a parsed review.json has the shape the review needs. */
export function isReviewCards(value: unknown): value is ReviewCards {
	if (typeof value !== 'object' || value === null) return false;
	const { items, flashcards } = value as Record<string, unknown>;
	return (
		Array.isArray(items) &&
		Array.isArray(flashcards) &&
		items.every((i) => typeof i === 'object' && i !== null && typeof i.id === 'string') &&
		flashcards.every((c) => typeof c === 'object' && c !== null && typeof c.key === 'string')
	);
}

/** Fetches a module's questions and flashcards; rejects with a plain reason when they cannot be had. */
export async function loadReviewModule(
	info: ReviewModuleInfo,
	fetcher: typeof fetch = fetch
): Promise<ReviewModule> {
	const response = await fetcher(info.cardsHref);
	if (!response.ok) throw new Error(`${info.cardsHref}: ${response.status}`);
	const body: unknown = await response.json();
	if (!isReviewCards(body)) throw new Error(`${info.cardsHref}: not a module's review cards`);
	const { slug, title, lessons, flashcardsHref, sections } = info;
	return { slug, title, lessons, flashcardsHref, sections, ...body };
}
