import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RESERVED_MODULE_SLUGS, RESERVED_SECTION_SLUGS } from './layout.ts';
import { buildIndex } from './load.ts';
import { placeholderProblems } from './placeholders.ts';
import { ContentError, formatProblem } from './problems.ts';
import { readContentFiles } from './read-files.ts';

const fixture = (path: string) => fileURLToPath(new URL(`./fixtures/${path}`, import.meta.url));

/** The ContentError message for a set of files; fails the test when they are valid. */
function problemsOf(files: Record<string, string>): string {
	try {
		buildIndex(files);
	} catch (error) {
		if (error instanceof ContentError) return error.message;
		throw error;
	}
	throw new Error('expected a ContentError');
}

const MODULE = `---
title: Tide Tables
summary: Reading a tide table before setting out.
source:
  title: Low water, high stakes
  publisher: Coastal Weekly
  date: 2024-06
objectives:
  - Read a tide table.
level: introductory
readingMinutes: 3
tags: [tides]
---
`;

const SECTION = `---
title: Basics
discussion:
  - When would you check the table?
  - What could go wrong?
---

Some text.
`;

describe('buildIndex on the valid fixture', () => {
	const index = buildIndex(readContentFiles(fixture('valid')));

	it('sorts modules by title, not by slug', () => {
		expect(index.modules.map((m) => [m.slug, m.title])).toEqual([
			['sea-marks', 'Beacons and Buoys'],
			['harbour-patrols', 'Watching the Harbour']
		]);
	});

	it('collects the union of tags, sorted', () => {
		expect(index.tags).toEqual(['navigation', 'ports', 'safety']);
	});

	it('reads module fields, applying the pass mark default', () => {
		const [marks, harbour] = index.modules;
		expect(harbour).toMatchObject({
			file: 'src/lessons/harbour-patrols/module.md',
			summary: 'How a port plans its night patrols and what the patrol log is for.',
			objectives: ['Describe how a patrol rota is planned.', 'Explain why a written log matters.'],
			level: 'introductory',
			readingMinutes: 4,
			tags: ['ports', 'safety'],
			passMark: 80
		});
		expect(marks.passMark).toBe(65);
		expect(marks.level).toBe('advanced');
	});

	it('keeps unquoted dates as written, including a bare year', () => {
		const [marks, harbour] = index.modules;
		expect(harbour.source).toEqual({
			title: 'Night shifts on the quay',
			publisher: 'Example Gazette',
			date: '2025-03-31',
			url: 'https://example.org/quay'
		});
		expect(marks.source).toEqual({
			title: 'Marks of the channel',
			publisher: 'Coastal Weekly',
			date: '2024'
		});
	});

	it('orders sections by number, so 10 comes after 2', () => {
		const harbour = index.modules[1];
		expect(harbour.sections.map((s) => [s.order, s.slug, s.file])).toEqual([
			[1, 'the-rota', 'src/lessons/harbour-patrols/01-the-rota.md'],
			[2, 'reading-logs', 'src/lessons/harbour-patrols/02-reading-logs.md'],
			[10, 'wrap-up', 'src/lessons/harbour-patrols/10-wrap-up.md']
		]);
		expect(harbour.sections[1].discussion).toHaveLength(3);
		expect(harbour.sections[2].title).toBe('Wrap-up');
	});

	it('lists headings with unique ids, skipping code blocks', () => {
		expect(index.modules[1].sections[0].headings).toEqual([
			{ depth: 2, text: 'Who plans it', id: 'who-plans-it' },
			{ depth: 2, text: 'Who plans it', id: 'who-plans-it-2' },
			{ depth: 3, text: 'The night shift and its crew', id: 'the-night-shift-and-its-crew' }
		]);
	});

	it('counts words of each section body', () => {
		expect(index.modules[0].sections[0].words).toBe(8);
		expect(index.modules[1].sections[1].words).toBe(9);
	});

	it('attaches parsed questions files, null where a file is absent', () => {
		expect(index.modules[1].questions).toEqual({
			factsFile: 'questions/harbour-patrols/facts.yaml',
			facts: { facts: [{ id: 'rota-week', statement: 'The rota is drawn up a week ahead.' }] },
			questionsFile: 'questions/harbour-patrols/questions.yaml',
			questions: null
		});
		expect(index.modules[0].questions).toBeNull();
	});
});

describe('buildIndex on broken fixtures', () => {
	const cases: [string, string][] = [
		['missing-field', 'src/lessons/tides/module.md:1: missing required field `summary`'],
		[
			'wrong-type',
			[
				'src/lessons/tides/module.md:8: `objectives` must be a list of texts (got `Read a tide table.`)',
				'src/lessons/tides/module.md:10: `readingMinutes` must be a positive whole number of minutes (got `three`)'
			].join('\n')
		],
		[
			'unknown-field',
			[
				'src/lessons/tides/module.md:1: missing required field `summary`',
				'src/lessons/tides/module.md:3: unknown field `sumary` (did you mean `summary`?); allowed fields are title, summary, source, objectives, level, readingMinutes, tags, passMark'
			].join('\n')
		],
		[
			'bad-level',
			'src/lessons/tides/module.md:10: `level` must be one of introductory, intermediate, advanced (got `expert`)'
		],
		[
			'bad-source',
			[
				'src/lessons/tides/module.md:7: `source.date` must be a date written YYYY, YYYY-MM or YYYY-MM-DD (got `June 2024`)',
				'src/lessons/tides/module.md:8: `source.url` must be an http(s) URL (got `ftp://example.org/tides`)',
				'src/lessons/tides/module.md:9: unknown field `source.author`; allowed fields are title, publisher, date, url'
			].join('\n')
		],
		[
			'bad-tags',
			[
				'src/lessons/tides/module.md:14: tag `Tide Tables` must be lower-case letters and digits joined by single hyphens, like `border-security`',
				'src/lessons/tides/module.md:15: tag `tides` is listed twice'
			].join('\n')
		],
		[
			'module-body',
			'src/lessons/tides/module.md:15: the module file holds front matter only; put lesson text in a numbered section file'
		],
		[
			'front-matter-yaml',
			'src/lessons/tides/01-basics.md:6: YAML syntax error: A block sequence may not be used as an implicit map key'
		],
		[
			'facts-yaml',
			'questions/tides/facts.yaml:7: YAML syntax error: Nested mappings are not allowed in compact mappings'
		],
		[
			'bad-section-front-matter',
			[
				'src/lessons/tides/01-basics.md:1: the file must start with front matter between `---` lines (fields: title, discussion, gist)',
				'src/lessons/tides/02-more.md:4: unknown field `colour`; allowed fields are title, discussion, gist',
				'src/lessons/tides/02-more.md:5: the section has no text after its front matter'
			].join('\n')
		],
		[
			'discussion-count',
			'src/lessons/tides/01-basics.md:3: `discussion` must list 2 or 3 questions (got 4)'
		],
		[
			'duplicate-number',
			'src/lessons/tides/1-extras.md:1: section number 1 is already used by src/lessons/tides/01-basics.md'
		],
		[
			'bad-section-name',
			'src/lessons/tides/Extras.md:1: section file name `Extras.md` must be a number, a hyphen and a slug, like `01-the-summit.md` (lower-case letters and digits joined by single hyphens)'
		],
		[
			'empty-module',
			'src/lessons/tides/module.md:1: module `tides` has no sections; add a numbered section file such as src/lessons/tides/01-introduction.md'
		],
		[
			'missing-module-file',
			"src/lessons/tides/01-basics.md:1: module folder `tides` has no module.md; add src/lessons/tides/module.md with the module's front matter"
		],
		[
			'orphan-questions',
			'questions/currents/facts.yaml:1: questions folder `currents` has no lesson folder src/lessons/currents/'
		],
		[
			'missing-section-link',
			'src/lessons/tides/01-basics.md:12: link to section `charts` that does not exist in module `tides`'
		],
		[
			'missing-anchor',
			[
				'src/lessons/tides/01-basics.md:12: link to `#top`, but this section has no heading with id `top`',
				'src/lessons/tides/01-basics.md:12: link to `basics#low-water`, but section `basics` has no heading with id `low-water`'
			].join('\n')
		],
		[
			'absolute-link',
			'src/lessons/tides/01-basics.md:12: absolute link `/tides/basics`: use a relative link such as `section-slug#anchor` so the site works under a sub-path'
		]
	];

	it.each(cases)('%s', (name, expected) => {
		expect(problemsOf(readContentFiles(fixture(`broken/${name}`)))).toBe(expected);
	});
});

describe('buildIndex on content built in memory', () => {
	const EASY = SECTION.replace('Some text.', 'Short words. [More](more#the-end).');
	const MORE = SECTION.replace('Some text.', '## The end\n\nDone.');

	it("attaches each section's easier level, with its own headings and counts", () => {
		const index = buildIndex({
			'src/lessons/tides/module.md': MODULE,
			'src/lessons/tides/01-basics.md': SECTION,
			'src/lessons/tides/02-more.md': MORE,
			'src/lessons/tides/easier/01-basics.md': EASY,
			'src/lessons/tides/easier/02-more.md': MORE
		});
		const [basics, more] = index.modules[0].sections;
		expect(basics.easier).toMatchObject({
			title: 'Basics',
			file: 'src/lessons/tides/easier/01-basics.md',
			counts: { words: 3, sentences: 2 }
		});
		expect(more.easier?.headings).toEqual([{ depth: 2, text: 'The end', id: 'the-end' }]);
	});

	it('computes reading minutes when module.md leaves them out', () => {
		const long = SECTION.replace('Some text.', 'word '.repeat(1000));
		const index = buildIndex({
			'src/lessons/tides/module.md': MODULE.replace('readingMinutes: 3\n', ''),
			'src/lessons/tides/01-basics.md': long
		});
		expect(index.modules[0].readingMinutes).toBe(5);
	});

	it('reports an easier level that does not match the sections one for one', () => {
		const files = {
			'src/lessons/tides/module.md': MODULE,
			'src/lessons/tides/01-basics.md': SECTION,
			'src/lessons/tides/02-more.md': SECTION,
			'src/lessons/tides/easier/01-basics.md': EASY,
			'src/lessons/tides/easier/03-extra.md': SECTION,
			'src/lessons/ghost/easier/01-basics.md': SECTION
		};
		expect(problemsOf(files)).toBe(
			[
				'src/lessons/ghost/easier/01-basics.md:1: easier file for module `ghost`, which has no src/lessons/ghost/module.md',
				'src/lessons/tides/02-more.md:1: module `tides` has an easier level but this section has none; add src/lessons/tides/easier/02-more.md',
				'src/lessons/tides/easier/01-basics.md:8: link to section `more` that does not exist in module `tides`',
				"src/lessons/tides/easier/03-extra.md:1: easier file `03-extra.md` must be named as one of the module's sections (01-basics.md, 02-more.md)"
			].join('\n')
		);
	});

	it('leaves out a headline and publisher the article does not have, and still rejects an empty one', () => {
		const noHeadline = MODULE.replace(
			'  title: Low water, high stakes\n  publisher: Coastal Weekly\n',
			''
		);
		const index = buildIndex({
			'src/lessons/tides/module.md': noHeadline,
			'src/lessons/tides/01-basics.md': SECTION
		});
		expect(index.modules[0].source).toEqual({ date: '2024-06' });
		expect(
			problemsOf({
				'src/lessons/tides/module.md': MODULE.replace('Low water, high stakes', "''"),
				'src/lessons/tides/01-basics.md': SECTION
			})
		).toBe('src/lessons/tides/module.md:5: `source.title` must not be empty');
	});

	// Folders differing only in case cannot both be checked out on macOS or Windows, so no fixture folder.
	it('reports two module folders whose slugs collide once case is ignored', () => {
		const files = {
			'src/lessons/summit/module.md': MODULE,
			'src/lessons/summit/01-basics.md': SECTION,
			'src/lessons/Summit/module.md': MODULE,
			'src/lessons/Summit/01-basics.md': SECTION
		};
		expect(problemsOf(files)).toBe(
			[
				'src/lessons/Summit/module.md:1: module folder `Summit` is not a valid slug: use lower-case letters and digits joined by single hyphens',
				'src/lessons/summit/module.md:1: module folders src/lessons/Summit/ and src/lessons/summit/ give the same slug `summit` once letter case is ignored; rename one'
			].join('\n')
		);
	});

	it('reports a section slug used twice and links that are not section slugs', () => {
		const files = {
			'src/lessons/tides/module.md': MODULE,
			'src/lessons/tides/01-basics.md':
				SECTION + '\n[up](../other/basics) and [mail](mailto:a@example.org)\n',
			'src/lessons/tides/02-basics.md': SECTION
		};
		expect(problemsOf(files)).toBe(
			[
				'src/lessons/tides/01-basics.md:10: link target `../other/basics` is not a section of this module: write `section-slug` or `section-slug#anchor`, or a full https:// address for other sites',
				'src/lessons/tides/02-basics.md:1: section slug `basics` is already used by src/lessons/tides/01-basics.md'
			].join('\n')
		);
	});

	it("refuses module and section slugs that would take the place of the site's own pages", () => {
		const files = {
			'src/lessons/gradebook/module.md': MODULE,
			'src/lessons/gradebook/01-quiz.md': SECTION,
			'src/lessons/gradebook/02-basics.md': SECTION
		};
		expect(problemsOf(files)).toBe(
			[
				"src/lessons/gradebook/01-quiz.md:1: section slug `quiz` is the name of one of the module's own pages (/modules/gradebook/quiz): rename the file",
				"src/lessons/gradebook/module.md:1: module folder `gradebook` has the name of one of the site's own pages (/teach/gradebook): rename the folder"
			].join('\n')
		);
	});

	it('reserves exactly the fixed pages that sit beside a module or section slug in src/routes', () => {
		const routes = fileURLToPath(new URL('../../routes/', import.meta.url));
		const fixed = (dir: string) =>
			readdirSync(`${routes}${dir}`, { withFileTypes: true })
				.filter((e) => e.isDirectory() && !e.name.startsWith('[') && !e.name.includes('.'))
				.map((e) => e.name)
				.sort();
		expect(fixed('teach')).toEqual([...RESERVED_MODULE_SLUGS].sort());
		expect(fixed('modules/[module]')).toEqual([...RESERVED_SECTION_SLUGS].sort());
	});

	it('reports stray files and ignores keys outside the content folders', () => {
		const files = {
			'README.md': '# not content',
			'src/lessons/notes.md': 'loose',
			'src/lessons/tides/module.md': MODULE,
			'src/lessons/tides/01-basics.md': SECTION,
			'src/lessons/tides/extra/02-more.md': SECTION,
			'questions/tides/facts.yml': 'facts: []\n'
		};
		expect(problemsOf(files)).toBe(
			[
				'questions/tides/facts.yml:1: unexpected file `facts.yml`: a questions folder holds facts.yaml, questions.yaml and article.txt only',
				'src/lessons/notes.md:1: lesson files belong in a module folder: src/lessons/<module>/NN-slug.md',
				'src/lessons/tides/extra/02-more.md:1: lesson files sit directly in src/lessons/tides/ (or, at the easier level, in src/lessons/tides/easier/), not in a subfolder'
			].join('\n')
		);
	});

	it("reads a module's source article (questions/<module>/article.txt) and refuses other text files", () => {
		const files = {
			'src/lessons/tides/module.md': MODULE,
			'src/lessons/tides/01-basics.md': SECTION,
			'questions/tides/article.txt': 'The tide turned.\n'
		};
		expect(buildIndex(files).modules[0].questions?.articleFile).toBe('questions/tides/article.txt');
		expect(problemsOf({ ...files, 'questions/tides/notes.txt': 'x' })).toBe(
			'questions/tides/notes.txt:1: unexpected file `notes.txt`: a questions folder holds facts.yaml, questions.yaml and article.txt only'
		);
	});

	it('refuses TODO placeholders in lesson files with file:line, once per line, and lets author tools read around them', () => {
		const files = {
			'src/lessons/tides/module.md': MODULE.replace(
				'level: introductory',
				'level: TODO # introductory, intermediate or advanced'
			),
			'src/lessons/tides/01-basics.md': SECTION.replace('Some text.', 'TODO: the lesson text.')
		};
		expect(problemsOf(files)).toBe(
			[
				'src/lessons/tides/01-basics.md:8: placeholder left to write: `TODO: the lesson text.` (replace the TODO with your own text)',
				'src/lessons/tides/module.md:10: placeholder left to write: `level: TODO # introductory, intermediate or advanced` (replace the TODO with your own text)'
			].join('\n')
		);
		expect(buildIndex(files, { placeholders: 'allow' }).modules[0].slug).toBe('tides');
		expect(placeholderProblems(files).map((p) => `${p.file}:${p.line}`)).toEqual([
			'src/lessons/tides/module.md:10',
			'src/lessons/tides/01-basics.md:8'
		]);
	});

	it('accepts the leading slash of import.meta.glob keys', () => {
		const index = buildIndex({
			'/src/lessons/tides/module.md': MODULE,
			'/src/lessons/tides/01-basics.md': SECTION
		});
		expect(index.modules[0].sections[0].file).toBe('src/lessons/tides/01-basics.md');
	});

	it('sorts problems by file then line, whatever order they were found in', () => {
		const error = new ContentError([
			{ file: 'b.md', line: 2, message: 'two' },
			{ file: 'a.md', line: 9, message: 'nine' },
			{ file: 'b.md', line: 1, message: 'one' }
		]);
		expect(error.message).toBe('a.md:9: nine\nb.md:1: one\nb.md:2: two');
		expect(error.problems.map(formatProblem)).toEqual(error.message.split('\n'));
	});
});
