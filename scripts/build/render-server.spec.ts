import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { patchServer } from './render-server.js';

// The two pieces of SvelteKit's server as its bundler writes them into `.svelte-kit/output/server/index.js`.
const bundled = [
	'function sha256(data) {',
	'\tcalls.push(data);',
	'\treturn `h(${data})`;',
	'}',
	'function respond(chunks, transformed, headers, hash) {',
	'\tif (!chunks) headers.set("etag", `"${hash(transformed)}"`);',
	'\treturn { style: sha256("p{}"), again: sha256("p{}"), script: sha256("go()") };',
	'}',
	'export { respond };'
].join('\n');

/** Runs the (patched) code and renders once, recording each text SvelteKit's SHA-256 was computed for. */
function run(code: string) {
	const calls: string[] = [];
	const headers = new Map<string, string>();
	const respond = new Function('calls', `${code.replace('export { respond };', '')}\nreturn respond;`)(
		calls
	) as (chunks: unknown, html: string, headers: Map<string, string>, hash: (s: string) => string) => unknown;
	const out = respond(null, '<p>page</p>', headers, (s) => `#${s.length}`);
	return { out, calls, headers };
}

describe('patchServer', () => {
	it('drops the ETag and keeps each inline text’s hash, the rendered output unchanged', () => {
		const { code, applied } = patchServer(bundled);
		expect(applied).toEqual(['etag', 'sha256']);
		const before = run(bundled);
		const after = run(code);
		expect(before.headers.get('etag')).toBe('"#11"');
		expect(after.headers.has('etag')).toBe(false);
		expect(after.out).toEqual(before.out);
		expect(before.calls).toEqual(['p{}', 'p{}', 'go()']);
		expect(after.calls).toEqual(['p{}', 'go()']);
	});

	it('leaves code it does not recognise, or finds more than once, as it is', () => {
		expect(patchServer('function other() {}')).toEqual({ code: 'function other() {}', applied: [] });
		const twice = `${bundled}\n${bundled}`;
		expect(patchServer(twice).applied).toEqual([]);
	});

	it('recognises the installed SvelteKit’s code (an upgrade that moves it only makes the renderer slower)', () => {
		const kit = 'node_modules/@sveltejs/kit/src/runtime/server/page';
		const render = readFileSync(`${kit}/render.js`, 'utf8');
		// The source's form: the bundler only changes the quotes and the braces around the statement.
		expect(render).toContain("headers.set('etag', `\"${hash(transformed)}\"`);");
		expect(patchServer(render).applied).toContain('etag');
		const crypto = readFileSync(`${kit}/crypto.js`, 'utf8');
		expect(patchServer(crypto.replace(/^export function sha256/m, 'function sha256')).applied).toEqual([
			'sha256'
		]);
	});
});
