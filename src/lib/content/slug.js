// Plain JavaScript so that svelte.config.js (loaded by Node without a TypeScript step) can share it.

/**
 * Turn heading text into an anchor id: lower case, letters and digits joined by single hyphens.
 * @param {string} text
 * @returns {string}
 */
export function slugify(text) {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[’']/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/**
 * Give each heading of one document a unique id, in order: a repeated slug gets `-2`, `-3`...
 * @param {string[]} texts
 * @returns {string[]}
 */
export function uniqueSlugs(texts) {
	/** @type {Map<string, number>} */
	const seen = new Map();
	return texts.map((text) => {
		const base = slugify(text) || 'section';
		const count = (seen.get(base) ?? 0) + 1;
		seen.set(base, count);
		return count === 1 ? base : `${base}-${count}`;
	});
}
