import { createEmptyCard, fsrs, generatorParameters, Rating, State } from 'ts-fsrs';
import type { Card, Grade } from 'ts-fsrs';
import { compareEvents, eventsFromHistory, RATINGS } from './ratings.ts';
import type { Marking, RatingEvent, ReviewRating } from './ratings.ts';

/** Where a card is in its life: never reviewed, being learned, in review, or relearned after a lapse. */
export type CardPhase = 'new' | 'learning' | 'review' | 'relearning';

/** A card's FSRS state as plain JSON (dates as ms since the epoch), so it can be stored and compared. */
export interface ReviewCard {
	/** `module/itemId` for a question, `module/card:<factId>` for a flashcard. */
	key: string;
	/** When the card is next due, ms since the epoch. */
	due: number;
	/** FSRS stability: days until recall probability falls to the requested retention. */
	stability: number;
	/** FSRS difficulty, 1 (easy) to 10 (hard). */
	difficulty: number;
	/** Days between the last two reviews (ts-fsrs still reads it). */
	elapsedDays: number;
	/** Days from the last review to `due`. */
	scheduledDays: number;
	/** Index of the current (re)learning step. */
	learningSteps: number;
	/** Times the card has been rated. */
	reps: number;
	/** Times a card in review was forgotten (rated again). */
	lapses: number;
	/** Where the card is in its life. */
	phase: CardPhase;
	/** Time of the last rating, or null when never rated. */
	lastReview: number | null;
}

/**
 * Parameters of every schedule. Fuzz is off so the same ratings always give the same dates. Short-term
 * steps are off because quiz answers already are the learning session: with them on, every question
 * answered right would be due again ten minutes later; without them, a miss returns after a day and a
 * first right answer after three.
 */
export const SCHEDULER_PARAMETERS = generatorParameters({
	enable_fuzz: false,
	enable_short_term: false
});

const scheduler = fsrs(SCHEDULER_PARAMETERS);

const TO_FSRS: Record<ReviewRating, Grade> = {
	again: Rating.Again,
	hard: Rating.Hard,
	good: Rating.Good,
	easy: Rating.Easy
};

const PHASES: Record<State, CardPhase> = {
	[State.New]: 'new',
	[State.Learning]: 'learning',
	[State.Review]: 'review',
	[State.Relearning]: 'relearning'
};

const STATES: Record<CardPhase, State> = {
	new: State.New,
	learning: State.Learning,
	review: State.Review,
	relearning: State.Relearning
};

function toPlain(key: string, card: Card): ReviewCard {
	return {
		key,
		due: card.due.getTime(),
		stability: card.stability,
		difficulty: card.difficulty,
		elapsedDays: card.elapsed_days,
		scheduledDays: card.scheduled_days,
		learningSteps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		phase: PHASES[card.state],
		lastReview: card.last_review ? card.last_review.getTime() : null
	};
}

function toFsrs(card: ReviewCard): Card {
	const out: Card = {
		due: new Date(card.due),
		stability: card.stability,
		difficulty: card.difficulty,
		elapsed_days: card.elapsedDays,
		scheduled_days: card.scheduledDays,
		learning_steps: card.learningSteps,
		reps: card.reps,
		lapses: card.lapses,
		state: STATES[card.phase]
	};
	if (card.lastReview !== null) out.last_review = new Date(card.lastReview);
	return out;
}

/** A card never rated, created (and so due) at `now`. */
export function newCard(key: string, now: number): ReviewCard {
	return toPlain(key, createEmptyCard(new Date(now)));
}

/**
 * The card after one more rating at `now`. A rating older than the card's last review is applied as if
 * given at that review, since FSRS cannot go back in time; replay a sorted log to place it properly.
 */
export function rate(card: ReviewCard, rating: ReviewRating, now: number): ReviewCard {
	const at = Math.max(now, card.lastReview ?? now);
	return toPlain(card.key, scheduler.next(toFsrs(card), new Date(at), TO_FSRS[rating]).card);
}

/** The card the events make, replayed oldest first; null when there are none (nothing to review yet). */
export function cardFromEvents(key: string, events: readonly RatingEvent[]): ReviewCard | null {
	if (events.length === 0) return null;
	const sorted = [...events].sort(compareEvents);
	let card = newCard(key, sorted[0].at);
	for (const event of sorted) card = rate(card, event.rating, event.at);
	return card;
}

/**
 * The card a question's stored quiz history makes, so learners who took quizzes before review existed
 * get a schedule without a migration; null when the question was never marked.
 */
export function cardFromHistory(key: string, history: readonly Marking[]): ReviewCard | null {
	return cardFromEvents(key, eventsFromHistory(history));
}

/** Cards due at `now`, most overdue first (ties by key, so the order is stable). */
export function dueCards(cards: readonly ReviewCard[], now: number): ReviewCard[] {
	return cards
		.filter((c) => c.due <= now)
		.sort((a, b) => a.due - b.due || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** How many cards are due at `now`. */
export function dueCount(cards: readonly ReviewCard[], now: number): number {
	return cards.reduce((n, c) => (c.due <= now ? n + 1 : n), 0);
}

/** When the card would next be due after each rating now: for labelling the rating buttons. */
export function previewDue(
	card: ReviewCard | null,
	key: string,
	now: number
): Record<ReviewRating, number> {
	const from = card ?? newCard(key, now);
	const entries = RATINGS.map((r) => [r, rate(from, r, now).due] as const);
	return Object.fromEntries(entries) as Record<ReviewRating, number>;
}
