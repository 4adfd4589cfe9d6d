// Plain JavaScript so that the key-terms code, which svelte.config.js loads without a TypeScript step, can
// share it.

/**
 * `fn` with its results kept by argument, for pure functions asked the same thing over and over (a word's
 * syllables, a term's pattern, a label's normal form). At most `limit` results are kept: past it they are all
 * dropped and kept again as asked. `keep` says which arguments are worth keeping (all by default).
 * @template R
 * @param {(arg: string) => R} fn
 * @param {number} limit
 * @param {(arg: string) => boolean} [keep]
 * @returns {(arg: string) => R}
 */
export function memoised(fn, limit, keep) {
	/** @type {Map<string, R>} */
	const results = new Map();
	return (arg) => {
		let result = results.get(arg);
		if (result === undefined && !results.has(arg)) {
			result = fn(arg);
			if (!keep || keep(arg)) {
				if (results.size >= limit) results.clear();
				results.set(arg, result);
			}
		}
		return /** @type {R} */ (result);
	};
}
