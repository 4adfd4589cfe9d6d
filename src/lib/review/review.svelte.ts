import { Connected } from '../progress/connected.svelte.ts';
import type { ReviewRating } from './ratings.ts';
import { reviewModules, type ReviewData } from './review-data.ts';
import { ReviewStore } from './review-store.ts';

/** The learner's review ratings as reactive state for components, as `progress` holds quiz progress. */
class Review extends Connected<ReviewData, ReviewStore> {
	constructor() {
		super((storage) => new ReviewStore(storage));
	}

	/** Records one rating of a card at `at` (ms since the epoch), connected or not (a check question's). */
	rate(key: string, rating: ReviewRating, at: number): void {
		this.use((store) => store.rate(key, rating, at));
	}

	/** Deletes one module's ratings. */
	resetModule(slug: string): void {
		this.store?.resetModule(slug);
	}

	/** Deletes every module's ratings. */
	resetAll(): void {
		const store = this.store;
		if (store) for (const slug of reviewModules(store.data)) store.resetModule(slug);
	}
}

/** The one review state of the page. */
export const review = new Review();
