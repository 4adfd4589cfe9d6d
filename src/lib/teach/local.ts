import { GuardedStorage, StorageFailed } from '../storage/guarded-storage.ts';
import type { StorageLike } from '../storage/storage.ts';
import type { Parsed, StoreMode, StoreNotice } from '../storage/types.ts';

/**
 * JSON values under their own keys, for the teacher's gradebooks and a student's assignment work: every
 * call guarded (blocked or full storage switches to memory with a notice), an unreadable value copied to a
 * backup key before anything replaces it, and a value from a newer version left untouched.
 */
export class LocalRecords {
	readonly io: GuardedStorage;
	// Values written while storage failed, or read when it could not be: this page's copy.
	#memory = new Map<string, string | null>();
	// Keys this page must not write: a newer version's data, or damaged data it could not back up.
	#held = new Set<string>();

	constructor(storage: StorageLike | null, now: () => number = Date.now) {
		this.io = new GuardedStorage(storage, now);
	}

	/** 'memory' once storage was found missing, blocked or full. */
	get mode(): StoreMode {
		return this.io.mode;
	}

	/** Things to tell the user, oldest first. */
	get notices(): readonly StoreNotice[] {
		return this.io.notices;
	}

	/** The raw text under a key: storage's, or this page's copy once storage failed. */
	raw(key: string): string | null {
		if (this.io.mode === 'memory' && this.#memory.has(key)) return this.#memory.get(key) ?? null;
		// Reading usually still works when storage is full: only keys this page wrote come from memory.
		try {
			return this.io.get(key);
		} catch (e) {
			if (!(e instanceof StorageFailed)) throw e;
			this.io.toMemory(e.kind);
			return this.#memory.get(key) ?? null;
		}
	}

	/** Stores raw text; in memory only when storage fails. False when the key is held. */
	setRaw(key: string, text: string): boolean {
		if (this.#held.has(key)) return false;
		this.#memory.set(key, text);
		if (this.io.mode === 'memory') return true;
		this.io.guard(() => this.io.set(key, text));
		return true;
	}

	/**
	 * The value under a key, or `empty()` when there is none. A damaged value is copied aside first and the
	 * user told; a newer version's value is left alone and the key held until reload.
	 */
	read<T>(key: string, parse: (text: string) => Parsed<T>, empty: () => T): T {
		const text = this.raw(key);
		if (text === null) return empty();
		const parsed = parse(text);
		if (parsed.ok) return parsed.value;
		if (parsed.newer) {
			this.#held.add(key);
			this.io.notice({ kind: 'newer', key });
			return empty();
		}
		let copy: string | null = null;
		try {
			copy = this.io.mode === 'memory' ? null : this.io.backUp(key, text);
		} catch (e) {
			if (!(e instanceof StorageFailed)) throw e;
			this.io.toMemory(e.kind);
		}
		// Without a copy the damaged value must stay where it is: nothing may overwrite it.
		if (copy === null) this.#held.add(key);
		this.io.notice({ kind: 'corrupt', key, backupKey: copy, error: parsed.error });
		this.#memory.set(key, null);
		if (copy !== null) this.io.guard(() => this.io.remove(key));
		return empty();
	}

	/** Reads the current value, applies `update` and stores the outcome, which it returns. */
	update<T>(
		key: string,
		parse: (text: string) => Parsed<T>,
		empty: () => T,
		update: (current: T) => T
	): T {
		const next = update(this.read(key, parse, empty));
		this.setRaw(key, JSON.stringify(next));
		this.io.notify();
		return next;
	}

	/** Deletes a key (and this page's copy of it). */
	remove(key: string): void {
		if (this.#held.has(key)) return;
		this.#memory.set(key, null);
		if (this.io.mode !== 'memory') this.io.guard(() => this.io.remove(key));
		this.io.notify();
	}

	/** Keys that start with a prefix, from storage and this page's copies. */
	keys(prefix: string): string[] {
		const found = new Set<string>();
		this.io.guard(() => {
			for (const key of this.io.keys()) if (key.startsWith(prefix)) found.add(key);
		});
		for (const [key, value] of this.#memory) {
			if (key.startsWith(prefix)) {
				if (value === null) found.delete(key);
				else found.add(key);
			}
		}
		return [...found].sort();
	}
}

/** Storage that lasts for this page only: a preview as a student must not leave anything behind. */
export class PageStorage implements StorageLike {
	#entries = new Map<string, string>();
	get length(): number {
		return this.#entries.size;
	}
	key(index: number): string | null {
		return [...this.#entries.keys()][index] ?? null;
	}
	getItem(key: string): string | null {
		return this.#entries.get(key) ?? null;
	}
	setItem(key: string, value: string): void {
		this.#entries.set(key, value);
	}
	removeItem(key: string): void {
		this.#entries.delete(key);
	}
}
