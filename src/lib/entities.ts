/** HTML character references in text: the named ones markdown and Pagefind use, and every numeric one. */

const NAMED: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0'
};

/** The character a reference names (`amp`, `#233`, `#xE9`), or undefined when it names none. */
export function decodeEntity(name: string): string | undefined {
	if (name[0] === '#') {
		const code =
			name[1] === 'x' || name[1] === 'X'
				? parseInt(name.slice(2), 16)
				: parseInt(name.slice(1), 10);
		return Number.isFinite(code) && code > 0 && code <= 0x10ffff
			? String.fromCodePoint(code)
			: undefined;
	}
	return NAMED[name.toLowerCase()];
}

/** The text with every reference it knows replaced by its character; unknown ones stay as written. */
export function decodeEntities(text: string): string {
	return text.replace(
		/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi,
		(all, name: string) => decodeEntity(name) ?? all
	);
}
