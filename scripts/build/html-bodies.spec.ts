import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { withoutScriptBodies } from './html-bodies.js';

const { crawl } = (await import(
	pathToFileURL(resolve('node_modules/@sveltejs/kit/src/core/postbuild/crawl.js')).href
)) as { crawl: (html: string, base: string) => { ids: string[]; hrefs: string[] } };

// Markup the link check must read the same with or without the bodies: scripts and styles in any case, with
// links and ids inside them, inside comments and CDATA, unclosed, and tags that only look like them.
const pages = [
	'<style>a[href="/x"]{color:red}</style><a href="/a" id="a">a</a>',
	'<SCRIPT type="module">const s = "<a href=\'/no\'>";</sCrIpT><p id="after">x</p>',
	'<script type="application/json" id="data">{"href":"/json"}</script><a href="/b">b</a>',
	'<!-- <script> --><a href="/in-comment" id="c">c</a><!-- </script> -->',
	'<![CDATA[ <style> ]]><a href="/d">d</a><style media="x>y">p{}</style><a href="/e">e</a>',
	'<scripts href="/tag-named-scripts" id="s"></scripts><script-x id="t"><a href="/u">u</a></script-x>',
	'<a href="/f">f</a><script>never closed <a href="/g" id="g">',
	'<a href="/h">h</a><!-- never closed <script> <a href="/i">',
	'<div><script src="/app.js"></script><link rel="stylesheet" href="/style.css"><a href="#top">t</a></div>'
];

describe('withoutScriptBodies', () => {
	it('leaves what SvelteKit’s crawler finds unchanged', () => {
		for (const html of pages) expect(crawl(withoutScriptBodies(html), '/p'), html).toEqual(crawl(html, '/p'));
	});

	it('keeps each script’s and style’s tags and drops what is between them', () => {
		expect(
			withoutScriptBodies('<style>p{color:red}</style><p id="x">y</p><script type="module">go();</script>')
		).toBe('<style></style><p id="x">y</p><script type="module"></script>');
		expect(withoutScriptBodies('<p>no scripts</p>')).toBe('<p>no scripts</p>');
	});
});

describe('withoutScriptBodies and Pagefind', () => {
	const out = mkdtempSync(join(tmpdir(), 'briefing-bodies-'));
	afterAll(() => rmSync(out, { recursive: true, force: true }));

	const page = (n: number) =>
		`<!doctype html><html lang="en"><head><title>Page ${n}</title><style>main{color:red}</style>` +
		`<script>window.theme = "dark";</script></head><body><main data-pagefind-body>` +
		`<h1>Tides ${n}</h1><p data-pagefind-filter="level">easier</p><p>The moon pulls the sea, page ${n}.</p>` +
		`<script type="application/json" id="data">{"words":"hidden words never indexed"}</script>` +
		`</main></body></html>`;

	/** Every file Pagefind writes for the pages, by name, after passing them through `prepare`. */
	async function indexed(prepare: (html: string) => string, name: string) {
		const pagefind = await import('pagefind');
		const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
		if (!index) throw new Error('no index');
		for (const n of [1, 2, 3])
			await index.addHTMLFile({ sourcePath: `p${n}.html`, content: prepare(page(n)) });
		await index.writeFiles({ outputPath: join(out, name) });
		await pagefind.close();
		const dir = join(out, name);
		return Object.fromEntries(
			readdirSync(dir, { recursive: true })
				.map(String)
				.filter((f) => !f.endsWith('/') && f.includes('.'))
				.sort()
				.map((f) => [f, readFileSync(join(dir, f)).toString('base64')])
		);
	}

	it('gives the same index, file for file', async () => {
		const whole = await indexed((html) => html, 'whole');
		const trimmed = await indexed(withoutScriptBodies, 'trimmed');
		expect(Object.keys(whole).length).toBeGreaterThan(3);
		expect(trimmed).toEqual(whole);
	}, 30_000);
});
