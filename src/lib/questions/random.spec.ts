import { describe, expect, it } from 'vitest';
import { createRandom, hashString } from './random.ts';

describe('createRandom', () => {
	it('repeats the same sequence for the same seed', () => {
		const a = createRandom('seed');
		const b = createRandom('seed');
		expect(Array.from({ length: 5 }, () => a.next())).toEqual(
			Array.from({ length: 5 }, () => b.next())
		);
	});

	it('gives different sequences for different seeds', () => {
		expect(createRandom('a').next()).not.toBe(createRandom('b').next());
	});

	it('stays in range and shuffles without losing items', () => {
		const r = createRandom('x');
		for (let i = 0; i < 100; i++) {
			const n = r.int(7);
			expect(n).toBeGreaterThanOrEqual(0);
			expect(n).toBeLessThan(7);
		}
		expect(r.shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
		expect(r.pick([])).toBeUndefined();
	});

	it('hashes strings to unsigned 32-bit integers', () => {
		expect(hashString('abc')).toBe(hashString('abc'));
		expect(hashString('abc')).toBeGreaterThanOrEqual(0);
		expect(hashString('abc')).toBeLessThan(2 ** 32);
	});
});
