import { readFileSync, statSync } from 'node:fs';
import { parse } from 'yaml';
import { keyTerms, markFirstUses } from './key-terms.js';

/** @typedef {import('./key-terms.js').HNode} HNode */
/** @typedef {import('./key-terms.js').KeyTerm} KeyTerm */

const LESSON = /^(.*)\/src\/lessons\/([^/]+)\/(easier\/)?\d+-([^/]+)\.md$/;

/** @type {Map<string, { mtime: number, terms: KeyTerm[] }>} */
const cache = new Map();

/**
 * The module's key terms, from the definition facts of its facts.yaml; none when there is no such file.
 * A facts file that does not parse yields none here: the content build reports it with its line.
 * @param {string} file
 * @returns {KeyTerm[]}
 */
function termsOf(file) {
	let mtime;
	try {
		mtime = statSync(file).mtimeMs;
	} catch {
		return [];
	}
	const cached = cache.get(file);
	if (cached?.mtime === mtime) return cached.terms;
	/** @type {KeyTerm[]} */
	let terms;
	try {
		const doc = parse(readFileSync(file, 'utf8'));
		terms = keyTerms(Array.isArray(doc?.facts) ? doc.facts : []);
	} catch {
		terms = [];
	}
	cache.set(file, { mtime, terms });
	return terms;
}

/**
 * Rehype plugin: mark the first use of each of the module's key terms in a lesson section, with its
 * definition one keypress away (see markFirstUses). Other markdown files are left alone. A build that has
 * read the module's facts already passes its key terms (`{ terms }`); otherwise they are read from the
 * module's facts.yaml.
 * @param {{ terms?: KeyTerm[] }} [options]
 */
export function keyTermsPlugin(options = {}) {
	/** @param {HNode} tree @param {{ filename?: string }} file */
	return (tree, file) => {
		const match = LESSON.exec((file.filename ?? '').replace(/\\/g, '/'));
		if (!match) return;
		const [, root, module, easier, section] = match;
		const terms = options.terms ?? termsOf(`${root}/questions/${module}/facts.yaml`);
		markFirstUses(tree, terms, { section, glossaryHref: easier ? '../glossary' : 'glossary' });
	};
}
