import type { GuardedStorage } from './guarded-storage.ts';
import type { StoreMode, StoreNotice } from './types.ts';

/**
 * What every store built on `KeyedStore` shows its readers besides its data: where it keeps things, what
 * to tell the learner, and when anything changed. A store extends it and hands it its `GuardedStorage`.
 */
export abstract class StoreFront {
	/** The store's guarded storage (`KeyedStore.io`). */
	protected abstract get io(): GuardedStorage;

	/** 'memory' once storage was found missing, blocked or full: what is saved then lasts for this page only. */
	get mode(): StoreMode {
		return this.io.mode;
	}

	/** Things to tell the learner, oldest first. */
	get notices(): readonly StoreNotice[] {
		return this.io.notices;
	}

	/** Forgets the notices once the learner has seen them. */
	clearNotices(): void {
		this.io.clearNotices();
	}

	/** Calls `listener` after every change to data, mode or notices; returns the unsubscribe function. */
	subscribe(listener: () => void): () => void {
		return this.io.subscribe(listener);
	}
}
