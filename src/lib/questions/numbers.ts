import type { NumberFact, NumberQualifier } from './facts-types.ts';
import { formatNumber } from './text.ts';

/** The words each qualifier reads as in a sentence ("over 40 nations"). */
export const QUALIFIER_WORDS: Record<NumberQualifier, string> = {
	exact: '',
	over: 'over',
	'at-least': 'at least',
	about: 'about',
	under: 'under',
	'up-to': 'up to'
};

/** Whether an author's question already carries the qualifier. */
const QUALIFIER_IN_ASK: Record<NumberQualifier, RegExp> = {
	exact: /$^/,
	over: /\b(over|more than|above)\b/i,
	'at-least': /\bat least\b/i,
	about: /\b(about|roughly|approximately|around)\b/i,
	under: /\b(under|fewer than|less than|below)\b/i,
	'up-to': /\b(up to|at most)\b/i
};

const SCALES: [number, string][] = [
	[1e12, 'trillion'],
	[1e9, 'billion'],
	[1e6, 'million']
];

/** Trailing zeros of a decimal dropped: 13.80 -> "13.8". */
const trim = (n: number): string => String(Number(n.toFixed(6)));

/**
 * A figure as a newspaper prints it: "6,600", "2.5", and from a million up, words for the scale when that
 * keeps every digit ("13.8 billion", "600 million"; 1,234,567 stays in digits).
 */
export function formatFigure(value: number): string {
	for (const [size, word] of SCALES) {
		if (value < size) continue;
		const scaled = value / size;
		if (Math.abs(Number(scaled.toFixed(3)) - scaled) < 1e-9)
			return `${formatNumber(Number(trim(scaled)))} ${word}`;
	}
	return formatNumber(value);
}

/** A range with one scale word where both ends share it: "350 to 600 million". */
export function formatRange(low: number, high: number): string {
	const [a, b] = [formatFigure(low), formatFigure(high)];
	const scale = (s: string) => /\s([a-z]+)$/.exec(s)?.[1];
	if (scale(a) && scale(a) === scale(b)) return `${a.replace(/\s[a-z]+$/, '')} to ${b}`;
	return `${a} to ${b}`;
}

/** Whether a unit is a share, written straight after the figure ("18%"). */
export const isPercent = (unit: string): boolean => /^(%|per ?cent|percent)$/i.test(unit.trim());

/** A figure (already formatted) with its unit: "40 nations", "18%", "13.8 billion years"; "1 month" for one. */
export function withUnit(figure: string, unit: string, value?: number): string {
	const u = unit.trim();
	if (u === '%') return `${figure}%`;
	if (u === '') return figure;
	const one = value === 1 && /[^s]s$/.test(u) && !/(ss|us|is)$/.test(u) ? u.replace(/s$/, '') : u;
	return `${figure} ${one}`;
}

/** The figure as an option reads, without its qualifier: "40 nations", "350 to 600 million years". */
export function figureOption(value: number, unit: string, to?: number): string {
	return to === undefined
		? withUnit(formatFigure(value), unit, value)
		: withUnit(formatRange(value, to), unit, to);
}

/** The figure as the article states it: "over 40 nations", "350 to 600 million years". */
export function statedFigure(f: Pick<NumberFact, 'value' | 'unit' | 'qualifier' | 'to'>): string {
	return `${QUALIFIER_WORDS[f.qualifier]} ${figureOption(f.value, f.unit, f.to)}`.trim();
}

/** Whether `measure` names a quantity ("the age of the universe") rather than the things counted ("nations that..."). */
export function isQuantityMeasure(measure: string): boolean {
	return /^(the|a|an|its|their|his|her)\s/i.test(measure.trim());
}

/** How a stem says what kind of figure the article gives, for a qualified figure. */
const LIMIT_NOTE: Record<NumberQualifier, string> = {
	exact: '',
	over: 'The article gives a lower limit: which is it?',
	'at-least': 'The article gives a lower limit: which is it?',
	about: 'The article gives a rough figure: which is it?',
	under: 'The article gives an upper limit: which is it?',
	'up-to': 'The article gives an upper limit: which is it?'
};

/**
 * The question a number item asks: the author's `ask`, else one read from `measure` (a measure starting with
 * "the" reads as a quantity, otherwise as the things counted). A figure the article qualifies ("over 40") is
 * asked as the limit the article gives ("… The article gives a lower limit: which is it?"), so every option
 * is a bare figure that never nests, and no wrong option is true by the text: "more than how many?" would let
 * every smaller figure be right.
 */
export function numberStem(f: NumberFact): string {
	const ask = f.ask?.trim();
	const measure = f.measure.trim().replace(/[.?]$/, '');
	const plain = ask
		? ask
		: isQuantityMeasure(measure)
			? `What is ${measure}, according to the article?`
			: `How many ${measure} were there, according to the article?`;
	if (f.qualifier === 'exact' || f.to !== undefined) return plain;
	// The author may have put "about" in already ("About how old is the universe?").
	if (f.qualifier === 'about' && ask && QUALIFIER_IN_ASK.about.test(ask)) return ask;
	return `${plain} ${LIMIT_NOTE[f.qualifier]}`;
}

/** Place value of a figure's last significant digit: 6,600 -> 100, 40 -> 10, 13.8 billion -> 100 million, 2.5 -> 0.1. */
export function precisionOf(value: number): number {
	const decimals = (trim(value).split('.')[1] ?? '').length;
	if (decimals > 0) return 10 ** -decimals;
	let p = 1;
	while (value % (p * 10) === 0 && p * 10 <= value) p *= 10;
	return p;
}

/** Rounded to a place value, without binary noise. */
const roundTo = (value: number, place: number): number =>
	Number((Math.round(value / place) * place).toFixed(Math.max(0, -Math.floor(Math.log10(place)))));

/** Factors that give plausible wrong figures: same order of magnitude, clearly apart. */
const BELOW = [0.8, 0.75, 0.67, 0.6, 0.5, 0.4, 0.33, 0.25];
const ABOVE = [1.25, 1.33, 1.5, 1.75, 2, 2.5, 3, 4];
/** Neighbouring options differ by at least this ratio, so no two read as the same figure. */
const GAP = 1.2;

/** The bounds wrong figures must stay in: the author's, a share's 0–100, else positive. */
export function figureBounds(f: Pick<NumberFact, 'unit' | 'bounds'>): [number, number] {
	if (f.bounds) return f.bounds;
	if (isPercent(f.unit)) return [0, 100];
	return [0, Infinity];
}

/**
 * Wrong figures for a key: `below` of them smaller and `above` larger, each within bounds, of the key's
 * precision, within a factor of four of it, and at least `GAP` apart from each other and the key. `prefer`
 * (the module's other figures in the same unit: a figure for another period) come first where they fit.
 * Null when the bounds or the figure leave too little room.
 */
export function wrongFigures(
	value: number,
	below: number,
	above: number,
	bounds: [number, number],
	prefer: number[] = [],
	approximate = false
): number[] | null {
	const [lo, hi] = bounds;
	const small = Number.isInteger(value) && value <= 12;
	// "About 9" stands for 8 as well: a rough figure's neighbours are a quarter apart, never one.
	const stride = approximate ? Math.max(2, Math.ceil(value * 0.25)) : 1;
	const place = precisionOf(value);
	const inside = (v: number) =>
		v > lo && v < hi && v > 0 && v !== value && (small || (v >= value / 4 && v <= value * 4));
	const candidates = (factors: number[]) => {
		if (small) {
			const step = factors[0] < 1 ? -stride : stride;
			return Array.from({ length: 8 }, (_, i) => value + step * (i + 1));
		}
		return factors.map((k) => roundTo(value * k, place));
	};
	const pick = (list: number[], count: number, down: boolean): number[] | null => {
		const out: number[] = [];
		let last = value;
		const ordered = [
			...prefer
				.filter((p) => (down ? p < value : p > value))
				.sort((a, b) => (down ? b - a : a - b)),
			...list
		];
		for (const v of ordered) {
			if (out.length === count) break;
			if (!inside(v) || out.includes(v)) continue;
			const ratio = down ? last / v : v / last;
			if (!small && ratio < GAP) continue;
			if (small && (down ? v >= last : v <= last)) continue;
			out.push(v);
			last = v;
		}
		return out.length === count ? out : null;
	};
	const low = pick(candidates(BELOW), below, true);
	const high = pick(candidates(ABOVE), above, false);
	if (!low || !high) return null;
	return [...low.reverse(), ...high];
}

/** Factors for wrong ranges: wider, since a range must clear the key's whole span. */
const RANGE_BELOW = [0.6, 0.5, 0.4, 0.33, 0.25];
const RANGE_ABOVE = [1.7, 2, 2.5, 3, 4];

/**
 * Wrong ranges for a key range: both ends scaled by one factor, rounded to the key's precision, within bounds,
 * and overlapping neither the key nor each other (overlapping ranges would each be partly right).
 */
export function wrongRanges(
	low: number,
	high: number,
	below: number,
	above: number,
	bounds: [number, number]
): [number, number][] | null {
	const place = Math.min(precisionOf(low), precisionOf(high));
	const [lo, hi] = bounds;
	const scaled = (k: number): [number, number] => [
		roundTo(low * k, place),
		roundTo(high * k, place)
	];
	const fits = ([a, b]: [number, number]) => a > 0 && a >= lo && b <= hi && a < b;
	const apart = (x: [number, number], y: [number, number]) => x[1] < y[0] || y[1] < x[0];
	const pick = (factors: number[], count: number): [number, number][] | null => {
		const out: [number, number][] = [];
		for (const k of factors) {
			if (out.length === count) break;
			const r = scaled(k);
			if (!fits(r) || !apart(r, [low, high]) || !out.every((o) => apart(o, r))) continue;
			out.push(r);
		}
		return out.length === count ? out : null;
	};
	const down = pick(RANGE_BELOW, below);
	const up = pick(RANGE_ABOVE, above);
	if (!down || !up) return null;
	return [...down.reverse(), ...up];
}
