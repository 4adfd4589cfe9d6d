/**
 * Drafting dates from an article: dates and spans in a sentence, as precise as the article writes them.
 */
import { MONTHS } from '../format.ts';

/** A date or span found in a sentence. */
export interface DateFind {
	/** Start in the sentence, including a preposition before it ("on", "since"). */
	start: number;
	/** End in the sentence. */
	end: number;
	/** `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or the words of a date with no year ("December"). */
	when: string;
	/** The end of a span, in the form of `when`. */
	until?: string;
	/** How precise the article is. */
	granularity: 'year' | 'month' | 'day' | 'relative';
	/** The date as written. */
	text: string;
}

const MONTH = `(${MONTHS.join('|')})`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(1[89]\\d\\d|20\\d\\d)';
const WEEKDAY = '(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?';
const PREP = '(?:(?:on|in|since|by|from|until|till|during|between|before|after|of|for)\\s+)?';

const mm = (month: string) => String(MONTHS.indexOf(month) + 1).padStart(2, '0');
const dd = (day: string) => day.padStart(2, '0');

/** Date patterns, most precise first; each returns when/until/granularity from its groups. */
const DATE_PATTERNS: [RegExp, (m: RegExpExecArray) => Omit<DateFind, 'start' | 'end' | 'text'>][] =
	[
		[
			new RegExp(
				`${PREP}${MONTH}\\s+${YEAR}\\s+(?:and|to|until|through|-|–)\\s+${MONTH}\\s+${YEAR}`,
				'g'
			),
			(m) => ({
				when: `${m[2]}-${mm(m[1])}`,
				until: `${m[4]}-${mm(m[3])}`,
				granularity: 'month'
			})
		],
		[
			new RegExp(
				`${PREP}${MONTH}\\s+(?:and|to|until|through|-|–)\\s+${MONTH}\\s+(?:of\\s+)?${YEAR}`,
				'g'
			),
			(m) => ({
				when: `${m[3]}-${mm(m[1])}`,
				until: `${m[3]}-${mm(m[2])}`,
				granularity: 'month'
			})
		],
		[
			new RegExp(`${PREP}${WEEKDAY}${DAY}\\s+${MONTH},?\\s+${YEAR}`, 'g'),
			(m) => ({ when: `${m[3]}-${mm(m[2])}-${dd(m[1])}`, granularity: 'day' })
		],
		[
			new RegExp(`${PREP}${WEEKDAY}${MONTH}\\s+${DAY},?\\s+${YEAR}`, 'g'),
			(m) => ({ when: `${m[3]}-${mm(m[1])}-${dd(m[2])}`, granularity: 'day' })
		],
		[
			new RegExp(
				`${PREP}(?:from\\s+|between\\s+)?${YEAR}\\s*(?:and|to|until|-|–)\\s*${YEAR}\\b`,
				'g'
			),
			(m) => ({ when: m[1], until: m[2], granularity: 'year' })
		],
		[
			new RegExp(`${PREP}${MONTH}\\s+(?:of\\s+)?${YEAR}`, 'g'),
			(m) => ({ when: `${m[2]}-${mm(m[1])}`, granularity: 'month' })
		],
		[
			new RegExp(`${PREP}${WEEKDAY}${DAY}\\s+${MONTH}\\b`, 'g'),
			(m) => ({ when: `${m[1]} ${m[2]}`, granularity: 'relative' })
		],
		[
			new RegExp(`${PREP}(?:between|from)\\s+${MONTH}\\s+(?:and|to|until)\\s+${MONTH}\\b`, 'g'),
			(m) => ({ when: `${m[1]} to ${m[2]}`, granularity: 'relative' })
		],
		[
			new RegExp(`${PREP}(?<![\\d,.£$€])${YEAR}(?![\\d,]*\\d)(?!\\s*(?:%|per cent))`, 'g'),
			(m) => ({ when: m[1], granularity: 'year' })
		],
		[new RegExp(`${PREP}\\b${MONTH}\\b`, 'g'), (m) => ({ when: m[1], granularity: 'relative' })]
	];

/** Whether `yyyy-mm-dd` is a day of the calendar (no 32 March, no 29 February 2025). */
function realDay(when: string): boolean {
	const [y, m, d] = when.split('-').map(Number);
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Dates and spans in a (masked) sentence, most precise reading first, never overlapping. */
export function findDates(text: string): DateFind[] {
	const taken: [number, number][] = [];
	const out: DateFind[] = [];
	for (const [re, read] of DATE_PATTERNS) {
		re.lastIndex = 0;
		for (const m of text.matchAll(re)) {
			const start = m.index;
			const end = start + m[0].length;
			if (taken.some(([a, b]) => start < b && end > a)) continue;
			// "May" is a month only next to a number or after a preposition.
			if (
				/^(?:\w+\s+)?May$/.test(m[0].trim()) &&
				!/^(in|by|since|until|from|of|during)\s/i.test(m[0])
			)
				continue;
			const found = read(m as RegExpExecArray);
			// A day that no calendar has is a typing slip, not a date to ask about.
			if (found.granularity === 'day' && !realDay(found.when)) continue;
			if (found.granularity === 'relative' && Number(/^\d+/.exec(found.when)?.[0] ?? 1) > 31)
				continue;
			taken.push([start, end]);
			out.push({ start, end, text: m[0].trim(), ...found });
		}
	}
	return out.sort((a, b) => a.start - b.start);
}
