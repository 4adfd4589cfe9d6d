import { KeyedStore } from '../storage/keyed-store.ts';
import type { StorageLike } from '../storage/storage.ts';
import type { GuardedStorage } from '../storage/guarded-storage.ts';
import { StoreFront } from '../storage/store-front.ts';
import type { Parsed } from '../storage/types.ts';

/** How one key's text is read and written: JSON read by its parser, or the raw text. */
interface Format {
	parse: (text: string) => Parsed<unknown>;
	serialize: (value: unknown) => string;
}

const RAW: Format = {
	parse: (text) => ({ ok: true, value: text }),
	serialize: (value) => `${value}`
};

/**
 * JSON values under their own keys, for the teacher's gradebooks and a student's assignment work, kept in a
 * KeyedStore without a merge: every change is made on top of the latest stored value, blocked or full
 * storage switches to memory with a notice, an unreadable value is copied to a backup key before anything
 * replaces it, and a value from a newer version is left untouched.
 */
export class LocalRecords extends StoreFront {
	readonly #store: KeyedStore<unknown>;
	// How each key this page uses is read and written.
	readonly #formats = new Map<string, Format>();

	constructor(storage: StorageLike | null, now: () => number = Date.now) {
		super();
		this.#store = new KeyedStore<unknown>(
			storage,
			{
				owns: (key) => this.#formats.has(key),
				parse: (text, key) => this.#format(key).parse(text),
				serialize: (value, key) => this.#format(key).serialize(value)
			},
			{ now }
		);
	}

	protected get io(): GuardedStorage {
		return this.#store.io;
	}

	#format(key: string): Format {
		return this.#formats.get(key) ?? RAW;
	}

	#use(key: string, format: Format): void {
		this.#formats.set(key, format);
	}

	/** Tells every listener that something changed. */
	notify(): void {
		this.#store.notify();
	}

	/** The raw text under a key: storage's, or this page's copy once storage failed. */
	raw(key: string): string | null {
		this.#use(key, RAW);
		return (this.#store.reread(key) as string | undefined) ?? null;
	}

	/** Stores raw text; in memory only when storage fails. False when the key is held. */
	setRaw(key: string, text: string): boolean {
		this.#use(key, RAW);
		if (this.#store.isHeld(key)) return false;
		this.#store.update(key, () => text);
		return true;
	}

	/**
	 * The value under a key, or `empty()` when there is none. A damaged value is copied aside first and the
	 * user told; a newer version's value is left alone and the key held until reload.
	 */
	read<T>(key: string, parse: (text: string) => Parsed<T>, empty: () => T): T {
		this.#use(key, { parse, serialize: (value) => JSON.stringify(value) });
		return (this.#store.reread(key) as T | undefined) ?? empty();
	}

	/** Reads the current value, applies `update` and stores the outcome, which it returns. */
	update<T>(
		key: string,
		parse: (text: string) => Parsed<T>,
		empty: () => T,
		update: (current: T) => T
	): T {
		this.#use(key, { parse, serialize: (value) => JSON.stringify(value) });
		return this.#store.update(key, (current) => update((current as T | undefined) ?? empty())) as T;
	}

	/** Deletes a key (and this page's copy of it), unless it is held. */
	remove(key: string): void {
		if (!this.#store.isHeld(key)) this.#store.remove(key);
	}

	/** Keys that start with a prefix, from storage and this page's copies. */
	keys(prefix: string): string[] {
		return this.#store.keys(prefix);
	}

	/**
	 * Takes in another tab's write (the `storage` event's key and newValue) to a key this page uses; returns
	 * whether it was one.
	 */
	applyExternalChange(key: string | null, newValue: string | null): boolean {
		return this.#store.applyExternalChange(key, newValue);
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
