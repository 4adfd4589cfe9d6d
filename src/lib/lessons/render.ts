/**
 * A lesson section's markdown as HTML, at build time (Node): mdsvex reads the markdown, our rehype plugins give
 * the headings the ids the contents list uses and mark the module's key terms. Pages insert the HTML as it is;
 * lessons are not compiled into components, so a thousand modules add no code to any bundle.
 */
import { compile } from 'mdsvex';
import { headingIds } from './rehype-heading-ids.js';
import type { KeyTerm } from './key-terms.js';
import { keyTermsPlugin } from './rehype-key-terms.js';

/**
 * The HTML of the lesson file at `path` (absolute: the key-terms plugin finds the module's facts from it), whose
 * text is `text`. Front matter is left out; braces and code are plain text. `terms`, when the caller has read
 * the module's facts already, are its key terms; otherwise the plugin reads them from the facts file.
 */
export async function lessonHtml(path: string, text: string, terms?: KeyTerm[]): Promise<string> {
	const out = await compile(text, {
		extensions: ['.md'],
		smartypants: false,
		// No syntax highlighting: it would wrap code in a Svelte expression; code stays escaped text.
		highlight: false,
		rehypePlugins: [headingIds, [keyTermsPlugin, { terms }]],
		filename: path
	});
	// mdsvex puts the front matter in a module script for components; a page has it from the content index.
	return (out?.code ?? '').replace(/^\s*<script context="module">[\s\S]*?<\/script>\s*/, '').trim();
}
