import nlp from 'compromise';
import { normalise } from './text.ts';

/** One sentence of a paragraph. */
export interface Sentence {
	/** The sentence as written. */
	text: string;
	/** The same text with every quotation (marks included) blanked out, offsets unchanged. */
	masked: string;
	/** Offset of the sentence in its paragraph. */
	start: number;
}

/** A quotation in a paragraph: “…” or "…". */
export interface QuoteSpan {
	/** Offset of the opening mark in the paragraph. */
	start: number;
	/** Offset just after the closing mark. */
	end: number;
	/** The words inside the marks. */
	inner: string;
}

/** A paragraph ready for the extractors. */
export interface Paragraph {
	/** 1-based number, as facts cite it. */
	n: number;
	/** The paragraph's text. */
	text: string;
	/** Its sentences; a quotation never splits a sentence. */
	sentences: Sentence[];
	/** Its quotations. */
	quotes: QuoteSpan[];
}

/** Stands in for quoted text, so extractors never read a speaker's words as the reporter's. */
export const MASK = '\uE000';

const ABBREVIATIONS = new Set(
	'dr mr mrs ms prof st mt no jr sr vs etc e.g i.e u.s u.k inc ltd co gen gov sen rep jan feb mar apr jun jul aug sep sept oct nov dec fig approx'.split(
		' '
	)
);

/** Quotations in a text: curly pairs, and straight double quotes taken two by two. */
export function findQuotes(text: string): QuoteSpan[] {
	const out: QuoteSpan[] = [];
	const re = /“([^“”]*)”|"([^"]*)"/g;
	for (const m of text.matchAll(re)) {
		const inner = (m[1] ?? m[2] ?? '').trim();
		out.push({ start: m.index, end: m.index + m[0].length, inner });
	}
	return out;
}

/** The text with each quotation replaced by MASK characters of the same length. */
export function maskQuotes(text: string, quotes: QuoteSpan[], offset = 0): string {
	let out = text;
	for (const q of quotes) {
		const s = q.start - offset;
		const e = q.end - offset;
		if (e <= 0 || s >= text.length) continue;
		const a = Math.max(s, 0);
		const b = Math.min(e, text.length);
		out = out.slice(0, a) + MASK.repeat(b - a) + out.slice(b);
	}
	return out;
}

/**
 * Sentences of a paragraph. A sentence ends at `.`, `!` or `?` (closing marks kept) before a capital, a digit or
 * an opening mark; never inside a quotation, and never after an abbreviation such as "Dr." or an initial.
 */
export function splitSentences(text: string): { text: string; start: number }[] {
	const out: { text: string; start: number }[] = [];
	let start = 0;
	let open = false;
	const push = (end: number) => {
		const raw = text.slice(start, end);
		const lead = raw.length - raw.trimStart().length;
		if (raw.trim()) out.push({ text: raw.trim(), start: start + lead });
	};
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '“') open = true;
		else if (c === '”') open = false;
		else if (c === '"') open = !open;
		if (!/[.!?]/.test(c)) continue;
		let j = i + 1;
		let after: boolean = open;
		while (j < text.length && /[”"’')\]]/.test(text[j])) {
			if (text[j] === '”') after = false;
			else if (text[j] === '"') after = !after;
			j++;
		}
		if (after) continue;
		if (j < text.length && !/\s/.test(text[j])) continue;
		let k = j;
		while (k < text.length && /\s/.test(text[k])) k++;
		if (k >= text.length) continue;
		if (!/[\p{Lu}\d“"‘(£$€]/u.test(text[k])) continue;
		const word = /([\p{L}.]+)$/u.exec(text.slice(start, i))?.[1] ?? '';
		if (c === '.' && (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word))) continue;
		push(j);
		start = k;
		open = after;
		i = k - 1;
	}
	push(text.length);
	return out;
}

/** A paragraph split into sentences, with its quotations found and masked. */
export function readParagraph(text: string, n: number): Paragraph {
	const quotes = findQuotes(text);
	const sentences = splitSentences(text).map((s) => ({
		...s,
		masked: maskQuotes(s.text, quotes, s.start)
	}));
	return { n, text, sentences, quotes };
}

/** A word of a sentence with its offsets and the punctuation around it. */
export interface Token {
	/** The word without surrounding punctuation (a possessive `'s` removed, see `possessive`). */
	core: string;
	/** Start of `core` in the sentence. */
	start: number;
	/** End of `core` in the sentence. */
	end: number;
	/** Punctuation after the word that ends a name (`,`, `.`, `;`, `:`, `)`, a quotation mark). */
	breakAfter: boolean;
	/** Whether the word was written with `'s` (the owner of something). */
	possessive: boolean;
	/** Whether the word is a plural possessive such as "Workers'". */
	pluralPossessive: boolean;
	/** Whether an opening bracket or quotation mark comes right before the word. */
	openBefore: boolean;
	/** Index in the sentence. */
	index: number;
}

/** Words of a (masked) sentence. */
export function tokenize(text: string): Token[] {
	const out: Token[] = [];
	for (const m of text.matchAll(/\S+/g)) {
		const raw = m[0];
		if (raw.includes(MASK)) {
			if (out.length) out[out.length - 1].breakAfter = true;
			continue;
		}
		const lead = /^[(“"‘'[]*/.exec(raw)?.[0].length ?? 0;
		let body = raw.slice(lead);
		const trail = /[)”"’'\],.;:!?]*$/.exec(body)?.[0] ?? '';
		body = body.slice(0, body.length - trail.length);
		const pluralPossessive = /s$/.test(body) && /^['’]/.test(trail);
		if (pluralPossessive) body += trail[0];
		let possessive = false;
		if (/['’]s$/.test(body)) {
			possessive = true;
			body = body.slice(0, -2);
		}
		if (!body) continue;
		const start = m.index + lead;
		out.push({
			core: body,
			start,
			end: start + body.length,
			breakAfter: /[,.;:!?)”"\]]/.test(trail.replace(/^['’]/, '')),
			possessive,
			pluralPossessive,
			openBefore: lead > 0,
			index: out.length
		});
	}
	return out;
}

/** Tags compromise gives a single word or phrase (its lexicon knows countries, cities, first names...). */
export function tagsOf(text: string): Set<string> {
	const doc = nlp(text);
	const terms = (doc.json() as { terms: { tags: string[] }[] }[]).flatMap((s) => s.terms);
	return new Set(terms.flatMap((t) => t.tags));
}

/** Tags of the last word of a phrase, read in context ("the party" is a noun where "party" alone is a verb). */
export function lastWordTags(phrase: string): Set<string> {
	const terms = (nlp(phrase).json() as { terms: { tags: string[] }[] }[]).flatMap((s) => s.terms);
	return new Set(terms[terms.length - 1]?.tags ?? []);
}

const tagCache = new Map<string, string[][]>();

/** Tags of each word of a text, in order (cached: the same sentences are read by several extractors). */
export function wordTags(text: string): string[][] {
	let out = tagCache.get(text);
	if (!out) {
		out = (nlp(text).json() as { terms: { tags: string[] }[] }[])
			.flatMap((s) => s.terms)
			.map((t) => t.tags);
		if (tagCache.size > 2000) tagCache.clear();
		tagCache.set(text, out);
	}
	return out;
}

/** The singular of a plural noun phrase's last word ("law enforcement agencies" → "law enforcement agency"). */
export function singular(phrase: string): string {
	const words = phrase.trim().split(/\s+/);
	const last = words.pop() ?? '';
	const doc = nlp(last);
	doc.nouns().toSingular();
	const one = doc.text().trim() || last;
	return [...words, /^[a-z]/.test(last) ? one.toLowerCase() : one].join(' ');
}

/** Content words of a text, singular, for comparing a draft with a hand-written fact. */
export function keyWords(text: string): Set<string> {
	const STOP = new Set(
		'a an the and or but of to in on at by for from with as is are was were be been has have had that this which who whose its their it they he she his her not no more most than so because into over under about'.split(
			' '
		)
	);
	return new Set(
		normalise(text)
			.split(' ')
			.filter((w) => w.length > 2 && !STOP.has(w))
			.map((w) => w.replace(/(ies)$/, 'y').replace(/([^s])s$/, '$1'))
	);
}

/** Whether a word begins with a capital letter. */
export function isCapitalised(word: string): boolean {
	return /^\p{Lu}/u.test(word);
}

/** Upper-case the first letter. */
export function upperFirst(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Trim punctuation and spaces from both ends of a clause. */
export function trimClause(text: string): string {
	return text
		.replace(new RegExp(MASK, 'g'), '')
		.replace(/^[\s,;:—–-]+|[\s,;:—–-]+$/g, '')
		.replace(/[.!?]+$/, '')
		.replace(/\s+/g, ' ')
		.trim();
}

const LOOSE_END =
	/^(?:to|of|the|a|an|and|or|but|in|on|at|for|by|with|from|as|that|which|who|its|their|his|her|one|is|are|was|were)$/i;

/**
 * At most `n` words of a text. A longer text is cut at its last comma within those words when that keeps half of
 * them ("…kills Acinetobacter baumannii", not "…one of the most dangerous threats to"), and never ends on a word
 * that needs another after it.
 */
export function words(text: string, n: number): string {
	const list = text.split(/\s+/).filter(Boolean);
	if (list.length <= n) return list.join(' ');
	let cut = list.slice(0, n);
	const comma = cut.findLastIndex((w) => /,$/.test(w));
	if (comma + 1 >= n / 2) cut = cut.slice(0, comma + 1);
	while (cut.length > 1 && LOOSE_END.test(cut[cut.length - 1].replace(/[,;:]$/, ''))) cut.pop();
	return cut.join(' ').replace(/[,;:]$/, '');
}
