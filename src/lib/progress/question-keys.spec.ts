import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyMatcher, packKeys, questionKey } from './question-keys.ts';

describe('question keys', () => {
	it('are short, stable and differ between the ids of a real-sized bank', () => {
		expect(questionKey('term-asylum-seeker.blank')).toBe(questionKey('term-asylum-seeker.blank'));
		expect(questionKey('term-asylum-seeker.blank')).toMatch(/^[0-9a-z]{1,7}$/);
		const ids = Array.from({ length: 2000 }, (_, i) => `fact-${i}.template-${i % 7}`);
		expect(new Set(ids.map(questionKey)).size).toBe(ids.length);
	});

	it('match every id of the bank and no other', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.string({ minLength: 1, maxLength: 40 }), { maxLength: 50 }),
				fc.string({ minLength: 1, maxLength: 40 }),
				(ids, other) => {
					const inBank = keyMatcher(packKeys(ids));
					expect(ids.every(inBank)).toBe(true);
					if (!ids.includes(other) && !ids.some((id) => questionKey(id) === questionKey(other)))
						expect(inBank(other)).toBe(false);
				}
			),
			{ numRuns: 300 }
		);
		expect(keyMatcher('')('anything')).toBe(false);
	});

	it('take far less room than the ids they stand for', () => {
		const ids = Array.from({ length: 159 }, (_, i) => `some-fact-about-the-summit-${i}.figure-tf`);
		expect(packKeys(ids).length).toBeLessThan(ids.join(' ').length / 4);
	});
});
