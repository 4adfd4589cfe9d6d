import type { Attempt } from '../quiz/attempt.ts';
import { Connected } from './connected.svelte.ts';
import type { ProgressData } from './schema.ts';
import { ProgressStore, type QuizOwner, type SaveResult } from './store.ts';

// Two tabs writing within a few milliseconds can each miss the other's write; re-checking then is enough.
const VERIFY_AFTER_MS = [100, 500, 2000];

/** The learner's quiz progress as reactive state for components (see `Connected`). */
class Progress extends Connected<ProgressData, ProgressStore> {
	// Replaced (never read and written at once) on every change, so owner() is reactive.
	#changes = $state.raw({});

	constructor() {
		super((storage) => new ProgressStore(storage));
	}

	protected override changed(): void {
		this.#changes = {};
	}

	/**
	 * Saves an attempt, in progress or finished, and checks again shortly that no other tab's write hid it.
	 * Given the saving tab, refused (and nothing changed) while another tab takes the module's answers.
	 */
	save(attempt: Attempt, tab?: string): SaveResult {
		const store = this.store;
		if (!store) return 'saved';
		const result = store.saveAttempt(attempt, tab);
		if (result === 'saved')
			for (const delay of VERIFY_AFTER_MS) setTimeout(() => store.verify(attempt.module), delay);
		return result;
	}

	/** The tab that takes the module's quiz answers, or null; reactive. */
	owner(slug: string): QuizOwner | null {
		void this.#changes;
		return this.store?.owner(slug) ?? null;
	}

	/** Moves the module's quiz to this tab, with the latest answers from storage. */
	claim(slug: string, tab: string): void {
		this.store?.claim(slug, tab);
	}

	/** Gives up the module's quiz if this tab holds it. */
	release(slug: string, tab: string): void {
		this.store?.release(slug, tab);
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
