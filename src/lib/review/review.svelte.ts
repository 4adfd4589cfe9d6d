import { browserStorage } from '../progress/storage.ts';
import type { StoreMode, StoreNotice } from '../progress/store.ts';
import type { ReviewRating } from './ratings.ts';
import { reviewModules, type ReviewData } from './review-data.ts';
import { ReviewStore } from './review-store.ts';

/**
 * The learner's review ratings as reactive state for components, the way `progress` holds quiz
 * progress: nothing is read until a component connects after mount, so prerendered pages stay identical.
 */
class Review {
	#store: ReviewStore | undefined;
	#users = 0;
	#data = $state.raw<ReviewData | undefined>(undefined);
	#mode = $state<StoreMode>('storage');
	#notices = $state.raw<readonly StoreNotice[]>([]);

	/** Every rating, or undefined before the first component has mounted. */
	get data(): ReviewData | undefined {
		return this.#data;
	}

	/** 'memory' when storage is missing, blocked or full. */
	get mode(): StoreMode {
		return this.#mode;
	}

	/** Problems with stored ratings to tell the learner about. */
	get notices(): readonly StoreNotice[] {
		return this.#notices;
	}

	/** Starts reading storage and following other tabs; call from an effect, it returns the cleanup. */
	connect(storage = browserStorage()): () => void {
		if (!this.#store) {
			const store = new ReviewStore(storage);
			this.#store = store;
			store.subscribe(() => this.#pull(store));
			this.#pull(store);
			addEventListener('storage', this.#onStorage);
		}
		this.#users++;
		return () => {
			this.#users--;
			if (this.#users === 0) {
				removeEventListener('storage', this.#onStorage);
				this.#store = undefined;
			}
		};
	}

	/** Records one rating of a card at `at` (ms since the epoch). */
	rate(key: string, rating: ReviewRating, at: number): void {
		this.#store?.rate(key, rating, at);
	}

	/** Deletes one module's ratings. */
	resetModule(slug: string): void {
		this.#store?.resetModule(slug);
	}

	/** Deletes every module's ratings. */
	resetAll(): void {
		const store = this.#store;
		if (store) for (const slug of reviewModules(store.data)) store.resetModule(slug);
	}

	/** Takes in writes this tab made directly to storage (an import), as if another tab had made them. */
	applyChanges(changes: readonly { key: string; newValue: string | null }[]): void {
		for (const { key, newValue } of changes) this.#store?.applyExternalChange(key, newValue);
	}

	#pull(store: ReviewStore): void {
		this.#data = store.data;
		this.#mode = store.mode;
		this.#notices = store.notices;
	}

	#onStorage = (event: StorageEvent) => {
		if (event.storageArea === null || event.storageArea === localStorage) {
			this.#store?.applyExternalChange(event.key, event.newValue);
		}
	};
}

/** The one review state of the page. */
export const review = new Review();
