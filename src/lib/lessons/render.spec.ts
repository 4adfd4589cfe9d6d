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
