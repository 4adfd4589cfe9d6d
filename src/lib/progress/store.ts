import type { GuardedStorage } from '../storage/guarded-storage.ts';
import { StoreFront } from '../storage/store-front.ts';
import { KeyedStore, type KeyedCodec } from '../storage/keyed-store.ts';
import { isFinished } from '../quiz/finished.ts';
import type { Attempt } from '../quiz/attempt.ts';
import { progressFragment as fragment, withProgressFragment as withFragment } from './fragment.ts';
import { mergeProgress, summariseHistory } from './merge.ts';
import { CURRENT_VERSION, emptyProgress, migrate, questionKey } from './schema.ts';
import type { ProgressData, QuestionRecord } from './schema.ts';
import { BACKUP_PREFIX } from '../storage/keys.ts';
import { ownerKey, progressKey, slugOfKey, slugOfOwnerKey } from './storage.ts';
import type { StorageLike } from '../storage/storage.ts';

/**
 * The tab that takes a module's quiz answers. One tab at a time: another tab showing the same quiz only
 * follows it until the learner moves the quiz there, so two tabs never answer one attempt.
 */
export interface QuizOwner {
	/** The tab's id: random, one per page load. */
	tab: string;
	/** When it took the quiz, ms since the epoch. */
	since: number;
}

/**
 * What became of a save: stored; refused because another tab takes this module's answers; or refused
 * because the attempt was already finished (in another tab), so an answer given after it would count for nothing.
 */
export type SaveResult = 'saved' | 'not-owner' | 'finished';

/** A stored owner, or null when there is none or it cannot be read (a damaged claim binds nobody). */
export function parseOwner(raw: string | null): QuizOwner | null {
	if (raw === null) return null;
	try {
		const value: unknown = JSON.parse(raw);
		if (typeof value !== 'object' || value === null) return null;
		const { tab, since } = value as Record<string, unknown>;
		return typeof tab === 'string' && typeof since === 'number' ? { tab, since } : null;
	} catch {
		return null;
	}
}

/** Ids of a module's finished attempts, whole or summarised. */
function finishedIds(data: ProgressData, slug: string): Set<string> {
	const m = Object.hasOwn(data.modules, slug) ? data.modules[slug] : undefined;
	return new Set([...(m?.attempts ?? []), ...(m?.summaries ?? [])].map((a) => a.id));
}

/** Options for tests. */
export interface ProgressStoreOptions {
	/** Clock for backup key timestamps and claims; Date.now by default. */
	now?: () => number;
}

/** One module's key: its progress read, migrated and cut to the module, merged the way answers merge. */
const progressCodec: KeyedCodec<ProgressData> = {
	owns: (key) => slugOfKey(key) !== null,
	parse(text, key) {
		let value: unknown;
		try {
			value = JSON.parse(text);
		} catch {
			return { ok: false, error: 'not valid JSON' };
		}
		const result = migrate(value);
		return 'data' in result
			? { ok: true, value: fragment(result.data, slugOfKey(key) as string) }
			: { ok: false, ...result };
	},
	merge: mergeProgress,
	empty: (key) => fragment(emptyProgress(), slugOfKey(key) as string)
};

/** What a save adds: the attempt as in progress, or as finished with one history entry per counted item. */
function attemptDelta(attempt: Attempt): ProgressData {
	const slug = attempt.module;
	if (!isFinished(attempt)) {
		return {
			version: CURRENT_VERSION,
			modules: { [slug]: { attempts: [], inProgress: attempt } },
			questions: {}
		};
	}
	const questions: Record<string, QuestionRecord> = {};
	for (const [itemId, score] of Object.entries(attempt.score.items)) {
		const at = Object.hasOwn(attempt.answers, itemId)
			? attempt.answers[itemId].at
			: attempt.finishedAt;
		questions[questionKey(slug, itemId)] = summariseHistory([{ at, score, attempt: attempt.id }]);
	}
	return { version: CURRENT_VERSION, modules: { [slug]: { attempts: [attempt] } }, questions };
}

/**
 * The learner's progress, kept in local storage under one key per module and mirrored in memory (a
 * KeyedStore: every write re-reads the key and merges before writing, so tabs never overwrite each other; a
 * value that cannot be read is copied to a backup key; if storage fails the store carries on in memory).
 * On top: the one tab that takes a module's quiz answers.
 */
export class ProgressStore extends StoreFront {
	#keyed: KeyedStore<ProgressData>;
	#io: GuardedStorage;
	#data: ProgressData = emptyProgress();
	// Each module's quiz owner as last read; the only record of it in memory mode.
	#owners = new Map<string, QuizOwner>();
	#now: () => number;

	/** Loads every module's progress; pass null where there is no storage at all. */
	constructor(storage: StorageLike | null, options: ProgressStoreOptions = {}) {
		super();
		this.#now = options.now ?? Date.now;
		this.#keyed = new KeyedStore<ProgressData>(storage, progressCodec, {
			now: this.#now,
			onChange: (key, part) => {
				this.#data = withFragment(this.#data, slugOfKey(key) as string, part);
			}
		});
		this.#io = this.#keyed.io;
		this.#keyed.loadAll();
	}

	protected get io(): GuardedStorage {
		return this.#io;
	}

	/** All progress, current version; treat as read-only (every change makes new objects). */
	get data(): ProgressData {
		return this.#data;
	}

	/**
	 * Saves an attempt: unfinished, as the module's attempt in progress; finished, into its attempts and
	 * history. Answers merge per question, the later answer winning, so an older copy never replaces a newer
	 * answer. Given the saving tab, a save is refused while another tab takes the module's answers; an
	 * unfinished copy of an attempt already finished is refused too. A refusal changes nothing and says why.
	 */
	saveAttempt(attempt: Attempt, tab?: string): SaveResult {
		const slug = attempt.module;
		if (tab !== undefined) {
			const owner = this.owner(slug);
			if (owner && owner.tab !== tab) return 'not-owner';
		}
		if (!isFinished(attempt)) {
			this.#reread(slug);
			if (finishedIds(this.#data, slug).has(attempt.id)) {
				this.#io.notify();
				return 'finished';
			}
		}
		const delta = attemptDelta(attempt);
		this.#keyed.update(progressKey(slug), (mine) => mergeProgress(mine ?? emptyProgress(), delta));
		return 'saved';
	}

	/** The tab that takes the module's quiz answers, read afresh from storage; null when none does. */
	owner(slug: string): QuizOwner | null {
		if (this.#io.mode === 'storage') {
			this.#io.guard(() => this.#setOwner(slug, parseOwner(this.#io.get(ownerKey(slug)))));
		}
		return this.#owners.get(slug) ?? null;
	}

	/**
	 * Makes `tab` the one that takes the module's quiz answers (every other tab's saves are refused from now
	 * on), and re-reads the module's progress so the quiz carries on from the latest answers.
	 */
	claim(slug: string, tab: string): void {
		const owner: QuizOwner = { tab, since: this.#now() };
		this.#setOwner(slug, owner);
		if (this.#io.mode === 'storage') {
			this.#io.guard(() => this.#io.set(ownerKey(slug), JSON.stringify(owner)));
			this.#reread(slug);
		}
		this.#io.notify();
	}

	/** Gives up the module's quiz when `tab` holds it (the page is closing); another tab's claim stays. */
	release(slug: string, tab: string): void {
		if (this.owner(slug)?.tab !== tab) return;
		this.#setOwner(slug, null);
		if (this.#io.mode === 'storage') this.#io.guard(() => this.#io.remove(ownerKey(slug)));
		this.#io.notify();
	}

	#setOwner(slug: string, owner: QuizOwner | null): void {
		if (owner) this.#owners.set(slug, owner);
		else this.#owners.delete(slug);
	}

	/**
	 * Takes in another tab's write (the `storage` event's key and newValue); returns whether the key was ours.
	 * A removed key means the module was reset there; a null key means storage was cleared.
	 */
	applyExternalChange(key: string | null, newValue: string | null): boolean {
		if (key === null) this.#owners.clear();
		const owned = key === null ? null : slugOfOwnerKey(key);
		if (owned === null) return this.#keyed.applyExternalChange(key, newValue);
		this.#setOwner(owned, parseOwner(newValue));
		this.#io.notify();
		return true;
	}

	/** Deletes one module's progress (attempts, attempt in progress, question history) here and in storage. */
	resetModule(slug: string): void {
		this.#keyed.remove(progressKey(slug));
	}

	/**
	 * Deletes every module's progress. Leaves the theme (a preference, not progress) and the backups of
	 * damaged data (the only copy of it; removed by `clearBackups` alone).
	 */
	resetAll(): void {
		this.#data = emptyProgress();
		this.#keyed.removeAll();
	}

	/** Keys of the copies of damaged values, oldest first. */
	backupKeys(): string[] {
		if (!this.#io.storage) return [];
		let keys: string[] = [];
		this.#io.guard(
			() =>
				(keys = this.#io
					.keys()
					.filter((k) => k.startsWith(BACKUP_PREFIX))
					.sort(byTimestamp))
		);
		return keys;
	}

	/** The text of a backup, to offer for download, or null. */
	readBackup(key: string): string | null {
		if (!key.startsWith(BACKUP_PREFIX) || !this.#io.storage) return null;
		let value: string | null = null;
		this.#io.guard(() => (value = this.#io.get(key)));
		return value;
	}

	/** Deletes the copies of damaged values: only on the learner's explicit request. */
	clearBackups(): void {
		for (const key of this.backupKeys()) this.#io.guard(() => this.#io.remove(key));
		this.#io.notify();
	}

	/**
	 * Re-reads a module's key and writes back only if storage lacks something this store knows. Browsers
	 * deliver other tabs' writes asynchronously and can drop the storage event when two tabs write at once,
	 * so the page calls this again shortly after each save: whichever tab wrote last, nothing is lost.
	 */
	verify(slug: string): void {
		this.#keyed.sync(progressKey(slug), true);
		this.#io.notify();
	}

	/** Merges what storage holds for a module into memory, writing nothing (but the repair of damaged data). */
	#reread(slug: string): void {
		if (this.#io.mode === 'storage') this.#keyed.reread(progressKey(slug));
	}
}

function byTimestamp(a: string, b: string): number {
	const time = (k: string) => Number(/:(\d+)(?:-\d+)?$/.exec(k)?.[1] ?? 0);
	return time(a) - time(b) || (a < b ? -1 : a > b ? 1 : 0);
}
