/** Where a store keeps its data: local storage, or only this page's memory after storage failed. */
export type StoreMode = 'storage' | 'memory';

/** Something the user should be told about what a store keeps. */
export type StoreNotice =
	| {
			/** A stored value could not be read; it was copied aside (backupKey) or, if that failed, left alone. */
			kind: 'corrupt';
			/** The key whose value was unreadable. */
			key: string;
			/** Where the value was copied, or null when storage was too full to copy it (then it is not overwritten). */
			backupKey: string | null;
			/** What was wrong with it. */
			error: string;
	  }
	| {
			/** A value was saved by a newer version of the site; it is left alone until reload. */
			kind: 'newer';
			/** Its key. */
			key: string;
	  }
	| {
			/** Storage is missing or blocked: what is kept lasts for this page only. */
			kind: 'unavailable';
	  }
	| {
			/** Storage is full: what changes from now on lasts for this page only; what was saved stays. */
			kind: 'full';
	  };

/** A stored value read back, or why it could not be (`newer` when a later version of the site wrote it). */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string; newer?: boolean };
