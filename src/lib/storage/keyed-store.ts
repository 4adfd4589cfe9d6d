import { canonicalJson } from './canonical-json.ts';
import { GuardedStorage, StorageFailed } from './guarded-storage.ts';
import { StoreFront } from './store-front.ts';
import type { StorageLike } from './storage.ts';
import type { Parsed } from './types.ts';

/** How a KeyedStore reads, writes and combines the values under its keys. */
export interface KeyedCodec<T> {
	/** Whether a storage key is one of the store's. */
	owns(key: string): boolean;
	/** A stored text read back. */
	parse(text: string, key: string): Parsed<T>;
	/** The text stored for a value; JSON by default. */
	serialize?(value: T, key: string): string;
	/**
	 * Everything two copies of a key hold: what another tab stored is merged into this page's copy, and every
	 * write merges this page's copy into what storage holds. Without it storage wins: what another tab stored
	 * replaces this page's copy, and a change is made on top of the latest stored value.
	 */
	merge?(a: T, b: T): T;
	/** What a key holds when nothing is stored; written over a damaged value once it is copied aside. */
	empty?(key: string): T;
	/** Whether a value is worth writing where storage holds nothing; every value is by default. */
	worthWriting?(value: T): boolean;
}

/** Options of a KeyedStore. */
export interface KeyedStoreOptions<T> {
	/** Clock for backup key timestamps; Date.now by default. */
	now?: () => number;
	/** Called whenever this page's copy of a key changes (undefined: it holds nothing now). */
	onChange?: (key: string, value: T | undefined) => void;
}

/**
 * Values under their own keys of local storage, mirrored in this page's memory. A value that cannot be read
 * is copied to a backup key before anything replaces it; a value from a newer version, or a damaged one that
 * could not be copied, is held (never written); blocked or full storage switches to memory with a notice;
 * every write re-reads its key and merges first, so tabs never overwrite each other; `applyExternalChange`
 * takes in another tab's write (the `storage` event); listeners hear of every change.
 */
export class KeyedStore<T> extends StoreFront {
	readonly #io: GuardedStorage;
	readonly #codec: KeyedCodec<T>;
	readonly #onChange: (key: string, value: T | undefined) => void;
	// This page's copy of each key it read or wrote; null when the key is known to hold nothing.
	readonly #copies = new Map<string, T | null>();
	// Keys this store must not write: a newer version's data, or damaged data it could not back up.
	readonly #held = new Set<string>();

	/** Pass null where there is no storage at all. */
	constructor(
		storage: StorageLike | null,
		codec: KeyedCodec<T>,
		options: KeyedStoreOptions<T> = {}
	) {
		super();
		this.#io = new GuardedStorage(storage, options.now ?? Date.now);
		this.#codec = codec;
		this.#onChange = options.onChange ?? (() => {});
	}

	/** Its guarded storage, shared with the store built on it. */
	get io(): GuardedStorage {
		return this.#io;
	}

	/** Tells every listener that something changed. */
	notify(): void {
		this.io.notify();
	}

	/** This page's copy of a key; undefined when it has none or the key holds nothing. */
	value(key: string): T | undefined {
		return this.#copies.get(key) ?? undefined;
	}

	/** Whether the store must not write a key (a newer version's value, or a damaged one not backed up). */
	isHeld(key: string): boolean {
		return this.#held.has(key);
	}

	/** Reads every one of the store's keys in storage. */
	loadAll(): void {
		if (!this.io.storage) return;
		this.io.guard(() => {
			for (const key of this.io.keys()) if (this.#codec.owns(key)) this.#take(key);
		});
	}

	/** The store's keys that start with `prefix`: in storage, and this page's copies. */
	keys(prefix: string): string[] {
		const found = new Set<string>();
		this.io.guard(() => {
			for (const key of this.io.keys()) if (key.startsWith(prefix)) found.add(key);
		});
		for (const [key, value] of this.#copies) {
			if (!key.startsWith(prefix)) continue;
			if (value === null) found.delete(key);
			else found.add(key);
		}
		return [...found].sort();
	}

	/**
	 * Brings this page's copy of a key up to date with storage, writing nothing but the repair of a damaged
	 * value; returns the copy. A held key is not read; in memory mode only a key this page has no copy of is.
	 */
	reread(key: string): T | undefined {
		if (this.#held.has(key) || (this.io.mode === 'memory' && this.#copies.has(key)))
			return this.value(key);
		this.io.guard(() => this.#take(key));
		return this.value(key);
	}

	/**
	 * Changes a key and stores it, never losing another tab's write: with a merge, the change is made to this
	 * page's copy, which is then merged with what storage holds and written (see `sync`); without one, the
	 * change is made on top of the latest stored value. A held key, or memory mode, changes this page's copy
	 * only. Returns the key's value after the change.
	 */
	update(key: string, change: (current: T | undefined) => T): T {
		if (this.#codec.merge) {
			this.#set(key, change(this.#mine(key)));
			this.sync(key);
		} else {
			const next = change(this.reread(key));
			this.#set(key, next);
			if (!this.#held.has(key) && this.io.mode === 'storage')
				this.io.guard(() => this.io.set(key, this.#serialize(next, key)));
		}
		this.notify();
		return this.value(key) as T;
	}

	/**
	 * Re-reads a key, merges it with this page's copy and writes the result back (with `onlyIfMissing`, only
	 * when storage lacks something this page knows). Only for a store with a merge; nothing in memory mode.
	 */
	sync(key: string, onlyIfMissing = false): void {
		const merge = this.#codec.merge;
		if (!merge || this.io.mode === 'memory' || this.#held.has(key)) return;
		this.io.guard(() => {
			const stored = this.#read(key);
			if (this.#held.has(key)) return;
			const mine = this.#mine(key);
			if (mine === undefined) return;
			if (!stored && this.#codec.worthWriting && !this.#codec.worthWriting(mine)) return;
			const merged = stored ? merge(stored, mine) : mine;
			const changed = !stored || canonicalJson(merged) !== canonicalJson(merge(stored, stored));
			if (changed || !onlyIfMissing) this.io.set(key, this.#serialize(merged, key));
			this.#set(key, merged);
		});
	}

	/**
	 * Takes in another tab's write (the `storage` event's key and newValue); returns whether the key was the
	 * store's. A removed key holds nothing here either; a null key means storage was cleared.
	 */
	applyExternalChange(key: string | null, newValue: string | null): boolean {
		if (key === null) {
			for (const k of [...this.#copies.keys()]) this.#set(k, null);
			this.#held.clear();
			this.notify();
			return true;
		}
		if (!this.#codec.owns(key)) return false;
		const parsed = newValue === null ? null : this.#codec.parse(newValue, key);
		if (parsed === null) {
			this.#set(key, null);
			this.#held.delete(key);
		} else if (parsed.ok) {
			this.#held.delete(key);
			this.#takeIn(key, parsed.value);
		} else if (this.#codec.merge) {
			// Re-reading the key backs the damaged value up (or holds a newer one).
			this.sync(key);
		} else this.reread(key);
		this.notify();
		return true;
	}

	/** Deletes a key here and in storage (tried even when storage is full: removing frees space). */
	remove(key: string): void {
		this.#held.delete(key);
		this.#set(key, null);
		if (this.io.storage) this.io.guard(() => this.io.remove(key));
		this.notify();
	}

	/** Deletes every one of the store's keys here and in storage. */
	removeAll(): void {
		this.#held.clear();
		for (const key of [...this.#copies.keys()]) this.#set(key, null);
		if (this.io.storage) {
			this.io.guard(() => {
				for (const key of this.io.keys()) if (this.#codec.owns(key)) this.io.remove(key);
			});
		}
		this.notify();
	}

	/** Another tab's readable value of a key, merged into this page's copy (or replacing it, without a merge). */
	#takeIn(key: string, incoming: T): void {
		const merge = this.#codec.merge;
		if (!merge) {
			this.#set(key, incoming);
			return;
		}
		const mine = this.#mine(key);
		const merged = mine === undefined ? incoming : merge(mine, incoming);
		this.#set(key, merged);
		// Write back only what this tab knows and storage lacks; equal data ends the exchange between tabs.
		if (canonicalJson(merged) !== canonicalJson(merge(incoming, incoming))) this.sync(key);
	}

	/** Reads a key from storage into this page's copy. Throws StorageFailed. */
	#take(key: string): void {
		const stored = this.#read(key);
		if (this.#held.has(key)) return;
		if (!this.#codec.merge) this.#set(key, stored);
		else if (stored !== null) {
			const mine = this.#mine(key);
			this.#set(key, mine === undefined ? stored : this.#codec.merge(mine, stored));
		}
	}

	/**
	 * Reads a key: its value, or null when absent or unreadable. A damaged value is copied to a backup key and
	 * replaced by this page's copy (removed, for a store without a merge), so the next read does not
	 * back it up again; a newer version's value, and a damaged one that could not be copied, are held.
	 * Throws StorageFailed.
	 */
	#read(key: string): T | null {
		const raw = this.io.get(key);
		if (raw === null) return null;
		const parsed = this.#codec.parse(raw, key);
		if (parsed.ok) return parsed.value;
		if (parsed.newer) {
			this.#held.add(key);
			this.io.notice({ kind: 'newer', key });
			return null;
		}
		let copy: string | null = null;
		try {
			copy = this.io.mode === 'memory' ? null : this.io.backUp(key, raw);
		} catch (e) {
			if (!(e instanceof StorageFailed)) throw e;
			this.io.toMemory(e.kind);
		}
		this.io.notice({ kind: 'corrupt', key, backupKey: copy, error: parsed.error });
		// Without a copy the damaged value must stay where it is: nothing may overwrite it.
		if (copy === null) {
			this.#held.add(key);
			return null;
		}
		const mine = this.#codec.merge ? this.#mine(key) : undefined;
		if (mine === undefined) this.io.remove(key);
		else this.io.set(key, this.#serialize(mine, key));
		return null;
	}

	/** This page's copy of a key, or the store's empty value. */
	#mine(key: string): T | undefined {
		return this.value(key) ?? this.#codec.empty?.(key);
	}

	#set(key: string, value: T | null): void {
		this.#copies.set(key, value);
		this.#onChange(key, value ?? undefined);
	}

	#serialize(value: T, key: string): string {
		return this.#codec.serialize ? this.#codec.serialize(value, key) : JSON.stringify(value);
	}
}
