import { idTest } from '../progress/queries.ts';
import type { ProgressData } from '../progress/schema.ts';
import type { ReviewData } from './review-data.ts';
import { moduleOfCard } from './review-data.ts';
import { eventsFromHistory } from './ratings.ts';
import type { RatingEvent } from './ratings.ts';
import { cardFromEvents, dueCards } from './schedule.ts';
import type { ReviewCard } from './schedule.ts';

/**
 * Each card's events: a question's quiz markings (as ratings) together with its review ratings, a
 * flashcard's ratings alone. Keys with no events are left out.
 */
export function cardEvents(progress: ProgressData, review: ReviewData): Map<string, RatingEvent[]> {
	const events = new Map<string, RatingEvent[]>();
	const add = (key: string, more: RatingEvent[]) => {
		if (more.length > 0) events.set(key, [...(events.get(key) ?? []), ...more]);
	};
	for (const [key, record] of Object.entries(progress.questions)) {
		add(key, eventsFromHistory(record.history));
	}
	for (const [key, log] of Object.entries(review.ratings)) add(key, log);
	return events;
}

/**
 * Every card the learner has, sorted by key. `current` limits them to keys that still exist (questions in
 * the bank, flashcards of current facts): removed ones keep their history but cannot be shown.
 */
export function buildCards(
	progress: ProgressData,
	review: ReviewData,
	current?: ReadonlySet<string> | ((key: string) => boolean)
): ReviewCard[] {
	const exists = current && idTest(current);
	const cards: ReviewCard[] = [];
	for (const [key, events] of cardEvents(progress, review)) {
		if (exists && !exists(key)) continue;
		const card = cardFromEvents(key, events);
		if (card) cards.push(card);
	}
	return cards.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Cards due at `now`, counted per module (slugs sorted), with the total. */
export interface DueSummary {
	/** Due cards across all modules. */
	total: number;
	/** Module slug to its due cards; modules with none are left out. */
	byModule: Record<string, number>;
}

/** How many cards are due at `now`, overall and per module. */
export function dueSummary(cards: readonly ReviewCard[], now: number): DueSummary {
	const byModule = new Map<string, number>();
	const due = dueCards(cards, now);
	for (const card of due) {
		const slug = moduleOfCard(card.key);
		byModule.set(slug, (byModule.get(slug) ?? 0) + 1);
	}
	const sorted = [...byModule].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	return { total: due.length, byModule: Object.fromEntries(sorted) };
}
