import { GuardedStorage } from '../storage/guarded-storage.ts';
import { canonicalJson } from '../storage/canonical-json.ts';
import type { StorageLike } from '../storage/storage.ts';
import type { StoreMode, StoreNotice } from '../storage/types.ts';
import type { ProgressStoreOptions } from '../progress/store.ts';
import {
	addRating,
	emptyReview,
	mergeReview,
	moduleOfCard,
	parseReview,
	reviewFragment,
	reviewKey,
	slugOfReviewKey,
	withReviewFragment
} from './review-data.ts';
import type { ReviewData } from './review-data.ts';
import type { ReviewRating } from './ratings.ts';

/**
 * The learner's review ratings, kept under one key per module and mirrored in memory, the way
 * ProgressStore keeps progress: every write re-reads its key and merges first, so tabs never overwrite
 * each other's ratings; an unreadable value is copied to a backup key; if storage fails, memory carries on.
 */
export class ReviewStore {
	#io: GuardedStorage;
	#data: ReviewData = emptyReview();
	// Keys this store must not write: a newer version's data, or damaged data it could not back up.
	#held = new Set<string>();

	/** Loads every module's ratings; pass null where there is no storage at all. */
	constructor(storage: StorageLike | null, options: ProgressStoreOptions = {}) {
		this.#io = new GuardedStorage(storage, options.now ?? Date.now);
		if (!storage) return;
		this.#io.guard(() => {
			for (const key of this.#io.keys()) {
				const slug = slugOfReviewKey(key);
				if (slug === null) continue;
				const stored = this.#read(key, slug);
				if (stored) this.#data = mergeReview(this.#data, stored);
			}
		});
	}

	/** 'memory' once storage was found missing, blocked or full: ratings then last for this page only. */
	get mode(): StoreMode {
		return this.#io.mode;
	}

	/** Every rating, current version; treat as read-only (every change makes new objects). */
	get data(): ReviewData {
		return this.#data;
	}

	/** Things to tell the learner, oldest first. */
	get notices(): readonly StoreNotice[] {
		return this.#io.notices;
	}

	/** Calls `listener` after every change to data, mode or notices; returns the unsubscribe function. */
	subscribe(listener: () => void): () => void {
		return this.#io.subscribe(listener);
	}

	/** Records one rating of a card (`module/itemId` or `module/card:<factId>`) at `at`. */
	rate(key: string, rating: ReviewRating, at: number): void {
		this.#data = addRating(this.#data, key, rating, at);
		this.#sync(moduleOfCard(key));
		this.#io.notify();
	}

	/**
	 * Takes in another tab's write (the `storage` event's key and newValue); returns whether the key was
	 * ours. A removed key means the module was reset or replaced there; a null key means storage was cleared.
	 */
	applyExternalChange(key: string | null, newValue: string | null): boolean {
		if (key === null) {
			this.#data = emptyReview();
			this.#held.clear();
			this.#io.notify();
			return true;
		}
		const slug = slugOfReviewKey(key);
		if (slug === null) return false;
		if (newValue === null) {
			this.#data = withReviewFragment(this.#data, slug);
			this.#held.delete(key);
		} else {
			const result = parseReview(newValue, slug);
			if ('data' in result) {
				this.#held.delete(key);
				const mine = reviewFragment(this.#data, slug);
				const merged = mergeReview(mine, result.data);
				this.#data = withReviewFragment(this.#data, slug, merged);
				// Write back only what storage lacks; equal data ends the exchange between tabs.
				if (canonicalJson(merged) !== canonicalJson(mergeReview(result.data, result.data)))
					this.#sync(slug);
			} else {
				// Re-reading the key backs the damaged value up (or holds a newer one).
				this.#sync(slug);
			}
		}
		this.#io.notify();
		return true;
	}

	/** Deletes one module's ratings here and in storage. */
	resetModule(slug: string): void {
		const key = reviewKey(slug);
		this.#data = withReviewFragment(this.#data, slug);
		this.#held.delete(key);
		if (this.#io.storage) this.#io.guard(() => this.#io.use((s) => s.removeItem(key)));
		this.#io.notify();
	}

	/** Re-reads a module's key and writes back only if storage lacks a rating this store knows. */
	verify(slug: string): void {
		this.#sync(slug, true);
		this.#io.notify();
	}

	/** Reads one module's key; damaged values are backed up and replaced, newer ones held. */
	#read(key: string, slug: string): ReviewData | null {
		const raw = this.#io.use((s) => s.getItem(key));
		if (raw === null) return null;
		const result = parseReview(raw, slug);
		if ('data' in result) return result.data;
		if (result.newer) {
			this.#held.add(key);
			this.#io.notice({ kind: 'newer', key });
			return null;
		}
		const copy = this.#io.backUp(key, raw);
		this.#io.notice({ kind: 'corrupt', key, backupKey: copy, error: result.error });
		if (copy === null) this.#held.add(key);
		else {
			const mine = JSON.stringify(reviewFragment(this.#data, slug));
			this.#io.use((s) => s.setItem(key, mine));
		}
		return null;
	}

	/** Re-reads a module's key, merges it with memory, and writes the result back. */
	#sync(slug: string, onlyIfMissing = false): void {
		const key = reviewKey(slug);
		if (this.#io.mode === 'memory' || this.#held.has(key)) return;
		this.#io.guard(() => {
			const stored = this.#read(key, slug);
			if (this.#held.has(key)) return;
			const mine = reviewFragment(this.#data, slug);
			if (!stored && Object.keys(mine.ratings).length === 0) return;
			const merged = stored ? mergeReview(stored, mine) : mine;
			const changed = !stored || canonicalJson(merged) !== canonicalJson(stored);
			if (changed || !onlyIfMissing) this.#io.use((s) => s.setItem(key, JSON.stringify(merged)));
			this.#data = withReviewFragment(this.#data, slug, merged);
		});
	}
}
