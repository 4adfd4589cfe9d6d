import { describe, expect, it } from 'vitest';
import { pageDataNotSent } from './page-data';

describe('pageDataNotSent', () => {
	it('stands in for a load’s data (a plain object) with a placeholder', () => {
		const data = { module: { title: 'A summit', sections: [{ html: '<p>'.repeat(1000) }] } };
		expect(pageDataNotSent.encode(data)).toBe(1);
		expect(pageDataNotSent.encode({})).toBe(1);
	});

	it('leaves every other value to SvelteKit', () => {
		for (const value of [
			null,
			undefined,
			0,
			'text',
			[1, 2],
			new Date(0),
			new Map(),
			Object.create(null)
		])
			expect(pageDataNotSent.encode(value as never)).toBe(false);
	});

	it('says why when a page asks for its data in the browser', () => {
		expect(() => pageDataNotSent.decode(1)).toThrow(/sends no page data to the browser/);
	});
});
