import { describe, expect, it } from 'vitest';
import { words } from './draft-text.ts';

describe('words', () => {
	it('keeps a short text whole', () => {
		expect(words('bacteria are less likely to resist it', 30)).toBe(
			'bacteria are less likely to resist it'
		);
	});

	it('cuts a long text at its last comma when that keeps half the words', () => {
		const text =
			'one two three four five six seven eight, nine ten eleven twelve thirteen fourteen fifteen';
		expect(words(text, 12)).toBe('one two three four five six seven eight');
	});

	it('never ends on a word that needs another after it', () => {
		expect(words('the model found a threat to the health of the public', 7)).toBe(
			'the model found a threat'
		);
	});
});
