// How the search index is split, so that a build after editing one module re-indexes a few dozen modules, not
// the whole catalogue. Pagefind can only build an index whole (about 2 ms a page on one core: 15 s for 1,000
// modules), but its browser side can search several at once (`mergeIndex`). So the modules are dealt into
// shards by a hash of their slug; each shard is an index of its own, kept between builds under a key made of
// its modules' page keys; the search page loads the first and merges the others.
import { createHash } from 'node:crypto';

/** About this many modules go in one shard: re-indexing one is about a second. */
export const MODULES_PER_SHARD = 64;
/** At most this many shards: each is a few more requests when a learner first searches. */
export const MAX_SHARDS = 64;

/**
 * How many shards a catalogue of `modules` modules has: a power of two, so that a growing catalogue moves each
 * module only when the count doubles (1 up to 64 modules, 16 at 1,000).
 * @param {number} modules
 * @param {number} perShard about how many modules go in one shard (tests use small shards)
 */
export function shardCount(modules, perShard = MODULES_PER_SHARD) {
	let count = 1;
	while (count < MAX_SHARDS && count * perShard < modules) count *= 2;
	return count;
}

/**
 * The shard of a module: FNV-1a of its slug, modulo the shard count. It depends on nothing but the slug and the
 * count, so adding or removing a module leaves every other module where it was.
 * @param {string} slug
 * @param {number} count
 */
export function shardOf(slug, count) {
	let hash = 0x811c9dc5;
	for (const byte of new TextEncoder().encode(slug)) {
		hash ^= byte;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash % count;
}

/**
 * The modules of each shard, by shard number, leaving out empty shards; slugs sorted.
 * @param {readonly string[]} slugs
 * @param {number} count the number of shards (`shardCount`)
 * @returns {Map<number, string[]>}
 */
export function dealShards(slugs, count) {
	/** @type {Map<number, string[]>} */
	const shards = new Map();
	for (const slug of [...slugs].sort()) {
		const n = shardOf(slug, count);
		shards.set(n, [...(shards.get(n) ?? []), slug]);
	}
	return new Map([...shards].sort((a, b) => a[0] - b[0]));
}

/**
 * A shard's key: what its index is made from. Null when a module has no page key (its pages were not made by
 * the renderer this build), so that the shard is indexed again.
 * @param {{ version: string, base: string, count: number, slugs: readonly string[], pageKey: (slug: string) => string | null }} shard
 */
export function shardKey({ version, base, count, slugs, pageKey }) {
	const hash = createHash('sha256').update(`pagefind ${version}\0${base}\0${count}\0`);
	for (const slug of slugs) {
		const key = pageKey(slug);
		if (key === null) return null;
		hash.update(`${slug}\0${key}\0`);
	}
	return hash.digest('hex');
}
