import { describe, expect, it } from 'vitest';
import { excerptParts, filtersOf, queryString, readQuery, resultHref } from './search.ts';

describe('the search page address', () => {
	it('reads words, tag and level, and writes back only what is asked', () => {
		const query = readQuery('?q=+smuggling+gangs+&tag=migration');
		expect(query).toEqual({ q: 'smuggling gangs', tag: 'migration', level: '' });
		expect(queryString(query)).toBe('?q=smuggling+gangs&tag=migration');
		expect(queryString({ q: ' ', tag: '', level: '' })).toBe('');
		expect(filtersOf(query)).toEqual({ tag: 'migration' });
		expect(filtersOf({ q: '', tag: '', level: 'introductory' })).toEqual({ level: 'introductory' });
	});
});

describe('results', () => {
	it('link to the site’s own addresses, at the root or under a sub-path', () => {
		expect(resultHref('/modules/m/the-summit.html')).toBe('/modules/m/the-summit');
		expect(resultHref('/briefing/modules/m.html')).toBe('/briefing/modules/m');
		expect(resultHref('/modules/m/the-summit.html#who-called-the-summit')).toBe(
			'/modules/m/the-summit#who-called-the-summit'
		);
		expect(resultHref('/briefing/index.html')).toBe('/briefing/');
	});

	it('show excerpts as text with the matched words marked, never as HTML', () => {
		expect(excerptParts('The <mark>summit</mark> in London &amp; Paris')).toEqual([
			{ text: 'The ', mark: false },
			{ text: 'summit', mark: true },
			{ text: ' in London & Paris', mark: false }
		]);
		expect(
			excerptParts('&lt;script&gt;alert(1)&lt;/script&gt; <img src=x onerror=alert(1)>')
		).toEqual([{ text: '<script>alert(1)</script> ', mark: false }]);
		expect(excerptParts('caf&#233; &#x2014; ok')).toEqual([{ text: 'café — ok', mark: false }]);
	});
});
