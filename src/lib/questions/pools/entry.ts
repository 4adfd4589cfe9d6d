/**
 * What a shared distractor pool holds, and the shorthand the pool data is written in.
 */
import type { Field } from '../facts-types.ts';

/** A candidate distractor from the shared pools. */
export interface PoolEntry {
	/** Name as usually written. */
	name: string;
	/** Other spellings, also looked for in the source before the entry is used. */
	aliases?: string[];
	/** Countries: `major` for large, widely known economies, so a key like the United States meets its peers. */
	tier?: 'major';
}

/** One shared pool: names of one kind, for articles of one field (or of any field, for places). */
export interface Pool {
	/** The field whose articles may use it; `any` for places, which every field names. */
	field: Field | 'any';
	/** Entity kinds it serves, as authors write them in `category`. */
	kinds: string[];
	/** Its names. */
	entries: PoolEntry[];
}

type Spec = string | [string, ...string[]];

/** Entries from names (or [name, ...aliases]), each with the same extra fields. */
export const entries = (extra: Partial<PoolEntry>, ...list: Spec[]): PoolEntry[] =>
	list.map((e) =>
		typeof e === 'string' ? { name: e, ...extra } : { name: e[0], aliases: e.slice(1), ...extra }
	);
/** Entries from names (or [name, ...aliases]). */
export const names = (...list: Spec[]): PoolEntry[] => entries({}, ...list);
