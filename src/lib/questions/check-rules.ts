/**
 * The automatic checks' names, what a failed check looks like, and the limits they apply.
 */

/** Names of the automatic checks; a build failure names one. */
export type Rule =
	| 'structure'
	| 'option-count'
	| 'one-key'
	| 'unique-options'
	| 'disjoint-windows'
	| 'same-kind-options'
	| 'key-length'
	| 'key-longest'
	| 'no-all-none-of-above'
	| 'negative-emphasised'
	| 'no-absolute-words'
	| 'stem-key-clue'
	| 'stem-form'
	| 'key-position'
	| 'giveaway'
	| 'length-limits'
	| 'unknown-fact'
	| 'key-supported'
	| 'not-more-precise'
	| 'duplicate'
	| 'fact-used';

/** One failed check. */
export interface Violation {
	/** The item at fault; empty for a rule about the whole bank. */
	itemId: string;
	/** Which rule failed. */
	rule: Rule;
	/** What is wrong, for the author. */
	message: string;
	/** Another item involved (the one whose answer a giveaway reveals). */
	related?: string;
}

/** Longest stem, in characters. */
export const MAX_STEM = 220;
/** Longest option (or ordering entry, matching side), in characters. */
export const MAX_OPTION = 120;
/** A key may be at most this many times the mean distractor length. */
export const KEY_LENGTH_RATIO = 1.25;
/** Bank-wide rules on groups smaller than this say nothing and are skipped. */
export const MIN_GROUP = 10;

/** One-line "item <id>: <rule>: <message>" (or "bank: ..." for bank-wide rules). */
export function formatViolation(v: Violation): string {
	return `${v.itemId ? `item ${v.itemId}` : 'bank'}: ${v.rule}: ${v.message}`;
}
