import { canonicalJson } from './canonical-json.ts';
import { backupKey, isQuotaError } from './storage.ts';
import type { StorageLike } from './storage.ts';
import type { StoreMode, StoreNotice } from './types.ts';

/** A storage call failed: storage is blocked or missing, or full. */
export class StorageFailed extends Error {
	constructor(readonly kind: 'unavailable' | 'full') {
		super(`storage ${kind}`);
	}
}

/**
 * Local storage as the progress and review stores use it: every call guarded, a failure switching to
 * memory mode with a notice for the learner, damaged values copied aside, and listeners told of changes.
 */
export class GuardedStorage {
	readonly storage: StorageLike | null;
	#mode: StoreMode = 'storage';
	#notices: StoreNotice[] = [];
	#listeners = new Set<() => void>();
	#now: () => number;

	constructor(storage: StorageLike | null, now: () => number) {
		this.storage = storage;
		this.#now = now;
		if (!storage) this.toMemory('unavailable');
	}

	/** 'memory' once storage was found missing, blocked or full. */
	get mode(): StoreMode {
		return this.#mode;
	}

	/** Things to tell the learner, oldest first. */
	get notices(): readonly StoreNotice[] {
		return this.#notices;
	}

	/** Forgets the notices once the learner has seen them. */
	clearNotices(): void {
		this.#notices = [];
		this.notify();
	}

	/** Calls `listener` after every change; returns the unsubscribe function. */
	subscribe(listener: () => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	/** Tells every listener that something changed. */
	notify(): void {
		for (const listener of this.#listeners) listener();
	}

	/** Adds a notice, once. */
	notice(notice: StoreNotice): void {
		const text = canonicalJson(notice);
		if (!this.#notices.some((n) => canonicalJson(n) === text))
			this.#notices = [...this.#notices, notice];
	}

	/** Carries on in memory from now on, and says why. */
	toMemory(kind: 'unavailable' | 'full'): void {
		if (this.#mode === 'memory') return;
		this.#mode = 'memory';
		this.notice({ kind });
	}

	/** Runs storage work; a storage failure switches to memory mode instead of escaping. */
	guard(work: () => void): void {
		try {
			work();
		} catch (e) {
			if (e instanceof StorageFailed) this.toMemory(e.kind);
			else throw e;
		}
	}

	/** Runs one storage call, turning whatever it throws into a StorageFailed of the right kind. */
	use<T>(call: (storage: StorageLike) => T): T {
		if (!this.storage) throw new StorageFailed('unavailable');
		try {
			return call(this.storage);
		} catch (e) {
			throw new StorageFailed(isQuotaError(e) ? 'full' : 'unavailable');
		}
	}

	get(key: string): string | null {
		return this.use((s) => s.getItem(key));
	}

	set(key: string, value: string): void {
		this.use((s) => s.setItem(key, value));
	}

	remove(key: string): void {
		this.use((s) => s.removeItem(key));
	}

	/** Every key in storage. */
	keys(): string[] {
		return this.use((s) => {
			const keys: string[] = [];
			for (let i = 0; i < s.length; i++) {
				const key = s.key(i);
				if (key !== null) keys.push(key);
			}
			return keys;
		});
	}

	/** Copies a damaged value aside; null when storage is too full to hold the copy. */
	backUp(key: string, raw: string): string | null {
		const at = this.#now();
		let copy = backupKey(key, at);
		for (let n = 1; this.get(copy) !== null; n++) copy = `${backupKey(key, at)}-${n}`;
		try {
			this.set(copy, raw);
			return copy;
		} catch (e) {
			if (e instanceof StorageFailed && e.kind === 'full') return null;
			throw e;
		}
	}
}
