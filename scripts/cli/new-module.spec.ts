import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../build/check-content.ts';

/**
 * `npm run new` as an author runs it, on a temporary copy of the project (its content, scripts and package.json,
 * with node_modules linked): what it writes, what the build then says, and the sentences it answers bad input with.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
let copy: string;

function run(...args: string[]) {
	const r = spawnSync('npm', ['run', '-s', 'new', '--', ...args], { cwd: copy, encoding: 'utf8' });
	return { status: r.status, out: r.stdout, err: r.stderr.trim() };
}

/** Every file under the copy's content folders with its text, to prove nothing changed. */
function snapshot(): Record<string, string> {
	const out: Record<string, string> = {};
	for (const dir of ['questions', 'src/lessons']) {
		for (const entry of readdirSync(join(copy, dir), { recursive: true, withFileTypes: true })) {
			if (!entry.isFile()) continue;
			const path = join(entry.parentPath, entry.name);
			out[path.slice(copy.length + 1)] = readFileSync(path, 'utf8');
		}
	}
	return out;
}

beforeAll(() => {
	copy = mkdtempSync(join(tmpdir(), 'briefing-new-'));
	for (const part of ['package.json', 'scripts', 'src', 'questions'])
		cpSync(join(root, part), join(copy, part), { recursive: true });
	symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
	writeFileSync(
		join(copy, 'galaxy.txt'),
		readFileSync(join(root, 'src/lib/questions/fixtures/corpus/galaxy-survey/article.txt'))
	);
	writeFileSync(join(copy, 'empty.txt'), '\n  \n');
	writeFileSync(
		join(copy, 'image.png'),
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
	);
	writeFileSync(
		join(copy, 'wall.txt'),
		Array.from(
			{ length: 60 },
			() => 'The council met again on Tuesday to talk about the river.'
		).join(' ')
	);
});

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('npm run new', { timeout: 120_000 }, () => {
	it('writes the article, module.md, section skeletons and draft facts, which the build refuses with file:line', async () => {
		const r = run('galaxy.txt', 'galaxy-survey');
		expect(r.err).toBe('');
		expect(r.status).toBe(0);
		expect(r.out).toMatch(
			/^Module `galaxy-survey` from galaxy\.txt \(480 words, 7 paragraphs, headline “Webb survey finds/
		);
		expect(r.out).toMatch(
			/questions\/galaxy-survey\/facts\.yaml\s+\d+ draft facts \(.*\); field: science-space/
		);
		expect(readFileSync(join(copy, 'questions/galaxy-survey/article.txt'), 'utf8')).toBe(
			readFileSync(join(copy, 'galaxy.txt'), 'utf8')
		);
		expect(readdirSync(join(copy, 'src/lessons/galaxy-survey')).sort()).toEqual([
			'01-part-1.md',
			'02-part-2.md',
			'03-part-3.md',
			'module.md'
		]);
		const report = (await checkContent(copy)).problems ?? '';
		expect(report).toMatch(/^questions\/galaxy-survey\/facts\.yaml:\d+: fact `.+`: is a draft/m);
		expect(report).toMatch(
			/^src\/lessons\/galaxy-survey\/module\.md:\d+: placeholder left to write/m
		);
		expect(report).toMatch(
			/^src\/lessons\/galaxy-survey\/01-part-1\.md:\d+: placeholder left to write/m
		);
		// The first module is untouched and still builds: only the new module's lines are listed.
		expect(report.split('\n').every((l) => l.includes('galaxy-survey'))).toBe(true);
	});

	it('on a second run adds only what is missing, and never overwrites', () => {
		const before = snapshot();
		const again = run('galaxy.txt', 'galaxy-survey');
		expect([again.status, again.out.trim()]).toEqual([
			0,
			'Nothing to add: every file of module `galaxy-survey` exists, and none was changed.'
		]);
		expect(snapshot()).toEqual(before);
		rmSync(join(copy, 'questions/galaxy-survey/facts.yaml'));
		const redraft = run('galaxy.txt', 'galaxy-survey');
		expect(redraft.status).toBe(0);
		expect(redraft.out).toContain('src/lessons/galaxy-survey/module.md');
		expect(redraft.out).toMatch(/module\.md\s+exists: kept as it is/);
		expect(snapshot()).toEqual(before);
	});

	it.each([
		['empty.txt', 'empty-one', "empty.txt is empty: paste the article's text into it"],
		[
			'image.png',
			'image-one',
			'image.png is not plain text (it holds binary data): save the article as a .txt file'
		],
		[
			'wall.txt',
			'wall-one',
			/^the article is one paragraph of \d+ words: separate its paragraphs with blank lines/
		],
		[
			'galaxy.txt',
			'organised-immigration-crime-summit',
			/^module `organised-immigration-crime-summit` already exists/
		],
		['galaxy.txt', 'Not_A_Slug', /^`Not_A_Slug` is not a valid module slug/],
		[
			'missing.txt',
			'missing-one',
			"missing.txt does not exist: give the path of the article's text file"
		]
	])('answers %s as %s with a sentence, exit 1 and nothing written', (file, slug, message) => {
		const before = snapshot();
		const r = run(file, slug);
		expect(r.status).toBe(1);
		expect(r.out).toBe('');
		if (typeof message === 'string') expect(r.err).toBe(message);
		else expect(r.err).toMatch(message);
		expect(r.err).not.toMatch(/\n\s+at /);
		expect(snapshot()).toEqual(before);
		expect(
			existsSync(join(copy, 'questions', slug, 'article.txt')) &&
				slug !== 'organised-immigration-crime-summit'
		).toBe(false);
	});
});
