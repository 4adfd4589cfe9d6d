import fc from 'fast-check';
import { compile } from 'mdsvex';
import { describe, expect, it } from 'vitest';
import { headingIds } from '../lessons/rehype-heading-ids.js';
import {
	countWords,
	extractHeadings,
	findLinks,
	splitFrontMatter,
	stripInline,
	unsafeMarkup
} from './markdown.ts';

describe('splitFrontMatter', () => {
	it('returns the YAML, the body and the line the body starts on', () => {
		expect(splitFrontMatter('---\ntitle: A\nlevel: b\n---\n\nText\n')).toEqual({
			yaml: 'title: A\nlevel: b',
			unclosed: false,
			closeLine: 4,
			body: '\nText\n',
			bodyLine: 5
		});
	});

	it('treats a file without an opening fence as all body', () => {
		expect(splitFrontMatter('Text\n---\n')).toEqual({
			yaml: null,
			unclosed: false,
			closeLine: 0,
			body: 'Text\n---\n',
			bodyLine: 1
		});
	});

	it('flags an opening fence that is never closed', () => {
		expect(splitFrontMatter('---\ntitle: A\n').unclosed).toBe(true);
	});

	it('handles Windows line endings', () => {
		const split = splitFrontMatter('---\r\ntitle: A\r\n---\r\nText');
		expect([split.yaml, split.body, split.bodyLine]).toEqual(['title: A', 'Text', 4]);
	});
});

describe('extractHeadings', () => {
	it('ignores headings inside fenced code blocks', () => {
		const body = [
			'## Real',
			'```md',
			'## Inside backticks',
			'```',
			'~~~',
			'### Inside tildes',
			'~~~',
			'### Also real'
		].join('\n');
		expect(extractHeadings(body).map((h) => h.text)).toEqual(['Real', 'Also real']);
	});

	it('does not end a fence on a shorter fence', () => {
		const body = ['````', '```', '## Still code', '````', '## Heading'].join('\n');
		expect(extractHeadings(body).map((h) => h.id)).toEqual(['heading']);
	});

	it('gives repeated headings -2, -3 across ## and ### together', () => {
		const body = '## Key points\n### Key points\n## Key points\n## Other';
		expect(extractHeadings(body)).toEqual([
			{ depth: 2, text: 'Key points', id: 'key-points' },
			{ depth: 3, text: 'Key points', id: 'key-points-2' },
			{ depth: 2, text: 'Key points', id: 'key-points-3' },
			{ depth: 2, text: 'Other', id: 'other' }
		]);
	});

	it('strips inline markup from heading text', () => {
		const body = '## The **big** _picture_ in `code` and [a link](https://example.org) ##';
		expect(extractHeadings(body)).toEqual([
			{
				depth: 2,
				text: 'The big picture in code and a link',
				id: 'the-big-picture-in-code-and-a-link'
			}
		]);
	});

	it('keeps only ## and ###, and reads a --- underline as ##', () => {
		const body = '# Title\n#### Deep\n#NoSpace\n\nUnderlined\n---\n\n- item\n---';
		expect(extractHeadings(body)).toEqual([{ depth: 2, text: 'Underlined', id: 'underlined' }]);
	});

	it('always gives unique ids', () => {
		const text = fc.string({ maxLength: 12 }).filter((s) => !/[\n\r]/.test(s));
		fc.assert(
			fc.property(fc.array(text, { maxLength: 20 }), (texts) => {
				const ids = extractHeadings(texts.map((t) => `## ${t}`).join('\n')).map((h) => h.id);
				return new Set(ids).size === ids.length;
			})
		);
	});
});

describe('stripInline', () => {
	it('removes emphasis, code, links, images and tags', () => {
		expect(stripInline('**Bold** and *it* and __u__ and ~~gone~~')).toBe(
			'Bold and it and u and gone'
		);
		expect(stripInline('`a*b*c` then ![pic](p.png)[text](t)')).toBe('a*b*c then text');
		expect(stripInline('<em>raw</em> &amp; \\*escaped\\*')).toBe('raw & *escaped*');
	});

	it('leaves underscores inside words alone', () => {
		expect(stripInline('snake_case_name and _this_')).toBe('snake_case_name and this');
	});
});

describe('countWords', () => {
	it('counts words a reader reads, not markup or link targets', () => {
		expect(countWords('## Two words\n\n- A [linked phrase](https://example.org/a/b) here.\n')).toBe(
			6
		);
	});

	it('skips fence lines and link definitions', () => {
		expect(countWords('```js\nlet x\n```\n[ref]: https://example.org\n')).toBe(2);
	});
});

describe('findLinks', () => {
	it('reports each link with its file line, offset by the body start', () => {
		const body = 'Intro with [one](a) and [two](b#c).\n\nSee [three](<with space>).\n';
		expect(findLinks(body, 7)).toEqual([
			{ text: 'one', target: 'a', line: 7 },
			{ text: 'two', target: 'b#c', line: 7 },
			{ text: 'three', target: 'with space', line: 9 }
		]);
	});

	it('ignores images, code spans and fenced code, and finds link definitions', () => {
		const body = [
			'![img](pic.png) `[code](x)`',
			'```',
			'[fenced](y)',
			'```',
			'[ref]: section#anchor',
			'[titled](z "A title")'
		].join('\n');
		expect(findLinks(body)).toEqual([
			{ text: 'ref', target: 'section#anchor', line: 5 },
			{ text: 'titled', target: 'z', line: 6 }
		]);
	});
});

describe('extractHeadings agrees with the renderer', () => {
	const bodies = [
		'## The **big** _picture_ in `code` and [a link](https://example.org) ##',
		'## Key points\n### Key points\n## Key points',
		'Para\n\nUnderlined\n---\n\n- item\n---\n',
		'Line one\nline two\n---\n',
		'```md\n## Not\n```\n## Yes',
		'## Foo &amp; bar <em>x</em>',
		"## It's the UK’s plan — 2025",
		'## \\*escaped\\* and ![img](a.png) text',
		'### Trailing #',
		'> ## In quote\n\n1. ## numbered\n2. * ## nested',
		'Text\n\n    ## indented, which mdsvex does not treat as code',
		'## __init__ method and ~~struck~~ words',
		'##No space\n# Top\n#### Deep'
	];

	it.each(bodies)('%j', async (body) => {
		const rendered = await compile(body, { smartypants: false, rehypePlugins: [headingIds] });
		const ids = [...(rendered?.code ?? '').matchAll(/<h[23][^>]*\sid="([^"]*)"/g)].map((m) => m[1]);
		expect(extractHeadings(body).map((h) => h.id)).toEqual(ids);
	});
});

describe('unsafeMarkup', () => {
	it('finds raw HTML that would run code or restyle a page, with its line, outside fenced code', () => {
		const body = [
			'Plain text with <em>emphasis</em> and <abbr title="x">abbr</abbr>.',
			'<script>alert(1)</script>',
			'<img src="a.png" onerror="alert(1)">',
			'<p style="color: red">red</p>',
			'[link](javascript:alert(1))',
			'```',
			'<script>shown as code</script>',
			'```',
			'<STYLE>p {}</STYLE>'
		].join('\n');
		expect(unsafeMarkup(body, 10)).toEqual([
			{ line: 11, what: 'a <script> element' },
			{ line: 12, what: 'an event-handler attribute (on…=)' },
			{ line: 13, what: 'a style attribute' },
			{ line: 14, what: 'a javascript: address' },
			{ line: 18, what: 'a <STYLE> element' }
		]);
	});
});
