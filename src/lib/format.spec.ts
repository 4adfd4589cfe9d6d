import { describe, expect, it } from 'vitest';
import { capitalise, formatSourceDate, minutes, tagLabel } from './format.ts';

describe('formatSourceDate', () => {
	it('keeps a year-only date as the year', () => {
		expect(formatSourceDate('2025')).toBe('2025');
	});
	it('writes a month date without inventing a day', () => {
		expect(formatSourceDate('2025-03')).toBe('March 2025');
	});
	it('leaves a relative label as written', () => {
		expect(formatSourceDate('July')).toBe('July');
	});
	it('writes a full date day first', () => {
		expect(formatSourceDate('2025-03-31')).toBe('31 March 2025');
	});
});

describe('minutes and capitalise', () => {
	it('uses the singular for one minute', () => {
		expect(minutes(1)).toBe('1 minute');
		expect(minutes(12)).toBe('12 minutes');
	});
	it('capitalises the first letter only', () => {
		expect(capitalise('introductory')).toBe('Introductory');
	});
});

describe('tagLabel', () => {
	it('writes a tag as words, initials in capitals', () => {
		expect(tagLabel('uk-politics')).toBe('UK politics');
		expect(tagLabel('international-cooperation')).toBe('International cooperation');
		expect(tagLabel('migration')).toBe('Migration');
		expect(tagLabel('eu-law-and-nhs')).toBe('EU law and NHS');
	});
});
