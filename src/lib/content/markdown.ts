import type { Heading } from './types.ts';
import { decodeEntity } from '../entities.ts';
import { uniqueSlugs } from './slug.js';

/** A markdown file split into its front matter and its body. */
export interface FrontMatter {
	/** The YAML between the `---` fences, or null when the file does not open with `---` or never closes it. */
	yaml: string | null;
	/** True when the file opens with `---` but has no closing `---` line. */
	unclosed: boolean;
	/** Line in the file of the closing `---` fence; 0 when there is no front matter. */
	closeLine: number;
	/** Everything after the closing fence (the whole file when there is no front matter). */
	body: string;
	/** 1-based line in the file where `body` starts. */
	bodyLine: number;
}

/** A link found in a markdown body. */
export interface MarkdownLink {
	/** The link text, as written between the brackets. */
	text: string;
	/** The destination, without angle brackets or title. */
	target: string;
	/** 1-based line in the file. */
	line: number;
}

// mdsvex turns off indented code blocks (Svelte markup is indented), so indentation never makes code here.
const FENCE_OPEN = /^[ \t]*(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSE = /^[ \t]*(`{3,}|~{3,})[ \t]*$/;
const ATX_HEADING = /^[ \t]*(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
const SETEXT_H2 = /^[ \t]*-+[ \t]*$/;
const CONTAINER_MARKERS = /^(?:[ \t]*>[ \t]?|[ \t]*(?:[-*+]|\d+[.)])[ \t]+)+/;
const INLINE_LINK =
	/(!?)\[((?:[^[\]\\]|\\.)*)\]\(\s*(<[^>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g;
const LINK_DEFINITION = /^ {0,3}\[((?:[^[\]\\]|\\.)+)\]:\s*(<[^>\n]*>|\S+)/;
const CODE_SPAN = /(`+)(.+?)\1/g;

function lines(text: string): string[] {
	return text.split(/\r\n|\r|\n/);
}

/**
 * Split `---` fenced YAML front matter off the top of a file.
 * The fences must be the very first line and a later line of exactly `---`, as mdsvex expects.
 */
export function splitFrontMatter(text: string): FrontMatter {
	const all = lines(text.replace(/^\uFEFF/, ''));
	if (!/^---[ \t]*$/.test(all[0] ?? '')) {
		return { yaml: null, unclosed: false, closeLine: 0, body: all.join('\n'), bodyLine: 1 };
	}
	const close = all.findIndex((line, i) => i > 0 && /^---[ \t]*$/.test(line));
	if (close === -1) {
		return { yaml: null, unclosed: true, closeLine: 0, body: '', bodyLine: all.length + 1 };
	}
	return {
		yaml: all.slice(1, close).join('\n'),
		unclosed: false,
		closeLine: close + 1,
		body: all.slice(close + 1).join('\n'),
		bodyLine: close + 2
	};
}

/** For each line, whether it belongs to a fenced code block (fence lines included). */
export function codeLines(body: string): boolean[] {
	const result: boolean[] = [];
	let fence: { char: string; length: number } | null = null;
	for (const line of lines(body)) {
		if (fence) {
			result.push(true);
			const close = FENCE_CLOSE.exec(line);
			if (close && close[1][0] === fence.char && close[1].length >= fence.length) fence = null;
			continue;
		}
		const open = FENCE_OPEN.exec(line);
		// A backtick fence's info string may not contain backticks (CommonMark), so that line is inline code.
		if (open && !(open[1][0] === '`' && open[2].includes('`'))) {
			fence = { char: open[1][0], length: open[1].length };
			result.push(true);
			continue;
		}
		result.push(false);
	}
	return result;
}

/**
 * Reduce inline markdown to the text a reader sees, the way the renderer's heading text comes out:
 * emphasis markers, code backticks, link targets, images and HTML tags go; escapes and entities resolve.
 */
export function stripInline(text: string): string {
	const parked: string[] = [];
	const park = (literal: string) => `\uE000${parked.push(literal) - 1}\uE000`;
	// Code spans and escaped characters are literal, so park them before touching emphasis characters.
	let out = text
		.replace(CODE_SPAN, (_, __: string, code: string) =>
			park(code.trim() === '' ? code : code.replace(/^ (.*) $/, '$1'))
		)
		.replace(/\\([!-/:-@[-`{-~])/g, (_, char: string) => park(char));
	out = out
		.replace(/!\[(?:[^[\]\\]|\\.)*\]\([^)]*\)/g, '')
		.replace(/\[((?:[^[\]\\]|\\.)*)\]\([^)]*\)/g, '$1')
		.replace(/\[((?:[^[\]\\]|\\.)*)\]\[[^\]]*\]/g, '$1')
		.replace(/<(https?:[^>\s]+|mailto:[^>\s]+)>/g, '$1')
		.replace(/<\/?[A-Za-z][^>]*>/g, '')
		.replace(
			/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g,
			(match, mark: string, inner: string, offset: number, whole: string) =>
				mark === '__' && !isFlanked(whole, offset, match.length) ? match : inner
		)
		.replace(
			/(\*|_)(?=\S)(.+?)(?<=\S)\1/g,
			(match, mark: string, inner: string, offset: number, whole: string) =>
				mark === '_' && !isFlanked(whole, offset, match.length) ? match : inner
		)
		.replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1')
		.replace(
			/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi,
			(entity, name: string) => decodeEntity(name) ?? entity
		)
		.replace(/\uE000(\d+)\uE000/g, (_, i: string) => parked[Number(i)]);
	return out.replace(/\s+/g, ' ').trim();
}

/** Underscore emphasis does not open or close inside a word (snake_case stays as written). */
function isFlanked(whole: string, offset: number, length: number): boolean {
	const before = whole[offset - 1] ?? ' ';
	const after = whole[offset + length] ?? ' ';
	return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
}

/**
 * The `##` and `###` headings of a body, in order, with the ids the renderer gives them.
 * Follows mdsvex's parser: headings count inside quotes and list items, not inside fenced code, and a `---`
 * under a paragraph makes its last line a `##`. Exotic emphasis may still differ; the prerender's
 * missing-id check catches that.
 */
export function extractHeadings(body: string): Heading[] {
	const found: { depth: 2 | 3; text: string }[] = [];
	const code = codeLines(body);
	let paragraphLine: string | null = null;
	lines(body).forEach((line, i) => {
		if (code[i] || line.trim() === '') {
			paragraphLine = null;
			return;
		}
		if (paragraphLine !== null && SETEXT_H2.test(line)) {
			found.push({ depth: 2, text: stripInline(paragraphLine) });
			paragraphLine = null;
			return;
		}
		const atx = ATX_HEADING.exec(line.replace(CONTAINER_MARKERS, ''));
		if (atx) {
			const depth = atx[1].length;
			const text = (atx[2] ?? '').replace(/(?:^|[ \t]+)#+$/, '');
			if (depth === 2 || depth === 3) found.push({ depth, text: stripInline(text) });
			paragraphLine = null;
			return;
		}
		// Only plain paragraph lines can become a setext heading; lists, quotes, tables and breaks cannot.
		const block = /^[ \t]*(?:[-*+>|]|\d+[.)]|=+[ \t]*$|(?:\*[ \t]*){3,}$|(?:_[ \t]*){3,}$)/;
		paragraphLine = block.test(line) ? null : line.trim();
	});
	const ids = uniqueSlugs(found.map((h) => h.text));
	return found.map((h, i) => ({ depth: h.depth, text: h.text, id: ids[i] }));
}

/** Number of words a reader reads in a body: link targets, tags and markup do not count. */
export function countWords(body: string): number {
	const code = codeLines(body);
	let count = 0;
	lines(body).forEach((line, i) => {
		const fence = code[i] && FENCE_OPEN.test(line);
		if (fence || LINK_DEFINITION.test(line)) return;
		const text = line
			.replace(/!?\[((?:[^[\]\\]|\\.)*)\]\([^)]*\)/g, '$1')
			.replace(/<!--.*?-->/g, ' ')
			.replace(/<[^>]+>/g, ' ');
		count += text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
	});
	return count;
}

/**
 * Every link `[text](target)` and link definition `[label]: target` of a body, outside code,
 * with its line in the file (`firstLine` is the file line where the body starts). Images are not links.
 */
export function findLinks(body: string, firstLine = 1): MarkdownLink[] {
	const code = codeLines(body);
	const links: MarkdownLink[] = [];
	lines(body).forEach((line, i) => {
		if (code[i]) return;
		const lineNumber = firstLine + i;
		const definition = LINK_DEFINITION.exec(line);
		if (definition) {
			links.push({ text: definition[1], target: unbracket(definition[2]), line: lineNumber });
			return;
		}
		// Blank out code spans so that a link shown as code is not checked.
		const visible = line.replace(CODE_SPAN, (span) => ' '.repeat(span.length));
		for (const match of visible.matchAll(INLINE_LINK)) {
			if (match[1] === '!') continue;
			links.push({ text: match[2], target: unbracket(match[3]), line: lineNumber });
		}
	});
	return links;
}

function unbracket(target: string): string {
	return target.startsWith('<') && target.endsWith('>') ? target.slice(1, -1) : target;
}

// Markup that would run code or restyle the page if a lesson's HTML carried it.
const UNSAFE_MARKUP: [RegExp, string][] = [
	[/<\s*(script|style|iframe|object|embed|form|base|meta|link)\b/i, 'a <$1> element'],
	[/<[^>]*\son[a-z]+\s*=/i, 'an event-handler attribute (on…=)'],
	[/<[^>]*\sstyle\s*=/i, 'a style attribute'],
	[/javascript:/i, 'a javascript: address']
];

/**
 * Lines of a lesson body (outside fenced code) with raw HTML that would run code or restyle the page: lessons
 * are inserted into their pages as HTML, so the content check refuses these with `file:line`.
 */
export function unsafeMarkup(body: string, firstLine = 1): { line: number; what: string }[] {
	const code = codeLines(body);
	return lines(body).flatMap((text, i) => {
		if (code[i]) return [];
		for (const [pattern, what] of UNSAFE_MARKUP) {
			const match = pattern.exec(text);
			if (match) return [{ line: firstLine + i, what: what.replace('$1', match[1] ?? '') }];
		}
		return [];
	});
}
