import { describe, expect, it } from 'vitest';
import { lessonHtml } from './render.ts';

const lesson = `---
title: A section
discussion:
  - One?
  - Two?
---

## What {happened}

Text with <b>bold</b>, a [link](other-section#a-heading) and 5 < 6.

\`\`\`
const a = { b: 1 };
\`\`\`

## What happened
`;

describe('a lesson as HTML', () => {
	it('leaves out the front matter and gives headings the ids of the contents list', async () => {
		const html = await lessonHtml('/project/src/lessons/m/01-a-section.md', lesson);
		expect(html).not.toMatch(/<script|title: A section|One\?/);
		expect(html).toMatch(/<h2 id="what-happened">What \{happened\}<\/h2>/);
		// A second heading with the same text gets the next id, as the content index computes it.
		expect(html).toMatch(/<h2 id="what-happened-2">What happened<\/h2>/);
		expect(html).toContain('<a href="other-section#a-heading">link</a>');
	});

	it('keeps braces and code as text: nothing in a lesson is evaluated', async () => {
		const html = await lessonHtml('/project/src/lessons/m/01-a-section.md', lesson);
		expect(html).toContain('<pre><code>const a = &#123; b: 1 &#125;;');
		expect(html).not.toContain('{@html');
		// A '<' before a space is text to an HTML parser, as it was to the markdown.
		expect(html).toContain('and 5 < 6.');
	});
});

describe('key terms in a lesson', () => {
	const text = '---\ntitle: A section\n---\n\nSmugglers cross the sea. More smugglers came.\n';
	const terms = [
		{
			id: 'smuggler',
			term: 'smuggler',
			meaning: 'a person who moves people illegally',
			background: false,
			section: 'other'
		}
	];

	it('marks the first use of each term the caller passes, without reading any facts file', async () => {
		// No facts file exists under /nowhere: the terms passed are the ones marked.
		const html = await lessonHtml('/nowhere/src/lessons/m/01-a-section.md', text, terms);
		expect(html.match(/key-term-smuggler/g)?.length).toBeGreaterThan(0);
		expect(html.indexOf('key-term-smuggler')).toBeLessThan(html.indexOf('More'));
	});

	it('marks none when the module has no facts file and no terms are passed', async () => {
		const html = await lessonHtml('/nowhere/src/lessons/m/01-a-section.md', text);
		expect(html).not.toContain('key-term-');
	});
});
