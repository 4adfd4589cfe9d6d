// Plain JavaScript so that svelte.config.js (loaded by Node without a TypeScript step) can share it with
// the glossary page: the lesson markup and the glossary give each term the same id.
import { slugify } from '../content/slug.js';
import { memoised } from '../memo.js';

/**
 * A key term of a module: one definition fact of its facts.yaml.
 * @typedef {object} KeyTerm
 * @property {string} id Anchor id on the glossary page, from the term.
 * @property {string} term The term as the facts file writes it.
 * @property {string} meaning Its meaning, a noun phrase.
 * @property {boolean} background True when the meaning is general knowledge, not from the article.
 * @property {string} section Slug of the section that defines it (its first use is not marked there).
 * @property {string} [anchor] Heading id in that section.
 */

/**
 * @typedef {{ type: string, tagName?: string, value?: string, properties?: Record<string, unknown>, children?: HNode[] }} HNode
 */

/** Id prefix of a term's popover in a lesson page. */
export const TERM_POPOVER_PREFIX = 'key-term-';

// One collator for every sort: `localeCompare` with a locale and options makes a new one at each comparison.
const byTerm = new Intl.Collator('en', { sensitivity: 'base' });

/**
 * The key terms among a module's facts, sorted by term. Facts that are not definitions, or lack a string
 * term, meaning or section, are skipped (the question bank's own checks report them).
 * @param {unknown[]} facts
 * @returns {KeyTerm[]}
 */
export function keyTerms(facts) {
	/** @type {KeyTerm[]} */
	const terms = [];
	for (const fact of facts) {
		if (typeof fact !== 'object' || fact === null) continue;
		const f = /** @type {Record<string, unknown>} */ (fact);
		if (f.type !== 'definition') continue;
		if (typeof f.term !== 'string' || typeof f.meaning !== 'string') continue;
		if (typeof f.section !== 'string') continue;
		terms.push({
			id: slugify(f.term),
			term: f.term,
			meaning: f.meaning,
			background: f.background === true,
			section: f.section,
			...(typeof f.anchor === 'string' ? { anchor: f.anchor } : {})
		});
	}
	return terms.sort((a, b) => byTerm.compare(a.term, b.term));
}

/**
 * A pattern for a term in running text: whole words, any case, the last word also in its plural
 * ("transit country" finds "transit countries", "refugee" finds "refugees").
 * @param {string} term
 * @returns {RegExp}
 */
export function termPattern(term) {
	const words = term.trim().split(/\s+/).map(escape);
	const last = words.length - 1;
	if (/[^aeiou]y$/i.test(words[last])) words[last] = `${words[last].slice(0, -1)}(?:y|ies)`;
	else if (!/s$/i.test(words[last])) words[last] = `${words[last]}(?:e?s)?`;
	return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu');
}

/** @param {string} text */
function escape(text) {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Each term's pattern, made once: a build looks for the same terms in every section of a module. `matchAll`
 * works on a copy, so a kept global pattern carries no state from one search to the next.
 */
const searchPattern = memoised((term) => new RegExp(termPattern(term).source, 'giu'), 10_000);

/**
 * Where a term is first used in a text, or -1. A lower-case term met capitalised in the middle of a name
 * ("the Refugee Council", "the 1951 Refugee Convention") is not a use of the term.
 * @param {string} text
 * @param {string} term
 * @returns {{ index: number, length: number } | undefined}
 */
export function findTerm(text, term) {
	for (const match of text.matchAll(searchPattern(term))) {
		const found = match[0];
		const inName =
			term[0] === term[0].toLowerCase() &&
			found[0] !== found[0].toLowerCase() &&
			/^\s+\p{Lu}/u.test(text.slice((match.index ?? 0) + found.length));
		if (!inName) return { index: match.index ?? 0, length: found.length };
	}
	return undefined;
}

// Where a use of a term is not marked: headings, links, code, quotations of a speaker, controls.
const SKIP = new Set([
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'a',
	'code',
	'pre',
	'button',
	'q',
	'script'
]);

/**
 * Mark the first use of each term in a section's HTML tree (rehype): the term becomes a button that opens
 * its definition in a popover (declarative HTML, so it works without JavaScript), described by the
 * definition for screen readers, with a link to the glossary. Terms the section itself defines are left
 * alone. Returns the ids of the terms marked.
 * @param {HNode} tree
 * @param {KeyTerm[]} terms
 * @param {{ section: string, glossaryHref: string }} where
 * @returns {string[]}
 */
export function markFirstUses(tree, terms, where) {
	const waiting = terms.filter((t) => t.section !== where.section);
	/** @type {string[]} */
	const marked = [];
	/** @param {HNode} node */
	const walk = (node) => {
		const children = node.children ?? [];
		for (let i = 0; i < children.length && waiting.length > 0; i++) {
			const child = children[i];
			if (child.type === 'element') {
				if (!SKIP.has(child.tagName ?? '')) walk(child);
				continue;
			}
			if (child.type !== 'text') continue;
			const text = child.value ?? '';
			let first;
			for (const term of waiting) {
				const at = findTerm(text, term.term);
				if (at && (!first || at.index < first.at.index)) first = { term, at };
			}
			if (!first) continue;
			const { term, at } = first;
			waiting.splice(waiting.indexOf(term), 1);
			marked.push(term.id);
			const before = text.slice(0, at.index);
			const after = text.slice(at.index + at.length);
			const replacement = [
				...(before ? [{ type: 'text', value: before }] : []),
				termElement(term, text.slice(at.index, at.index + at.length), where.glossaryHref),
				...(after ? [{ type: 'text', value: after }] : [])
			];
			children.splice(i, 1, ...replacement);
			// Go on with the text after the term, where another term may be used first.
			i += before ? 1 : 0;
		}
	};
	walk(tree);
	return marked;
}

/**
 * @param {KeyTerm} term
 * @param {string} used The words as the text has them.
 * @param {string} glossaryHref
 * @returns {HNode}
 */
function termElement(term, used, glossaryHref) {
	const popover = `${TERM_POPOVER_PREFIX}${term.id}`;
	const el = (
		/** @type {string} */ tagName,
		/** @type {Record<string, unknown>} */ properties,
		/** @type {HNode[]} */ children
	) => ({
		type: 'element',
		tagName,
		properties,
		children
	});
	const text = (/** @type {string} */ value) => ({ type: 'text', value });
	return el('span', { className: ['key-term'] }, [
		el(
			'button',
			{
				type: 'button',
				className: ['term'],
				popovertarget: popover,
				'aria-describedby': `${popover}-meaning`
			},
			[text(used)]
		),
		el(
			'span',
			// Left out of the search index: a result's excerpt is the lesson's sentence, not the definition in it.
			{ id: popover, popover: 'auto', className: ['term-popover'], 'data-pagefind-ignore': '' },
			[
				el('strong', {}, [text(term.term)]),
				text(': '),
				el('span', { id: `${popover}-meaning` }, [text(term.meaning)]),
				text(term.background ? ' (general meaning, not from the article). ' : '. '),
				el('a', { href: `${glossaryHref}#${term.id}` }, [text('All key terms')])
			]
		)
	]);
}
