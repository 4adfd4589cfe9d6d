import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as KEYS from './keys.ts';

const keys = Object.values(KEYS);

function sources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const path = join(dir, e.name);
		if (e.isDirectory()) return e.name === 'fixtures' ? [] : sources(path);
		return /\.(ts|svelte)$/.test(e.name) && !/\.spec\.ts$/.test(e.name) ? [path] : [];
	});
}

describe('the storage keys', () => {
	it('are versioned, distinct, and no key is the start of another', () => {
		for (const key of keys) expect(key).toMatch(/^briefing:v1:[a-z-]+:?$/);
		expect(new Set(keys).size).toBe(keys.length);
		for (const a of keys)
			for (const b of keys) if (a !== b) expect(b.startsWith(a), `${a} starts ${b}`).toBe(false);
	});

	it('are written only in keys.ts (and the inline script of app.html, which must name the same)', () => {
		const elsewhere = sources('src').filter(
			(f) =>
				!f.endsWith(join('storage', 'keys.ts')) && /['"]briefing:v1:/.test(readFileSync(f, 'utf8'))
		);
		expect(elsewhere).toEqual([]);
		const html = readFileSync('src/app.html', 'utf8');
		const inHtml = [...html.matchAll(/'(briefing:v1:[a-z-]+)'/g)].map((m) => m[1]);
		expect(inHtml.length).toBeGreaterThan(0);
		for (const key of inHtml) expect(keys).toContain(key);
		for (const key of [
			KEYS.THEME_KEY,
			KEYS.TEXT_SIZE_KEY,
			KEYS.LINE_SPACING_KEY,
			KEYS.READING_LEVEL_KEY
		])
			expect(inHtml).toContain(key);
	});
});
