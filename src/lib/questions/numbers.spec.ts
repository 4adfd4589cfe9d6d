import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NumberFact } from './facts-types.ts';
import {
	figureOption,
	formatFigure,
	formatRange,
	numberStem,
	precisionOf,
	statedFigure,
	withUnit,
	wrongFigures,
	wrongRanges
} from './numbers.ts';

const fact = (extra: Partial<NumberFact>): NumberFact => ({
	id: 'n',
	type: 'number',
	statement: 'S.',
	section: 's',
	value: 40,
	unit: 'nations',
	qualifier: 'exact',
	measure: 'nations at the summit',
	...extra
});

describe('figures as a newspaper prints them', () => {
	it('uses words for millions and billions only when every digit is kept', () => {
		expect(formatFigure(6600)).toBe('6,600');
		expect(formatFigure(13.8e9)).toBe('13.8 billion');
		expect(formatFigure(600e6)).toBe('600 million');
		expect(formatFigure(1234567)).toBe('1,234,567');
		expect(formatFigure(4.5)).toBe('4.5');
		expect(formatRange(350e6, 600e6)).toBe('350 to 600 million');
		expect(formatRange(700e6, 1.2e9)).toBe('700 million to 1.2 billion');
	});

	it('puts the unit on every figure: a share straight after, one thing in the singular', () => {
		expect(withUnit('18', '%')).toBe('18%');
		expect(withUnit('1', 'months', 1)).toBe('1 month');
		expect(figureOption(350e6, 'years', 600e6)).toBe('350 to 600 million years');
		expect(statedFigure(fact({ qualifier: 'over' }))).toBe('over 40 nations');
	});

	it('reads the precision of the last significant digit', () => {
		expect([6600, 40, 24000, 13.8e9, 5, 2.5].map(precisionOf)).toEqual([
			100, 10, 1000, 1e8, 1, 0.1
		]);
	});
});

describe('number stems', () => {
	it('ask a qualified figure as the limit the article gives, so no smaller or larger option is also right', () => {
		expect(numberStem(fact({ qualifier: 'over', ask: 'How many nations sent delegates?' }))).toBe(
			'How many nations sent delegates? The article gives a lower limit: which is it?'
		);
		expect(
			numberStem(fact({ qualifier: 'under', ask: 'What share of the collection is it?' }))
		).toBe('What share of the collection is it? The article gives an upper limit: which is it?');
		expect(numberStem(fact({ qualifier: 'about', ask: 'About how old is the universe?' }))).toBe(
			'About how old is the universe?'
		);
		expect(numberStem(fact({ ask: 'How many nations sent delegates?' }))).toBe(
			'How many nations sent delegates?'
		);
	});

	it('read naturally from `measure` without `ask`: "how many" for things counted, "what is" for a quantity', () => {
		expect(numberStem(fact({}))).toBe(
			'How many nations at the summit were there, according to the article?'
		);
		expect(numberStem(fact({ qualifier: 'at-least', measure: 'people who went missing' }))).toBe(
			'How many people who went missing were there, according to the article? The article gives a lower limit: which is it?'
		);
		expect(numberStem(fact({ measure: 'the estimated age of the universe', unit: 'years' }))).toBe(
			'What is the estimated age of the universe, according to the article?'
		);
		for (const stem of [
			numberStem(fact({})),
			numberStem(fact({ measure: 'the size of the team' }))
		])
			expect(stem).not.toMatch(/the number of the/);
	});
});

describe('wrong figures', () => {
	const apart = (values: number[]) => {
		const sorted = [...values].sort((a, b) => a - b);
		return sorted.every(
			(v, i) => i === 0 || v / sorted[i - 1] >= 1.19 || (Number.isInteger(v) && v <= 12 + 8)
		);
	};

	it('are plausible for any figure and rank: within bounds, within a factor of four, distinct and clearly apart', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 13, max: 5_000_000 }),
				fc.integer({ min: 0, max: 3 }),
				(value, below) => {
					const wrong = wrongFigures(value, below, 3 - below, [0, Infinity]);
					if (!wrong) return;
					expect(wrong.filter((v) => v < value)).toHaveLength(below);
					for (const v of wrong) {
						expect(v).toBeGreaterThanOrEqual(value / 4);
						expect(v).toBeLessThanOrEqual(value * 4);
					}
					expect(new Set([...wrong, value]).size).toBe(4);
					expect(apart([...wrong, value])).toBe(true);
				}
			)
		);
	});

	it('never cross the author’s bounds: a share stays under 100%, an age under the universe’s', () => {
		expect(wrongFigures(97, 0, 3, [0, 100])).toBeNull();
		expect(wrongFigures(97, 3, 0, [0, 100])?.every((v) => v < 97)).toBe(true);
		expect(wrongFigures(13.8e9, 3, 0, [0, 13.8e9])).toEqual([6.9e9, 8.3e9, 11e9]);
	});

	it('step by ones for small counts', () => {
		expect(wrongFigures(5, 1, 2, [0, Infinity])).toEqual([4, 6, 7]);
	});

	it('give ranges that overlap neither the key nor each other', () => {
		for (let below = 0; below < 3; below++) {
			const ranges = wrongRanges(350e6, 600e6, below, 2 - below, [0, 13.8e9]);
			expect(ranges).not.toBeNull();
			const all = [...(ranges ?? []), [350e6, 600e6] as [number, number]].sort(
				(a, b) => a[0] - b[0]
			);
			for (let i = 1; i < all.length; i++) expect(all[i][0]).toBeGreaterThan(all[i - 1][1]);
		}
	});
});
