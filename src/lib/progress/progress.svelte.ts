import type { Attempt } from '../quiz/attempt.ts';
import { Connected } from './connected.svelte.ts';
import type { ProgressData } from './schema.ts';
import { ProgressStore } from './store.ts';

// Two tabs writing within a few milliseconds can each miss the other's write; re-checking then is enough.
const VERIFY_AFTER_MS = [100, 500, 2000];

/** The learner's quiz progress as reactive state for components (see `Connected`). */
class Progress extends Connected<ProgressData, ProgressStore> {
	constructor() {
		super((storage) => new ProgressStore(storage));
	}

	/** Saves an attempt, in progress or finished, and checks again shortly that no other tab's write hid it. */
	save(attempt: Attempt): void {
		const store = this.store;
		if (!store) return;
		store.saveAttempt(attempt);
		for (const delay of VERIFY_AFTER_MS) setTimeout(() => store.verify(attempt.module), delay);
	}

	/** Deletes one module's progress. */
	resetModule(slug: string): void {
		this.store?.resetModule(slug);
	}

	/** Deletes all progress (not the theme, not backups of damaged data). */
	resetAll(): void {
		this.store?.resetAll();
	}

	/** Hides the notices the learner has read. */
	dismissNotices(): void {
		this.store?.clearNotices();
	}
}

/** The one progress state of the page. */
export const progress = new Progress();
