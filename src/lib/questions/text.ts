import { memoised } from '../memo.js';

/** Words that carry no content, ignored when comparing stems, keys and options. */
export const STOPWORDS = new Set(
	(
		'a an the and or but of to in on at by for from with as is are was were be been being has have had do does did ' +
		'this that these those it its it’s their them they he she his her him we our you your i me my which who whom whose ' +
		'what when where why how than then so such not no nor if into onto over under about up down out off than also ' +
		'there here can could will would should may might must shall one each every any some more most other another ' +
		'according article named names name said says say true false following these while because where there their about after before'
	).split(/\s+/)
);

/** Lower case, curly quotes straightened, punctuation to spaces, single spaces. */
// Generation asks for the same short names and labels over and over; long texts are not worth keeping.
export const normalise = memoised(normaliseUncached, 50_000, (text) => text.length < 400);

function normaliseUncached(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[‘’]/g, "'")
		.replace(/[“”]/g, '"')
		.replace(/(\d),(?=\d{3}\b)/g, '$1')
		.replace(/'s\b/g, '')
		.replace(/[^a-z0-9.]+/g, ' ')
		.replace(/\.(?!\d)/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Normalised form used to compare options: numbers parsed, so "6,600" and "6600.0" match. */
export function optionKey(text: string): string {
	return normalise(text)
		.split(' ')
		.filter((w) => w !== 'the')
		.map((w) => (/^\d+(\.\d+)?$/.test(w) ? String(Number(w)) : w))
		.join(' ');
}

/** Content words of a text: normalised, without stopwords and numbers. */
export function contentWords(text: string): string[] {
	return normalise(text)
		.split(' ')
		.filter((w) => w.length > 2 && !STOPWORDS.has(w) && !/^\d/.test(w));
}

/** Numbers written in a text ("6,600" -> 6600). */
export function numbersIn(text: string): number[] {
	return (text.match(/\d[\d,]*(\.\d+)?/g) ?? []).map((n) => Number(n.replace(/,/g, '')));
}

/** Digit runs in a text, thousands separators removed ("over 6,600 in 2025" -> ["6600", "2025"]). */
export function digitRuns(text: string): string[] {
	return (text.replace(/(\d),(?=\d{3}\b)/g, '$1').match(/\d+/g) ?? []).slice();
}

/** A number as the article would print it: thousands separated by commas. */
export function formatNumber(value: number): string {
	const [whole, fraction] = String(value).split('.');
	const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	return fraction ? `${grouped}.${fraction}` : grouped;
}

/** An id made from text: lower case, hyphens, at most 40 characters. */
export function slugId(text: string): string {
	return (
		normalise(text)
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 40)
			.replace(/-+$/, '') || 'x'
	);
}

/** Whether `needle` occurs in `haystack` as whole words, after normalising both. */
export function containsPhrase(haystack: string, needle: string): boolean {
	const n = normalise(needle).replace(/^the /, '');
	if (n === '') return false;
	return ` ${normalise(haystack)} `.includes(` ${n} `);
}

/** A text normalised once, for many whole-word phrase look-ups. */
export class PhraseIndex {
	private readonly text: string;

	constructor(text: string) {
		this.text = ` ${normalise(text)} `;
	}

	/** Whether the phrase occurs as whole words (a leading "the" ignored). */
	has(phrase: string): boolean {
		const n = normalise(phrase).replace(/^the /, '');
		return n !== '' && this.text.includes(` ${n} `);
	}
}

/** Apply `change` to the parts of a text outside quotation marks: quoted words are kept as said. */
export function outsideQuotes(text: string, change: (part: string) => string): string {
	return text
		.split(/(“[^”]*”|"[^"]*")/)
		.map((part, i) => (i % 2 === 1 ? part : change(part)))
		.join('');
}

/** Upper-case a negative word (not, except...) so a stem's negative cannot be missed; quotations stay as said. */
export function emphasiseNegatives(text: string): string {
	return outsideQuotes(text, emphasise);
}

function emphasise(text: string): string {
	return text
		.replace(/\bcan['’]t\b/gi, 'CANNOT')
		.replace(/\bwon['’]t\b/gi, 'will NOT')
		.replace(/n['’]t\b/gi, ' NOT')
		.replace(/\b(not|except|cannot)\b/gi, (w) => w.toUpperCase());
}
