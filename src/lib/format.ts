/** English month names, January first. */
export const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/**
 * A date written `YYYY`, `YYYY-MM` or `YYYY-MM-DD` in words, no more precise than written: "2024-12" ->
 * "December 2024", "2025-03-02" -> "2 March 2025". Anything else (a relative label) is returned as it is.
 */
export function formatSourceDate(date: string): string {
	const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
	if (!m) return date;
	const [, year, month, day] = m;
	if (!month) return year;
	const name = MONTHS[Number(month) - 1];
	return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** "1 minute", "12 minutes". */
export function minutes(n: number): string {
	return n === 1 ? '1 minute' : `${n} minutes`;
}

/** "1 card", "3 cards": a count with a noun that takes -s. */
export function plural(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "Introductory" from "introductory". */
export function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

// Tags are slugs (lower case, hyphens); these words read as initials.
const INITIALS = new Set(['uk', 'us', 'eu', 'un', 'nhs', 'nato', 'g7', 'g20', 'ai']);

/** A tag as people read it: "uk-politics" -> "UK politics", "human-rights" -> "Human rights". */
export function tagLabel(tag: string): string {
	const words = tag
		.split('-')
		.filter((w) => w !== '')
		.map((w) => (INITIALS.has(w) ? w.toUpperCase() : w));
	return capitalise(words.join(' '));
}
