import type { Attempt } from '../quiz/attempt.ts';
import type { ProgressData } from './schema.ts';
import { browserStorage } from './storage.ts';
import { ProgressStore, type StoreMode, type StoreNotice } from './store.ts';

// Two tabs writing within a few milliseconds can each miss the other's write; re-checking then is enough.
const VERIFY_AFTER_MS = [100, 500, 2000];

/**
 * The learner's progress as reactive state for components. Nothing is read until a component connects
 * after mount, so prerendered pages stay identical for everyone and show a placeholder first.
 */
class Progress {
	#store: ProgressStore | undefined;
	#users = 0;
	#data = $state.raw<ProgressData | undefined>(undefined);
	#mode = $state<StoreMode>('storage');
	#notices = $state.raw<readonly StoreNotice[]>([]);

	/** All progress, or undefined before the first component has mounted. */
	get data(): ProgressData | undefined {
		return this.#data;
	}

	/** 'memory' when storage is missing, blocked or full: progress lasts for this page only. */
	get mode(): StoreMode {
		return this.#mode;
	}

	/** Problems with stored data to tell the learner about. */
	get notices(): readonly StoreNotice[] {
		return this.#notices;
	}

	/** Starts reading storage and following other tabs; call from an effect, it returns the cleanup. */
	connect(storage = browserStorage()): () => void {
		if (!this.#store) {
			const store = new ProgressStore(storage);
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

	/** Saves an attempt, in progress or finished, and checks again shortly that no other tab's write hid it. */
	save(attempt: Attempt): void {
		const store = this.#store;
		if (!store) return;
		store.saveAttempt(attempt);
		for (const delay of VERIFY_AFTER_MS) setTimeout(() => store.verify(attempt.module), delay);
	}

	/** Deletes one module's progress. */
	resetModule(slug: string): void {
		this.#store?.resetModule(slug);
	}

	/** Deletes all progress (not the theme, not backups of damaged data). */
	resetAll(): void {
		this.#store?.resetAll();
	}

	/** Takes in writes this tab made directly to storage (an import), as if another tab had made them. */
	applyChanges(changes: readonly { key: string; newValue: string | null }[]): void {
		for (const { key, newValue } of changes) this.#store?.applyExternalChange(key, newValue);
	}

	/** Hides the notices the learner has read. */
	dismissNotices(): void {
		this.#store?.clearNotices();
	}

	#pull(store: ProgressStore): void {
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

/** The one progress state of the page. */
export const progress = new Progress();
