/**
 * What the checks need to know about an option: whether it is a key or a distractor, a figure or a date,
 * and the unit a figure is counted in.
 */
import { MONTH_NAMES } from './fact-text.ts';
import { normalise } from './text.ts';
import { keyIds, type ChoiceItem, type Option } from './types.ts';

export function keyOptions(item: ChoiceItem): Option[] {
	const keys = new Set(keyIds(item));
	return item.options.filter((o) => keys.has(o.id));
}

export function distractorOptions(item: ChoiceItem): Option[] {
	const keys = new Set(keyIds(item));
	return item.options.filter((o) => !keys.has(o.id));
}

/**
 * Whether an option is a figure: it starts with a number (after an optional qualifier), and what follows is a
 * scale word and a unit, not more words with numbers in them. "over 6,600 arrivals", "18%", "350 to 600 million
 * years" are; "Wide Field Camera 3" and "the first three months of 2025" are not.
 */
export function isFigureOption(text: string): boolean {
	const num = String.raw`[$£€]?\d[\d,]*(?:\.\d+)?(?:\s*(?:thousand|million|billion|trillion))?`;
	const qualifier = String.raw`(?:(?:over|about|around|at least|at most|under|up to|more than|fewer than|less than|nearly|almost)\s+)?`;
	return new RegExp(
		String.raw`^${qualifier}${num}(?:\s*(?:to|–|-)\s*${num})?(?:%|\s+[^\d]*)?$`,
		'i'
	).test(text.trim());
}

/** Whether an option is a date ("March 2025", "3 May 2025", "2024"): dates are not figures with units. */
export function isDateOption(text: string): boolean {
	return (
		/^(?:\d{1,2}\s+)?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?\d{4}(?:\s+to\s+.*)?$/i.test(
			text.trim()
		) || /^(?:\d{1,2}\s+)?[a-z]+\s+to\s+/i.test(text.trim())
	);
}

/** Crude stemming, enough to see "migrants" and "migrant" as one word. */
export const stem = (w: string): string => w.replace(/(ies|es|s)$/, '');

export function unitOf(text: string): string {
	return normalise(text)
		.split(' ')
		.filter((w) => !/^\d/.test(w) && !MONTH_NAMES.includes(w))
		.join(' ');
}
