import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { READING_LEVEL_KEY } from '../storage/keys.ts';
import { READING_SETTINGS } from './reading.ts';

describe('the reading script in app.html', () => {
	const html = readFileSync('src/app.html', 'utf8');

	it('stores each reading setting under the key the settings panel names', () => {
		for (const setting of READING_SETTINGS) {
			expect(html).toContain(`${setting.attribute}: '${setting.key}'`);
		}
	});

	it('remembers the reading level under its key in storage/keys.ts', () => {
		expect(html).toContain(`level: '${READING_LEVEL_KEY}'`);
	});

	it('has a style in app.css for every value the panel offers', () => {
		const css = readFileSync('src/app.css', 'utf8');
		const attribute = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
		for (const setting of READING_SETTINGS) {
			for (const { value } of setting.options.filter((o) => o.value !== '')) {
				expect(css).toContain(`:root[data-${attribute(setting.attribute)}='${value}']`);
			}
		}
	});
});
