import { describe, expect, it } from 'vitest';
import { isMap } from 'yaml';
import { splitFrontMatter } from './markdown.ts';
import { formatProblem, type ContentProblem } from './problems.ts';
import { FAILED, parseYaml, toJs } from './yaml.ts';
import { nameOf, opt, readFrontMatter, readMap, req, topList, type Spec } from './yaml-spec.ts';

/** Problems as `file:line: message`, in the order reported, and a report that collects them. */
function collector() {
	const problems: ContentProblem[] = [];
	return {
		report: (file: string, line: number, message: string) =>
			void problems.push({ file, line, message }),
		lines: () => problems.map(formatProblem)
	};
}

/** Read `text` as one map against `spec`; the values and the problems. */
function read(text: string, spec: Spec) {
	const { report, lines } = collector();
	const yaml = parseYaml(text, 'f.yaml', 1, report);
	if (!yaml) return { values: undefined, problems: lines() };
	const map = isMap(yaml.root) ? yaml.root : null;
	const values = readMap(yaml, map, spec, { owner: 'thing `t`: ', line: 1 });
	return { values, problems: lines() };
}

describe('parseYaml', () => {
	it('reports the first syntax error at its line of the file, counting from where the YAML starts', () => {
		const { report, lines } = collector();
		expect(parseYaml('title: x\nlist: [a, b\n', 'm.md', 2, report)).toBeNull();
		expect(parseYaml('a: 1\nb: [\n', 'f.yaml', 1, report)).toBeNull();
		const found = lines();
		expect(found).toHaveLength(2);
		expect(found[0]).toMatch(/^m\.md:4: YAML syntax error: Flow sequence in block collection/);
		expect(found[1]).toMatch(/^f\.yaml:3: YAML syntax error: Flow sequence in block collection/);
	});

	it('refuses a key written twice, at the second one', () => {
		const { report, lines } = collector();
		expect(parseYaml('title: a\nsummary: b\ntitle: c\n', 'm.md', 2, report)).toBeNull();
		expect(lines()).toEqual(['m.md:4: YAML syntax error: Map keys must be unique']);
	});

	it('refuses a tag yaml cannot resolve, in the same style', () => {
		const { report, lines } = collector();
		expect(parseYaml('a: !nope x\n', 'f.yaml', 1, report)).toBeNull();
		expect(lines()).toEqual(['f.yaml:1: YAML syntax error: Unresolved tag: !nope']);
	});

	it('gives file lines for nodes, the first line for the document, and plain data through toJs', () => {
		const { report, lines } = collector();
		const yaml = parseYaml('a: 1\nb:\n  - x\n', 'm.md', 2, report);
		if (!yaml || !isMap(yaml.root)) throw new Error('expected a map');
		expect(yaml.lineOf(yaml.root.items[1])).toBe(3);
		expect(yaml.lineOf(null)).toBe(2);
		expect(toJs(yaml)).toEqual({ a: 1, b: ['x'] });
		const alias = parseYaml('a: 1\nb: *gone\n', 'f.yaml', 1, report);
		expect(alias && toJs(alias)).toBe(FAILED);
		expect(lines()).toEqual([
			'f.yaml:2: YAML error: Unresolved alias (the anchor must be set before the alias): gone'
		]);
	});
});

describe('parseYaml of a text read again', () => {
	it('parses it once, and reports its error to each reader, in its own file and at its own start', () => {
		const { report, lines } = collector();
		const text = 'a: 1\nb: [\n';
		expect(parseYaml(text, 'f.yaml', 1, report)).toBeNull();
		expect(parseYaml(text, 'g.yaml', 1, report)).toBeNull();
		expect(parseYaml(text, 'm.md', 2, report)).toBeNull();
		expect(lines().map((l) => l.split(': YAML')[0])).toEqual(['f.yaml:3', 'g.yaml:3', 'm.md:4']);
	});

	it('gives each reader the same document, under its own file name', () => {
		const { report } = collector();
		const first = parseYaml('a: 1\n', 'f.yaml', 1, report);
		const second = parseYaml('a: 1\n', 'g.yaml', 1, report);
		expect(second?.doc).toBe(first?.doc);
		expect(second?.file).toBe('g.yaml');
		expect(parseYaml('a: 2\n', 'f.yaml', 1, report)?.doc).not.toBe(first?.doc);
	});
});

describe('readMap', () => {
	const SPEC: Spec = {
		title: req('string'),
		date: req('date'),
		tags: opt({ strings: { min: 1, max: 2, says: 'one or two tags' } }),
		mark: opt({ integer: { min: 1, max: 100, says: 'a whole number from 1 to 100' } }),
		level: opt({ enum: ['low', 'high'] }),
		source: opt({ map: { url: req('string'), page: opt('number') }, says: 'a map with url' }),
		options: opt({ list: { id: req('string'), text: req('string') } }),
		facts: opt('string-or-strings'),
		sure: opt('truth')
	};

	it('reads well-formed fields, trimming texts and keeping dates as written', () => {
		const { values, problems } = read(
			"title: '  A title '\ndate: 2025\ntags: [a, b]\nmark: 100\nlevel: high\nsource: { url: u, page: 3 }\noptions:\n  - { id: a, text: A }\nfacts: one\nsure: false\n",
			SPEC
		);
		expect(problems).toEqual([]);
		expect(values).toEqual({
			title: 'A title',
			date: '2025',
			tags: ['a', 'b'],
			mark: 100,
			level: 'high',
			source: { url: 'u', page: 3 },
			options: [{ id: 'a', text: 'A' }],
			facts: 'one',
			sure: 'false'
		});
		expect(read('title: t\ndate: 2024-02\n', SPEC).values?.date).toBe('2024-02');
		expect(read('title: t\ndate: "2024-02-29"\n', SPEC).values?.date).toBe('2024-02-29');
	});

	it('names an unknown field with the likely intended one and the allowed list, even `constructor`', () => {
		expect(read('title: t\ndate: 2025\ntilte: x\nconstructor: y\n', SPEC).problems).toEqual([
			'f.yaml:3: thing `t`: unknown field `tilte` (did you mean `title`?); allowed fields are title, date, tags, mark, level, source, options, facts, sure',
			'f.yaml:4: thing `t`: unknown field `constructor`; allowed fields are title, date, tags, mark, level, source, options, facts, sure'
		]);
		expect(read('title: t\ndate: 2025\nsource: { url: u, pgae: 1 }\n', SPEC).problems).toEqual([
			'f.yaml:3: thing `t`: unknown field `source.pgae` (did you mean `source.page`?); allowed fields are url, page'
		]);
	});

	it('reports missing required fields at the map’s line, nested ones at their key', () => {
		expect(read('tags: [a]\nsource:\n  page: 2\n', SPEC).problems).toEqual([
			'f.yaml:2: thing `t`: missing required field `source.url`',
			'f.yaml:1: thing `t`: missing required field `title`',
			'f.yaml:1: thing `t`: missing required field `date`'
		]);
	});

	it('says what was got when a type is wrong', () => {
		expect(
			read(
				'title: [a]\ndate: June 2024\nlevel: middle\nsource: http://x\nsure: maybe\nfacts: 3\n',
				SPEC
			).problems
		).toEqual([
			'f.yaml:1: thing `t`: `title` must be text (got a list)',
			'f.yaml:2: thing `t`: `date` must be a date written YYYY, YYYY-MM or YYYY-MM-DD (got `June 2024`)',
			'f.yaml:3: thing `t`: `level` must be one of low, high (got `middle`)',
			'f.yaml:4: thing `t`: `source` must be a map with url (got `http://x`)',
			'f.yaml:5: thing `t`: `sure` must be `true` or `false` (got `maybe`)',
			'f.yaml:6: thing `t`: `facts` must be text or a list of texts (got the number `3`)'
		]);
		expect(read("title: '  '\ndate: 2024-13\n", SPEC).problems).toEqual([
			'f.yaml:1: thing `t`: `title` must not be empty',
			'f.yaml:2: thing `t`: `date` must be a date written YYYY, YYYY-MM or YYYY-MM-DD (got `2024-13`)'
		]);
		expect(read('title: t\ndate: 2023-02-29\n', SPEC).problems).toHaveLength(1);
	});

	it('holds a list to its count, and reports each bad entry at its own line', () => {
		expect(read('title: t\ndate: 2025\ntags:\n  - a\n  - [b]\n  - ""\n', SPEC).problems).toEqual([
			'f.yaml:3: thing `t`: `tags` must list one or two tags (got 3)',
			'f.yaml:5: thing `t`: item 2 of `tags` must be text (got a list)',
			'f.yaml:6: thing `t`: item 3 of `tags` must not be empty'
		]);
		expect(read('title: t\ndate: 2025\ntags: []\n', SPEC).problems).toEqual([
			'f.yaml:3: thing `t`: `tags` must list one or two tags (got 0)'
		]);
	});

	it('holds an integer to its bounds', () => {
		for (const mark of ['0', '101', '2.5', 'ten']) {
			expect(read(`title: t\ndate: 2025\nmark: ${mark}\n`, SPEC).problems).toEqual([
				`f.yaml:3: thing \`t\`: \`mark\` must be a whole number from 1 to 100 (got ${/\d/.test(mark) ? `the number \`${mark}\`` : `\`${mark}\``})`
			]);
		}
	});

	it('names the entries of a list of maps', () => {
		expect(
			read(
				'title: t\ndate: 2025\noptions:\n  - { id: a }\n  - x\n  - { id: c, text: C, colour: red }\n',
				SPEC
			).problems
		).toEqual([
			'f.yaml:4: thing `t`: missing required field `text` in item 1 of `options`',
			'f.yaml:5: thing `t`: item 2 of `options` must be a map (got `x`)',
			'f.yaml:6: thing `t`: unknown field `colour` in item 3 of `options`; allowed fields are id, text'
		]);
		expect(nameOf(['options', 2, 'text'])).toBe('`text` in item 2 of `options`');
		expect(nameOf(['source', 'date'])).toBe('`source.date`');
	});
});

describe('topList', () => {
	it('returns the entries under the key, and names what is wrong with the top level', () => {
		const { report, lines } = collector();
		const yaml = parseYaml('facts:\n  - a\n  - b\nfeild: x\n', 'f.yaml', 1, report);
		if (!yaml) throw new Error('expected YAML');
		expect(topList(yaml, 'facts', ['field'])).toHaveLength(2);
		const list = parseYaml('- a\n', 'g.yaml', 1, report);
		if (!list) throw new Error('expected YAML');
		expect(topList(list, 'facts')).toEqual([]);
		expect(lines()).toEqual([
			'f.yaml:4: unknown top-level field `feild` (did you mean `field`?); allowed fields are facts, field',
			'g.yaml:1: expected a map with a top-level `facts:` list (got a list)'
		]);
	});
});

describe('readFrontMatter', () => {
	const SPEC: Spec = { title: req('string'), gist: opt('string') };
	const front = (raw: string) => {
		const { report, lines } = collector();
		const read = readFrontMatter('s.md', splitFrontMatter(raw), SPEC, report);
		return { values: read?.values, problems: lines() };
	};

	it('reads the fields with lines of the markdown file', () => {
		expect(front('---\ntitle: Basics\n---\n\nText.\n')).toEqual({
			values: { title: 'Basics' },
			problems: []
		});
		expect(front('---\ntitle: Basics\ngits: x\n---\n').problems).toEqual([
			's.md:3: unknown field `gits` (did you mean `gist`?); allowed fields are title, gist'
		]);
	});

	it('reports a syntax error and a duplicate key at their line of the file', () => {
		expect(front('---\ntitle: Basics\ngist: g\n- oops\nmore: x\n---\n').problems).toEqual([
			's.md:4: YAML syntax error: Implicit keys need to be on a single line'
		]);
		expect(front('---\ntitle: Basics\ngist: [a\n---\n').problems).toEqual([
			's.md:3: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]'
		]);
		expect(front('---\ntitle: Basics\n\ntitle: Again\n---\n').problems).toEqual([
			's.md:4: YAML syntax error: Map keys must be unique'
		]);
	});

	it('reports missing, unclosed, empty and non-map front matter at line 1', () => {
		expect(front('Text only.\n').problems).toEqual([
			's.md:1: the file must start with front matter between `---` lines (fields: title, gist)'
		]);
		expect(front('---\ntitle: x\n').problems).toEqual([
			's.md:1: front matter opened on line 1 is never closed; end it with a `---` line'
		]);
		expect(front('---\n---\n').problems).toEqual(['s.md:1: missing required field `title`']);
		expect(front('---\n- a\n---\n').problems).toEqual([
			's.md:1: front matter must be a map of fields such as `title: ...`'
		]);
	});
});
