import { describe, expect, it } from 'vitest';
import {
	contentWords,
	digitRuns,
	emphasiseNegatives,
	formatNumber,
	optionKey,
	PhraseIndex,
	slugId
} from './text.ts';

describe('text helpers', () => {
	it('normalise options: case, punctuation and number formats', () => {
		expect(optionKey('Over 6,600.')).toBe(optionKey('over 6600'));
		expect(optionKey('the Netherlands')).toBe(optionKey('Netherlands'));
		expect(optionKey('6,600')).not.toBe(optionKey('6,700'));
	});

	it('finds whole-word phrases, ignoring a leading "the"', () => {
		const index = new PhraseIndex('Delegates from the Balkans and Iraq attended.');
		expect(index.has('the Balkans')).toBe(true);
		expect(index.has('Iraq')).toBe(true);
		expect(index.has('Ira')).toBe(false);
	});

	it('emphasises negatives outside quotations only', () => {
		expect(emphasiseNegatives('Which did not attend, and which can’t?')).toBe(
			'Which did NOT attend, and which CANNOT?'
		);
		expect(emphasiseNegatives('Who said “this is not fair” and did not stay?')).toBe(
			'Who said “this is not fair” and did NOT stay?'
		);
	});

	it('formats numbers and digit runs as printed', () => {
		expect(formatNumber(24000)).toBe('24,000');
		expect(formatNumber(6600.5)).toBe('6,600.5');
		expect(digitRuns('over 6,600 in 2025')).toEqual(['6600', '2025']);
		expect(contentWords('The article names Vietnam as an origin country')).toEqual([
			'vietnam',
			'origin',
			'country'
		]);
		expect(slugId('Over 6,600!')).toBe('over-6600');
	});
});
