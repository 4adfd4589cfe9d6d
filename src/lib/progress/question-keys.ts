// The catalogue and module pages count a learner's scores over the questions still in each bank, and the
// home page counts the reviews due over the cards that still exist. They carry those ids as short keys:
// 159 ids of about 45 characters were 24 KB of HTML per module card, their keys are about 1.2 KB. A key
// stands for one id in 4 billion; a removed question or card whose key happened to equal a current one's
// would only go on counting, and only until the learner opens the quiz or review, which use the ids.

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
