import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';

const run = promisify(execFile);
// The package's main export is the path of vnu.jar.
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

/** Every HTML file of a build folder. */
function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.html'))
		.map((f) => join(dir, f));
}

interface VnuMessage {
	type: string;
	url?: string;
	lastLine?: number;
	message: string;
}

/** The W3C checker's errors for these files (one Java run for all). */
async function vnuErrors(files: string[]): Promise<VnuMessage[]> {
	// vnu exits 1 when it finds errors; its JSON report is on stderr either way.
	const { stderr } = await run(
		'java',
		['-jar', vnuJar, '--format', 'json', '--errors-only', ...files],
		{ maxBuffer: 64 * 1024 * 1024 }
	).catch((e: { stderr: string }) => ({ stderr: e.stderr }));
	return (JSON.parse(stderr) as { messages: VnuMessage[] }).messages;
}

test('the W3C HTML checker finds no error in any built page', async () => {
	test.setTimeout(120_000);
	const files = htmlFiles('build');
	// Every page type is in the build: home, tags, module, lessons, quiz, assignment, print, teach, 404…
	expect(files.length).toBeGreaterThan(15);
	const errors = await vnuErrors(files);
	expect(
		errors.map((m) => `${m.url?.replace(/^.*\/build\//, '')}:${m.lastLine}: ${m.message}`)
	).toEqual([]);
});

test('the checker run does report an error when a page has one', async () => {
	test.setTimeout(60_000);
	const { mkdtempSync, writeFileSync } = await import('node:fs');
	const { tmpdir } = await import('node:os');
	const dir = mkdtempSync(join(tmpdir(), 'vnu-'));
	const bad = join(dir, 'bad.html');
	writeFileSync(bad, '<!doctype html><html lang="en"><title>x</title><p><div></p></div>');
	const errors = await vnuErrors([bad]);
	expect(errors.length).toBeGreaterThan(0);
});

test('the builds ship no __data.json: no page runs the client that would read one', () => {
	for (const dir of ['build', 'build-subpath']) {
		const files = readdirSync(dir, { recursive: true, encoding: 'utf8' });
		expect(files.filter((f) => f.endsWith('__data.json'))).toEqual([]);
		expect(files.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(15);
	}
});

test('every built page has a language, a title and a description for search results', async () => {
	const { readFileSync } = await import('node:fs');
	const missing = htmlFiles('build').flatMap((file) => {
		const html = readFileSync(file, 'utf8');
		const problems = [
			/<html[^>]* lang="[a-z-]+"/.test(html) ? '' : 'no language',
			/<title>[^<]{3,}<\/title>/.test(html) ? '' : 'no title',
			/<meta name="description" content="[^"]{20,}"/.test(html) ? '' : 'no description'
		].filter(Boolean);
		return problems.map((p) => `${file}: ${p}`);
	});
	expect(missing).toEqual([]);
});
