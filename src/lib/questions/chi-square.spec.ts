import { describe, expect, it } from 'vitest';
import { chiSquarePValue, regularisedGammaP } from './chi-square.ts';

describe('chi-square', () => {
	it('matches known values of the distribution', () => {
		expect(chiSquarePValue(3.841, 1)).toBeCloseTo(0.05, 3);
		expect(chiSquarePValue(7.815, 3)).toBeCloseTo(0.05, 3);
		expect(chiSquarePValue(0, 3)).toBe(1);
		expect(regularisedGammaP(1, 2)).toBeCloseTo(1 - Math.exp(-2), 10);
		expect(chiSquarePValue(30, 2)).toBeCloseTo(Math.exp(-15), 10);
	});
});
