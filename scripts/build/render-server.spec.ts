import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { patchServer } from './render-server.js';

// SvelteKit's SHA-256 and a page hashing its inline texts, as its bundler writes them into
// `.svelte-kit/output/server/index.js`.
const bundled = [
	'function sha256(data) {',
	'\tcalls.push(data);',
	'\treturn `h(${data})`;',
	'}',
	'function respond() {',
	'\treturn { style: sha256("p{}"), again: sha256("p{}"), script: sha256("go()") };',
	'}',
	'export { respond };'
].join('\n');

/** Runs the (patched) code and renders once, recording each text SvelteKit's SHA-256 was computed for. */
function run(code: string) {
	const calls: string[] = [];
	const respond = new Function('calls', `${code.replace('export { respond };', '')}\nreturn respond;`)(
		calls
	) as () => unknown;
	return { out: respond(), calls };
}

describe('patchServer', () => {
	it('keeps each inline text’s hash once computed, the rendered output unchanged', () => {
		const { code, applied } = patchServer(bundled);
		expect(applied).toEqual(['sha256']);
		const before = run(bundled);
		const after = run(code);
		expect(after.out).toEqual(before.out);
		expect(before.calls).toEqual(['p{}', 'p{}', 'go()']);
		expect(after.calls).toEqual(['p{}', 'go()']);
	});

	it('leaves code it does not recognise, or finds more than once, as it is', () => {
		expect(patchServer('function other() {}')).toEqual({ code: 'function other() {}', applied: [] });
		expect(patchServer(`${bundled}\n${bundled}`).applied).toEqual([]);
	});

	it('recognises the installed SvelteKit’s code (an upgrade that moves it only makes the renderer slower)', () => {
		const crypto = readFileSync('node_modules/@sveltejs/kit/src/runtime/server/page/crypto.js', 'utf8');
		// The bundler drops the `export`, the rest of the line is as written.
		expect(crypto).toMatch(/^export function sha256\(data\) \{$/m);
		expect(patchServer(crypto.replace(/^export function sha256/m, 'function sha256')).applied).toEqual([
			'sha256'
		]);
	});
});
