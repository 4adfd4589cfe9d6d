import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** The questions CLI on a temporary copy of the project, as an author runs it through npm. */
const root = fileURLToPath(new URL('..', import.meta.url));
const FIRST = 'organised-immigration-crime-summit';
let copy: string;

function npm(...args: string[]) {
	const r = spawnSync('npm', ['run', '-s', ...args], { cwd: copy, encoding: 'utf8' });
	return { status: r.status, out: r.stdout, err: r.stderr.trim() };
}

/**
 * The first module's article is not committed (.gitignore): its author's copy, else the shared article beside the
 * checkout. A clone with neither gives the copy an article of the test corpus instead, which exercises the same
 * commands (only the check that suggest skips what facts.yaml has needs the real one).
 */
const realArticle = [
	join(root, `questions/${FIRST}/article.txt`),
	join(root, `../shared/articles/${FIRST}.txt`)
].find((p) => existsSync(p));

beforeAll(() => {
	copy = mkdtempSync(join(tmpdir(), 'briefing-questions-'));
	for (const part of ['package.json', 'scripts', 'src', 'questions'])
		cpSync(join(root, part), join(copy, part), { recursive: true });
	symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
	cpSync(
		realArticle ?? join(root, 'src/lib/questions/fixtures/corpus/galaxy-survey/article.txt'),
		join(copy, `questions/${FIRST}/article.txt`)
	);
});

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('npm run questions', { timeout: 120_000 }, () => {
	it('list --json --out writes clean JSON, and so does `npm run -s` into a pipe', () => {
		const r = npm('questions', '--', 'list', FIRST, '--json', '--out', 'bank.json');
		expect(r.status).toBe(0);
		const bank = JSON.parse(readFileSync(join(copy, 'bank.json'), 'utf8')) as { id: string }[];
		expect(bank.length).toBeGreaterThan(50);
		const piped = npm('questions', '--', 'list', FIRST, '--json');
		expect(JSON.parse(piped.out)).toEqual(bank);
	});

	it('suggest drafts from the article only what facts.yaml lacks, and refuses with a sentence when there is no article', () => {
		const r = npm('questions', '--', 'suggest', FIRST);
		expect(r.status).toBe(0);
		expect(r.err).toMatch(
			/^\d+ draft facts? from questions\/.+\/article\.txt that .+ does not have \(\d+ it has already\)\.$/
		);
		expect(r.out).toContain('draft: true');
		if (realArticle) expect(r.out).not.toContain('id: keir-starmer\n');
		rmSync(join(copy, `questions/${FIRST}/article.txt`));
		const none = npm('questions', '--', 'suggest', FIRST);
		expect([none.status, none.err]).toEqual([
			1,
			`questions/${FIRST}/article.txt does not exist: keep the module's source article there (plain text, paragraphs separated by blank lines), then run suggest again`
		]);
		cpSync(
			realArticle ?? join(root, 'src/lib/questions/fixtures/corpus/galaxy-survey/article.txt'),
			join(copy, `questions/${FIRST}/article.txt`)
		);
	});

	it('doctor lists a module’s drafts and placeholders with file:line and exits 1', () => {
		const made = npm('new', '--', `questions/${FIRST}/article.txt`, 'summit-again');
		// The same article under another slug is refused only when the slug is taken; this one is free.
		expect(made.status).toBe(0);
		const r = npm('questions', '--', 'doctor', 'summit-again');
		expect(r.status).toBe(1);
		expect(r.out).toMatch(/^draft facts the build refuses \(\d+\):$/m);
		expect(r.out).toMatch(
			/^ {2}questions\/summit-again\/facts\.yaml:\d+: fact `[a-z0-9-]+` \(\w+\) is a draft/m
		);
		expect(r.out).toMatch(
			/^ {2}src\/lessons\/summit-again\/module\.md:\d+: placeholder left to write/m
		);
		const missing = npm('questions', '--', 'doctor', 'nowhere');
		expect(missing.status).toBe(1);
		expect(missing.err).toMatch(/^no module `nowhere`: there is no folder src\/lessons\/nowhere/);
	});
});
