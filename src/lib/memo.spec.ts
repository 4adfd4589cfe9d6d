import { describe, expect, it } from 'vitest';
import { memoised } from './memo.js';

describe('memoised', () => {
	it('computes each argument once, keeps at most the limit, and only what is worth keeping', () => {
		const calls: string[] = [];
		const length = memoised(
			(s: string) => {
				calls.push(s);
				return s.length;
			},
			2,
			(s) => s !== 'never'
		);
		expect([length('a'), length('a'), length('bb'), length('bb')]).toEqual([1, 1, 2, 2]);
		expect(calls).toEqual(['a', 'bb']);
		// A third argument past the limit drops what was kept.
		length('ccc');
		length('a');
		expect(calls).toEqual(['a', 'bb', 'ccc', 'a']);
		length('never');
		length('never');
		expect(calls.filter((c) => c === 'never')).toHaveLength(2);
	});
});
