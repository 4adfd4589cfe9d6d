import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The design tokens live at the top of src/app.css; every style uses them. These tests keep it so: a literal
// size or corner in a component's style, or a token used but never defined, fails here with its file.

const SRC = join(import.meta.dirname, '..');
const APP_CSS = readFileSync(join(SRC, 'app.css'), 'utf8');
/** The first rule of app.css: the tokens. */
const TOKENS = APP_CSS.slice(0, APP_CSS.indexOf('\n}\n') + 3);

function svelteFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return svelteFiles(path);
		return entry.name.endsWith('.svelte') ? [path] : [];
	});
}

/** Every style of the site but the tokens: app.css after its first rule, and each component's <style>. */
const STYLES: [string, string][] = [
	['src/app.css', APP_CSS.slice(TOKENS.length)],
	...svelteFiles(SRC).map((path): [string, string] => [
		path.slice(SRC.length - 3),
		[...readFileSync(path, 'utf8').matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)]
			.map((m) => m[1])
			.join('\n')
	])
];

/** Declarations `property: value;` of a stylesheet. */
function declarations(css: string): { property: string; value: string }[] {
	return [...css.matchAll(/^\s*([a-z-]+)\s*:\s*([^;{}]+);/gm)].map((m) => ({
		property: m[1],
		value: m[2].trim()
	}));
}

const TOKENISED = /^(margin|padding|gap|row-gap|column-gap|font-size|border-radius)(-[a-z-]+)?$/;
// rem and px only: an em size follows the element's own text (an icon's gap), which is the point of it.
const LITERAL = /(?<![\w.-])\d*\.?\d+(rem|px)\b/;

describe('design tokens', () => {
	it('define colours for both themes, the type scale, spacing, radius, focus and form width', () => {
		const names = [...TOKENS.matchAll(/^\s*(--[a-z0-9-]+):\s*([^;]+);/gm)].map((m) => ({
			name: m[1],
			value: m[2]
		}));
		const prefixes = new Set(names.map((t) => t.name.split('-')[2]));
		for (const kind of ['text', 'space', 'radius', 'focus']) expect(prefixes).toContain(kind);
		for (const name of ['--bg', '--text', '--accent', '--focus', '--form-width', '--focus-ring'])
			expect(names.map((t) => t.name)).toContain(name);
		// A colour is a pair: light first, dark second.
		for (const colour of names.filter((t) => t.value.includes('#')))
			expect(colour.value, colour.name).toMatch(/^light-dark\(#[0-9a-f]{6}, #[0-9a-f]{6}\)$/);
	});

	it('are what every style uses for spacing, type sizes and corners, never a literal value', () => {
		const literals = STYLES.flatMap(([file, css]) =>
			declarations(css)
				.filter((d) => TOKENISED.test(d.property) && LITERAL.test(d.value))
				// Negative margins pull an element outside its box; they are not a step of the scale.
				.filter((d) => !/^-/.test(d.value))
				.map((d) => `${file}: ${d.property}: ${d.value}`)
		);
		expect(literals).toEqual([]);
	});

	it('are all defined where they are used', () => {
		const defined = new Set(
			STYLES.flatMap(([, css]) => [...css.matchAll(/(--[a-z0-9-]+)\s*:/g)].map((m) => m[1]))
		);
		for (const m of TOKENS.matchAll(/(--[a-z0-9-]+)\s*:/g)) defined.add(m[1]);
		const undefinedUses = STYLES.flatMap(([file, css]) =>
			[...css.matchAll(/var\((--[a-z0-9-]+)/g)]
				.map((m) => m[1])
				.filter((name) => !defined.has(name))
				.map((name) => `${file}: ${name}`)
		);
		expect(undefinedUses).toEqual([]);
	});
});
