import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { memoised } from '../memo.js';
import { codeLines, stripInline } from './markdown.ts';

/** How hard a text is to read, measured from its words at build time. */
export interface Readability {
	/** Words in the text. */
	words: number;
	/** Sentences; a list item or table row that does not end in a full stop counts as one. */
	sentences: number;
	/** Syllables, counted by the `syllable` package; a number counts as one. */
	syllables: number;
	/** Flesch–Kincaid grade level, to one decimal; 0 for a text without words. */
	grade: number;
	/** Reading time at 200 words a minute, rounded, at least 1. */
	minutes: number;
}

/** Words a minute of an average adult reading for understanding. */
const WORDS_PER_MINUTE = 200;
const WORD = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu;
// A sentence ends at . ! or ?, perhaps followed by a closing quote or bracket, before the next one's capital.
const SENTENCE_END = /(?<=[.!?]['"’”)]?)\s+(?=['"‘“(]?[\p{Lu}\p{N}])/u;
const BLOCK_START = /^\s*(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|\|)/;

/**
 * The sentences a reader meets in a markdown body, as plain text: list items and table rows are each their
 * own block; paragraphs are split at sentence ends. Headings, code, HTML comments and link definitions are
 * left out.
 */
export function sentencesOf(body: string): string[] {
	const code = codeLines(body);
	const blocks: string[] = [];
	let paragraph: string[] = [];
	const flush = () => {
		if (paragraph.length > 0) blocks.push(paragraph.join(' '));
		paragraph = [];
	};
	body
		.replace(/<!--[\s\S]*?-->/g, ' ')
		.split(/\r\n|\r|\n/)
		.forEach((line, i) => {
			if (code[i] || line.trim() === '' || /^ {0,3}\[[^\]]+\]:\s/.test(line)) {
				flush();
				return;
			}
			if (/^\s*\|?\s*:?-{3,}/.test(line)) return; // a table's separator row
			if (BLOCK_START.test(line)) {
				flush();
				// Headings are labels, not sentences: counted as sentences they would make any text look easy.
				if (/^\s*#/.test(line)) return;
				paragraph.push(line.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').replace(/\|/g, ' '));
				return;
			}
			paragraph.push(line);
		});
	flush();
	return blocks.flatMap((block) =>
		stripInline(block)
			.split(SENTENCE_END)
			.map((s) => s.trim())
			.filter((s) => /[\p{L}\p{N}]/u.test(s))
	);
}

/** The words of a text, as counted for readability. */
export function wordsOf(text: string): string[] {
	return text.match(WORD) ?? [];
}

/** Raw counts of a markdown body, to be added up over several sections before computing a grade. */
export interface Counts {
	words: number;
	sentences: number;
	syllables: number;
}

export function countsOf(body: string): Counts {
	const sentences = sentencesOf(body);
	const words = sentences.flatMap(wordsOf);
	return {
		words: words.length,
		sentences: sentences.length,
		syllables: words.reduce((n, w) => n + syllablesOf(w), 0)
	};
}

/** A word's syllables (a number counts as one), kept once counted: the same words recur in every section. */
const syllablesOf = memoised((word: string) => Math.max(1, syllable(word)), 50_000);

/** Readability of one or more texts taken together (a level of a whole module: counts added, then the formula). */
export function readability(...parts: Counts[]): Readability {
	const total = parts.reduce(
		(sum, c) => ({
			words: sum.words + c.words,
			sentences: sum.sentences + c.sentences,
			syllables: sum.syllables + c.syllables
		}),
		{ words: 0, sentences: 0, syllables: 0 }
	);
	const grade =
		total.words === 0
			? 0
			: fleschKincaid({
					sentence: total.sentences,
					word: total.words,
					syllable: total.syllables
				});
	return {
		...total,
		grade: Math.round(grade * 10) / 10,
		minutes: Math.max(1, Math.round(total.words / WORDS_PER_MINUTE))
	};
}
