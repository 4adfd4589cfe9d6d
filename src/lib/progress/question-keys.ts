// The catalogue and module pages count a learner's scores over the questions still in each bank. They
// carry the bank as short keys rather than its ids: 159 ids of about 45 characters were 24 KB of HTML per
// module card, these are about 1.2 KB. Two ids sharing a key (for a bank of 160 questions, odds of about
// 3 in a million) would only let a removed question's old mark go on counting.

/** A question id's key: its 32-bit FNV-1a hash in base 36 (1 to 7 characters). */
export function questionKey(id: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < id.length; i++) {
		hash ^= id.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0).toString(36);
}

/** A bank's ids as one space-separated string of keys, for a page to embed. */
export function packKeys(ids: readonly string[]): string {
	return ids.map(questionKey).join(' ');
}

/** Whether an id belongs to the bank `packed` (from packKeys) describes. */
export function keyMatcher(packed: string): (id: string) => boolean {
	const keys = new Set(packed.split(' ').filter(Boolean));
	return (id) => keys.has(questionKey(id));
}
