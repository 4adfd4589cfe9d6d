import { describe, expect, it } from 'vitest';
import { buildIndex } from '../content/load.ts';
import { parseFactsFile } from '../questions/facts.ts';
import {
	Refusal,
	articleText,
	coveredParagraphs,
	groupParagraphs,
	planModule
} from './scaffold.ts';

const PARAGRAPH =
	'The council of Northvale said on 3 March 2025 that it would spend about £2 million on the river. Over 40 volunteers have cleared rubbish from its banks since January, according to the Wendle Rivers Trust.';
const ARTICLE = `River clean-up gets new money\n\n${[1, 2, 3, 4, 5].map((n) => `${PARAGRAPH} Paragraph ${n} ends here.`).join('\n\n')}\n`;

const refusal = (f: () => unknown) => {
	try {
		f();
	} catch (e) {
		if (e instanceof Refusal) return e.message;
		throw e;
	}
	return 'no refusal';
};

describe('articleText', () => {
	it('refuses an empty file, binary data and invalid UTF-8 with a sentence', () => {
		const bytes = (s: string) => new TextEncoder().encode(s);
		expect(refusal(() => articleText(bytes('  \n\n '), 'a.txt'))).toBe(
			"a.txt is empty: paste the article's text into it"
		);
		expect(
			refusal(() => articleText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'a.zip'))
		).toMatch(/^a\.zip is not plain text/);
		expect(refusal(() => articleText(new Uint8Array([0xff, 0xfe, 0x41]), 'a.txt'))).toMatch(
			/not valid UTF-8/
		);
		expect(articleText(bytes('\uFEFFTitle\r\n\r\nText.\r\n'), 'a.txt')).toBe('Title\n\nText.\n');
	});
});

describe('planModule', () => {
	it('refuses text with control characters, which would otherwise reach the drafted facts', () => {
		expect(() => planModule(ARTICLE.replace(' the ', ' t\u0000he '), 'river-money', {})).toThrow(
			/control characters/
		);
	});
	it('plans the article, module.md with the headline as title, section skeletons and draft facts', () => {
		const plan = planModule(ARTICLE, 'river-money', {});
		expect([...plan.files.keys()]).toEqual([
			'questions/river-money/article.txt',
			'src/lessons/river-money/module.md',
			'src/lessons/river-money/01-part-1.md',
			'src/lessons/river-money/02-part-2.md',
			'questions/river-money/facts.yaml'
		]);
		expect(plan.headline).toBe('River clean-up gets new money');
		const module = plan.files.get('src/lessons/river-money/module.md') ?? '';
		expect(module).toContain('title: River clean-up gets new money');
		expect(module).toMatch(/readingMinutes: 1 # the article alone, \d+ words/);
		expect(plan.sections.map((s) => [s.from, s.to])).toEqual([
			[1, 3],
			[4, 5]
		]);
		expect(coveredParagraphs(plan.files.get('src/lessons/river-money/02-part-2.md') ?? '')).toEqual(
			[4, 5]
		);
		// The lessons parse once their placeholders are filled in; the build refuses them until then.
		const files = Object.fromEntries(plan.files);
		expect(() => buildIndex(files)).toThrow(/module\.md:5: placeholder left to write/);
		expect(buildIndex(files, { placeholders: 'allow' }).modules[0].sections).toHaveLength(2);
		const facts = parseFactsFile(files['questions/river-money/facts.yaml'], 'facts.yaml', {
			sections: new Map(['part-1', 'part-2'].map((s) => [s, []])),
			articles: new Map([['river-money', 5]]),
			drafts: 'keep'
		});
		expect(facts.facts.length).toBeGreaterThan(10);
		expect(new Set(facts.facts.map((f) => f.section))).toEqual(new Set(['part-1', 'part-2']));
	});

	it('refuses a bad slug, a reserved one, one used by another module, a huge paragraph and a tiny article', () => {
		expect(refusal(() => planModule(ARTICLE, 'River Money', {}))).toMatch(
			/is not a valid module slug/
		);
		expect(refusal(() => planModule(ARTICLE, 'gradebook', {}))).toMatch(/site's own pages/);
		expect(
			refusal(() => planModule(ARTICLE, 'tides', { 'src/lessons/tides/module.md': '---\n---\n' }))
		).toBe(
			'module `tides` already exists (src/lessons/tides/, questions/tides/) and was not made from this article: choose another slug'
		);
		const huge = Array.from({ length: 80 }, () => PARAGRAPH).join(' ');
		expect(refusal(() => planModule(huge, 'huge', {}))).toMatch(
			/^the article is one paragraph of \d+ words: separate its paragraphs with blank lines/
		);
		expect(refusal(() => planModule('Too short to teach anything.', 'short', {}))).toMatch(
			/too short/
		);
	});

	it('on a second run adds only what is missing and never replaces a file', () => {
		const first = Object.fromEntries(planModule(ARTICLE, 'river-money', {}).files);
		const again = planModule(ARTICLE, 'river-money', first);
		expect(again.files.size).toBe(0);
		expect(again.kept).toHaveLength(5);
		const withoutFacts = Object.fromEntries(
			Object.entries(first).filter(([path]) => !path.endsWith('facts.yaml'))
		);
		const redraft = planModule(ARTICLE, 'river-money', withoutFacts);
		expect([...redraft.files.keys()]).toEqual(['questions/river-money/facts.yaml']);
		expect(redraft.files.get('questions/river-money/facts.yaml')).toContain('section: part-2');
	});
});

describe('groupParagraphs', () => {
	it('groups about 150 words or three paragraphs, and never leaves one short paragraph alone at the end', () => {
		const short = 'word '.repeat(40).trim();
		expect(groupParagraphs([short, short, short, short])).toEqual([[1, 4]]);
		const long = 'word '.repeat(160).trim();
		expect(groupParagraphs([long, long, short])).toEqual([
			[1, 1],
			[2, 3]
		]);
	});
});
