import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../content/load.ts';
import { readContentFiles } from '../content/read-files.ts';
import { readability } from '../content/readability.ts';
import { READING_LEVEL_KEY } from '../storage/keys.ts';
import { READING_SETTINGS } from './reading.ts';

const MODULE = 'organised-immigration-crime-summit';
const module = buildIndex(readContentFiles(process.cwd())).modules.find((m) => m.slug === MODULE);

describe('the first module’s easier level', () => {
	const sections = module?.sections ?? [];

	it('covers every section', () => {
		expect(sections.length).toBeGreaterThan(0);
		expect(sections.filter((s) => !s.easier).map((s) => s.slug)).toEqual([]);
	});

	it.each(sections.map((s) => [s.slug, s] as const))(
		'%s reads at Flesch–Kincaid grade 6 or below, easier than its standard text',
		(_, section) => {
			const easier = readability(
				section.easier?.counts ?? { words: 0, sentences: 0, syllables: 0 }
			);
			const standard = readability(section.counts);
			expect(easier.words).toBeGreaterThan(200);
			expect(easier.grade).toBeLessThanOrEqual(6);
			expect(easier.grade).toBeLessThan(standard.grade);
		}
	);
});

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
