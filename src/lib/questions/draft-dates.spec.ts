import { describe, expect, it } from 'vitest';
import { findDates } from './draft-dates.ts';

const read = (text: string) => findDates(text).map((d) => [d.when, d.granularity]);

describe('findDates', () => {
	it('reads a day, a month and a year', () => {
		expect(read('The plan was approved on 12 March 2025.')).toEqual([['2025-03-12', 'day']]);
		expect(read('Work starts in June 2026.')).toEqual([['2026-06', 'month']]);
		expect(read('The law dates from 1998.')).toEqual([['1998', 'year']]);
	});

	it('never drafts a day the calendar does not have', () => {
		expect(read('The plan was approved on 32 March 2025.')).toEqual([['2025-03', 'month']]);
		expect(read('It closed on 29 February 2025.')).toEqual([['2025-02', 'month']]);
		expect(read('It closed on 29 February 2024.')).toEqual([['2024-02-29', 'day']]);
		expect(read('It opened on 31 April 2024.')).toEqual([['2024-04', 'month']]);
		expect(read('Due by 45 May.')).toEqual([]);
	});
});
