// Kept apart from schedule.ts so that storage, import and export do not load the scheduler.
/** How the learner did on a card, from worst to best; the words stored in review logs. */
export type ReviewRating = 'again' | 'hard' | 'good' | 'easy';

/** Every rating, worst first: the order of the buttons and of ties in a log. */
export const RATINGS: readonly ReviewRating[] = ['again', 'hard', 'good', 'easy'];

/** One rating of one card. */
export interface RatingEvent {
	/** When it was given, ms since the epoch. */
	at: number;
	/** How the learner did. */
	rating: ReviewRating;
}

/** Whether a value is one of the four ratings. */
export function isRating(value: unknown): value is ReviewRating {
	return typeof value === 'string' && (RATINGS as readonly string[]).includes(value);
}

/** The rating a quiz marking stands for: full credit is good, partial credit hard, no credit again. */
export function ratingForScore(score: number): ReviewRating {
	if (score >= 1) return 'good';
	return score > 0 ? 'hard' : 'again';
}

/** Orders events by time, then worst rating first, so every replay of the same events is the same. */
export function compareEvents(a: RatingEvent, b: RatingEvent): number {
	return a.at - b.at || RATINGS.indexOf(a.rating) - RATINGS.indexOf(b.rating);
}

/** A quiz marking: when the question was marked and the credit it earned (a progress `HistoryEntry`). */
export interface Marking {
	/** When it was marked, ms since the epoch. */
	at: number;
	/** Credit earned, 0..1. */
	score: number;
}

/** Each quiz marking as the rating it stands for. */
export function eventsFromHistory(history: readonly Marking[]): RatingEvent[] {
	return history.map((h) => ({ at: h.at, rating: ratingForScore(h.score) }));
}
