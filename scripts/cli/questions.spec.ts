import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** The questions CLI on a temporary copy of the project, as an author runs it through npm. */
const root = fileURLToPath(new URL('../..', import.meta.url));
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

	it('review and doctor --stats show a class’s flagged items; a bad file is a sentence and exit 1', () => {
		// The drafted module of the doctor test above would make review refuse the whole content.
		for (const dir of ['src/lessons/summit-again', 'questions/summit-again'])
			rmSync(join(copy, dir), { recursive: true, force: true });
		const [id] = npm('questions', '--', 'list', FIRST).out.split('\t');
		const stats = {
			format: 'briefing-item-stats',
			version: 1,
			module: FIRST,
			assignment: '0a1b2c3d',
			title: 'Year 10B',
			students: 12,
			savedAt: '2026-12-02T00:00:00.000Z',
			items: [
				{
					id,
					number: 4,
					stem: 'Which?',
					seen: 12,
					facility: 0.25,
					discrimination: -0.5,
					flags: ['arguable-key'],
					notes: ['arguable key? the strongest students chose another option (“B”)'],
					options: [
						{ id: 'a', text: 'A', key: true, chosen: 3 },
						{ id: 'b', text: 'B', key: false, chosen: 9 }
					]
				}
			]
		};
		writeFileSync(join(copy, 'item-stats-0a1b2c3d.json'), JSON.stringify(stats));
		const sheet = npm('questions', '--', 'review', FIRST, '--stats', 'item-stats-0a1b2c3d.json');
		expect(sheet.status).toBe(0);
		const block = sheet.out.slice(sheet.out.indexOf(`### ${id} `));
		expect(block.slice(0, block.indexOf('**Explanation:**'))).toContain(
			'**Class figures** (“Year 10B”, 12 students): Q4, seen by 12 of 12: facility 25%, discrimination -0.50; options chosen: (key) “A” 3, “B” 9'
		);
		const doctor = npm('questions', '--', 'doctor', FIRST, '--stats', 'item-stats-0a1b2c3d.json');
		expect(doctor.out).toMatch(/^items a class flagged \(1\), from item-stats-0a1b2c3d\.json/m);
		expect(doctor.out).toMatch(
			new RegExp(
				`^ {2}questions/${FIRST}/(facts|questions)\\.yaml:\\d+: ${id.replace(/\./g, '\\.')}: arguable key\\?`,
				'm'
			)
		);
		writeFileSync(join(copy, 'bad.json'), '{"format":"briefing-result"}');
		for (const args of [
			['review', FIRST, '--stats', 'bad.json'],
			['doctor', FIRST, '--stats', 'missing.json']
		]) {
			const r = npm('questions', '--', ...args);
			expect(r.status).toBe(1);
			expect(r.out).toBe('');
			expect(r.err.split('\n')).toHaveLength(1);
			expect(r.err).not.toMatch(/at .*\.ts:\d+/);
		}
		writeFileSync(join(copy, 'other.json'), JSON.stringify({ ...stats, module: 'another' }));
		expect(npm('questions', '--', 'review', FIRST, '--stats', 'other.json').err).toBe(
			`other.json holds a class's figures for the module \`another\`, not \`${FIRST}\``
		);
	}, 240_000);
});
