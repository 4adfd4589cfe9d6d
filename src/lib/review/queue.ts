import type { ProgressData } from '../progress/schema.ts';
import type { Item } from '../questions/types.ts';
import { buildCards } from './deck.ts';
import type { Flashcard } from './flashcards.ts';
import type { ReviewData } from './review-data.ts';
import { dueCards } from './schedule.ts';
import type { ReviewCard } from './schedule.ts';

/** What the review and flashcard pages know of one module, embedded in the page from the build. */
export interface ReviewModule {
	/** Module slug. */
	slug: string;
	/** Module title. */
	title: string;
	/** Address of the module's overview page; lesson links are built under it. */
	lessons: string;
	/** Address of the module's flashcards page. */
	flashcardsHref: string;
	/** Section slug to title. */
	sections: Record<string, string>;
	/** The module's current question bank. */
	items: Item[];
	/** The module's flashcards. */
	flashcards: Flashcard[];
}

/** One card to review: a quiz question or a flashcard, with its schedule. */
export type QueueEntry =
	| { kind: 'question'; key: string; module: ReviewModule; item: Item; card: ReviewCard }
	| {
			kind: 'flashcard';
			key: string;
			module: ReviewModule;
			flashcard: Flashcard;
			card: ReviewCard;
	  };

/** Keys of every card that still exists: each module's questions and flashcards. */
export function currentKeys(modules: readonly ReviewModule[]): Set<string> {
	const keys = new Set<string>();
	for (const m of modules) {
		for (const item of m.items) keys.add(`${m.slug}/${item.id}`);
		for (const card of m.flashcards) keys.add(card.key);
	}
	return keys;
}

/** Every card the learner has met that still exists, with its schedule. */
export function learnerCards(
	modules: readonly ReviewModule[],
	progress: ProgressData,
	review: ReviewData
): ReviewCard[] {
	return buildCards(progress, review, currentKeys(modules));
}

/** The cards due at `now`, most overdue first, each with the question or flashcard to show. */
export function reviewQueue(
	modules: readonly ReviewModule[],
	cards: readonly ReviewCard[],
	now: number
): QueueEntry[] {
	const questions = new Map<string, { module: ReviewModule; item: Item }>();
	const flashcards = new Map<string, { module: ReviewModule; flashcard: Flashcard }>();
	for (const module of modules) {
		for (const item of module.items) questions.set(`${module.slug}/${item.id}`, { module, item });
		for (const flashcard of module.flashcards) flashcards.set(flashcard.key, { module, flashcard });
	}
	const queue: QueueEntry[] = [];
	for (const card of dueCards(cards, now)) {
		const question = questions.get(card.key);
		const flashcard = flashcards.get(card.key);
		if (question) queue.push({ kind: 'question', key: card.key, card, ...question });
		else if (flashcard) queue.push({ kind: 'flashcard', key: card.key, card, ...flashcard });
	}
	return queue;
}

/** When the first card not yet due at `now` falls due; null when there is none. */
export function nextDueAt(cards: readonly ReviewCard[], now: number): number | null {
	let next: number | null = null;
	for (const card of cards)
		if (card.due > now && (next === null || card.due < next)) next = card.due;
	return next;
}

/**
 * A deck of flashcards in study order: due ones first (most overdue first), then ones never rated, then
 * the rest by when they fall due; the deck's own order breaks ties.
 */
export function studyOrder(
	flashcards: readonly Flashcard[],
	cards: readonly ReviewCard[],
	now: number
): Flashcard[] {
	const byKey = new Map(cards.map((c) => [c.key, c]));
	const rank = (f: Flashcard): [number, number] => {
		const card = byKey.get(f.key);
		if (!card) return [1, 0];
		return card.due <= now ? [0, card.due] : [2, card.due];
	};
	return flashcards
		.map((f, i) => ({ f, i, r: rank(f) }))
		.sort((a, b) => a.r[0] - b.r[0] || a.r[1] - b.r[1] || a.i - b.i)
		.map(({ f }) => f);
}

/** "in 3 days", "in 5 hours", "in 10 minutes", "now": how far ahead a due time is, in words. */
export function dueIn(due: number, now: number): string {
	const minutes = Math.round((due - now) / 60_000);
	if (minutes <= 0) return 'now';
	const unit = (n: number, word: string) => `in ${n} ${word}${n === 1 ? '' : 's'}`;
	if (minutes < 60) return unit(minutes, 'minute');
	const hours = Math.round(minutes / 60);
	if (hours < 24) return unit(hours, 'hour');
	const days = Math.round(hours / 24);
	if (days < 60) return unit(days, 'day');
	return unit(Math.round(days / 30), 'month');
}

/** A date and time for the learner, e.g. "Friday 27 November 2026 at 14:05", in their time zone. */
export function formatWhen(at: number): string {
	const d = new Date(at);
	const date = d.toLocaleDateString('en-GB', {
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		year: 'numeric'
	});
	const time = d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
	return `${date} at ${time}`;
}
