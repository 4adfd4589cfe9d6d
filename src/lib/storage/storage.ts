import { BACKUP_PREFIX } from './keys.ts';

/** The part of the Web Storage API the stores use; a fake stands in for it in tests. */
export interface StorageLike {
	/** Number of keys. */
	readonly length: number;
	/** The key at an index, or null past the end. */
	key(index: number): string | null;
	/** The value of a key, or null when absent. */
	getItem(key: string): string | null;
	/** Stores a value; throws a QuotaExceededError when storage is full. */
	setItem(key: string, value: string): void;
	/** Deletes a key. */
	removeItem(key: string): void;
}

/** The key a damaged value is copied to before it is replaced. */
export function backupKey(key: string, at: number): string {
	return `${BACKUP_PREFIX}${key}:${at}`;
}

/** Whether an error thrown by setItem means the storage is full (names differ between browsers). */
export function isQuotaError(error: unknown): boolean {
	if (typeof error !== 'object' || error === null) return false;
	const { name, code } = error as { name?: unknown; code?: unknown };
	return (
		name === 'QuotaExceededError' ||
		name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
		code === 22 ||
		code === 1014
	);
}

/** The browser's local storage, or null where it is missing or merely touching it throws (blocked). */
export function browserStorage(): StorageLike | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null;
	}
}

/**
 * Calls `listener` with the key and new value of every write another tab makes to local storage (a null key:
 * it cleared the storage); returns the function that stops listening.
 */
export function followOtherTabs(
	listener: (key: string | null, newValue: string | null) => void
): () => void {
	const onStorage = (event: StorageEvent) => {
		if (event.storageArea === null || event.storageArea === browserStorage())
			listener(event.key, event.newValue);
	};
	addEventListener('storage', onStorage);
	return () => removeEventListener('storage', onStorage);
}
