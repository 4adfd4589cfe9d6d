import { describe, expect, it } from 'vitest';
import { TableSort } from './table-sort.svelte.ts';

describe('TableSort', () => {
	const names = { number: 'question number', facility: 'facility', flags: 'number of flags' };

	it('starts quiet, then announces each sort; aria-sort only on the sorted column', () => {
		const sort = new TableSort<keyof typeof names>('number', names, { flags: 'descending' });
		expect([sort.key, sort.direction, sort.announcement]).toEqual(['number', 'ascending', '']);
		sort.toggle('facility');
		expect([sort.ariaSort('facility'), sort.ariaSort('number')]).toEqual(['ascending', undefined]);
		expect(sort.announcement).toBe('Sorted by facility, lowest first.');
		sort.toggle('facility');
		expect(sort.announcement).toBe('Sorted by facility, highest first.');
		// A column whose figures are read highest first starts that way.
		sort.toggle('flags');
		expect(sort.ariaSort('flags')).toBe('descending');
	});
});
