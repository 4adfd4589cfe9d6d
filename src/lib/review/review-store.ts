import type { GuardedStorage } from '../storage/guarded-storage.ts';
import { StoreFront } from '../storage/store-front.ts';
import { KeyedStore, type KeyedCodec } from '../storage/keyed-store.ts';
import type { StorageLike } from '../storage/storage.ts';
import {
	addRating,
	emptyReview,
	mergeReview,
	moduleOfCard,
	parseReview,
	reviewKey,
	slugOfReviewKey,
	withReviewFragment
} from './review-data.ts';
import type { ReviewData } from './review-data.ts';
import type { ReviewRating } from './ratings.ts';

/** Options for tests. */
export interface ReviewStoreOptions {
	/** Clock for backup key timestamps; Date.now by default. */
	now?: () => number;
}

/** One module's key: its ratings read and checked, merged as the union of the logs. */
const reviewCodec: KeyedCodec<ReviewData> = {
	owns: (key) => slugOfReviewKey(key) !== null,
	parse(text, key) {
		const result = parseReview(text, slugOfReviewKey(key) as string);
		return 'data' in result ? { ok: true, value: result.data } : { ok: false, ...result };
	},
	merge: mergeReview,
	empty: () => emptyReview(),
	// Nothing is written for a module without ratings.
	worthWriting: (value) => Object.keys(value.ratings).length > 0
};

/**
 * The learner's review ratings, kept under one key per module and mirrored in memory (a KeyedStore, as
 * ProgressStore keeps progress): every write re-reads its key and merges first, so tabs never overwrite
 * each other's ratings; an unreadable value is copied to a backup key; if storage fails, memory carries on.
 */
export class ReviewStore extends StoreFront {
	#keyed: KeyedStore<ReviewData>;
	#io: GuardedStorage;
	#data: ReviewData = emptyReview();

	/** Loads every module's ratings; pass null where there is no storage at all. */
	constructor(storage: StorageLike | null, options: ReviewStoreOptions = {}) {
		super();
		this.#keyed = new KeyedStore<ReviewData>(storage, reviewCodec, {
			now: options.now,
			onChange: (key, part) => {
				this.#data = withReviewFragment(this.#data, slugOfReviewKey(key) as string, part);
			}
		});
		this.#io = this.#keyed.io;
		this.#keyed.loadAll();
	}

	protected get io(): GuardedStorage {
		return this.#io;
	}

	/** Every rating, current version; treat as read-only (every change makes new objects). */
	get data(): ReviewData {
		return this.#data;
	}

	/** Records one rating of a card (`module/itemId` or `module/card:<factId>`) at `at`. */
	rate(key: string, rating: ReviewRating, at: number): void {
		this.#keyed.update(reviewKey(moduleOfCard(key)), (mine) =>
			addRating(mine ?? emptyReview(), key, rating, at)
		);
	}

	/**
	 * Takes in another tab's write (the `storage` event's key and newValue); returns whether the key was
	 * ours. A removed key means the module was reset or replaced there; a null key means storage was cleared.
	 */
	applyExternalChange(key: string | null, newValue: string | null): boolean {
		return this.#keyed.applyExternalChange(key, newValue);
	}

	/** Deletes one module's ratings here and in storage. */
	resetModule(slug: string): void {
		this.#keyed.remove(reviewKey(slug));
	}

	/** Re-reads a module's key and writes back only if storage lacks a rating this store knows. */
	verify(slug: string): void {
		this.#keyed.sync(reviewKey(slug), true);
		this.#io.notify();
	}
}
