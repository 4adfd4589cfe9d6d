import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks, scan } from './module-links.js';

const dir = mkdtempSync(join(tmpdir(), 'briefing-links-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function file(name: string, text: string) {
	mkdirSync(dirname(join(dir, name)), { recursive: true });
	writeFileSync(join(dir, name), text);
}
file('index.html', '<h1 id="top-stories">Home</h1>');
file('modules/tides.html', '<h1 id="tides">Tides</h1><h2 id="objectives">Objectives</h2>');
file('modules/tides/quiz.html', '<main id="main">Quiz</main>');
file('modules/tides/progress.json', '{}');

describe('scan', () => {
	it('reads ids and root-relative links as SvelteKit’s crawler does, resolving relative ones', () => {
		const page = scan(
			'<a id="x" href="quiz#main">q</a><a href="https://example.org/">out</a><img src="/icons/a.png" alt="">',
			'/modules/tides/glossary'
		);
		expect(page.ids).toEqual(['x']);
		expect(page.links).toEqual(['/modules/tides/quiz#main', '/icons/a.png']);
	});
});

describe('checkLinks', () => {
	const from = '/modules/tides/quiz';
	it('accepts links to pages, files and ids the build has', () => {
		const links = ['/', '/modules/tides', '/modules/tides#objectives', '/modules/tides/progress.json', '/modules/tides/quiz#top'];
		expect(checkLinks(dir, '', links.map((href) => ({ from, href })), new Map())).toEqual([]);
	});

	it('names the page, the missing target and the missing id', () => {
		const links = [
			{ from, href: '/modules/tides/timeline' },
			{ from, href: '/modules/tides#sources' },
			{ from: '/', href: '/modules/tides#sources' }
		];
		expect(checkLinks(dir, '', links, new Map())).toEqual([
			'/modules/tides/quiz links to /modules/tides/timeline, which the build does not have',
			'/modules/tides/quiz links to /modules/tides#sources, but no element there has id="sources"',
			'/ links to /modules/tides#sources, but no element there has id="sources"'
		]);
	});

	it('uses the ids of pages just rendered, and refuses a link outside the base path', () => {
		const ids = new Map([['/briefing/modules/tides/quiz', ['question-1']]]);
		const links = [
			{ from: '/briefing/modules/tides', href: '/briefing/modules/tides/quiz#question-1' },
			{ from: '/briefing/modules/tides', href: '/modules/tides/quiz' }
		];
		expect(checkLinks(dir, '/briefing', links, ids)).toEqual([
			'/briefing/modules/tides links to /modules/tides/quiz, which does not begin with the base path /briefing'
		]);
	});
});
