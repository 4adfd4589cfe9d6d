import type { StorageLike } from '../storage/storage.ts';

/** What a write looked like to other tabs: the `key` and `newValue` of their `storage` event. */
export interface StorageWrite {
	/** The key written or removed. */
	key: string;
	/** The new value, or null when removed. */
	newValue: string | null;
}

/** In-memory StorageLike for specs; tabs share a Map, and each can be blocked or given a quota. */
export class FakeStorage implements StorageLike {
	/** Entries, shared by every FakeStorage made with the same Map (one per tab). */
	readonly entries: Map<string, string>;
	/** Every write this tab made, in order, to replay as storage events in another tab. */
	readonly writes: StorageWrite[] = [];
	/** Throw a SecurityError on every access, as blocked storage does. */
	blocked = false;
	/** Total characters (keys plus values) the storage holds before setItem throws QuotaExceededError. */
	quota = Infinity;

	constructor(entries: Map<string, string> = new Map()) {
		this.entries = entries;
	}

	#check(): void {
		if (this.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
	}

	get length(): number {
		this.#check();
		return this.entries.size;
	}

	key(index: number): string | null {
		this.#check();
		return [...this.entries.keys()][index] ?? null;
	}

	getItem(key: string): string | null {
		this.#check();
		return this.entries.get(key) ?? null;
	}

	setItem(key: string, value: string): void {
		this.#check();
		let used = key.length + value.length;
		for (const [k, v] of this.entries) if (k !== key) used += k.length + v.length;
		// Like browsers, a write that does not fit changes nothing.
		if (used > this.quota)
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		this.entries.set(key, value);
		this.writes.push({ key, newValue: value });
	}

	removeItem(key: string): void {
		this.#check();
		if (this.entries.delete(key)) this.writes.push({ key, newValue: null });
	}

	/** Writes made since the last call, forgetting them. */
	takeWrites(): StorageWrite[] {
		return this.writes.splice(0);
	}
}
