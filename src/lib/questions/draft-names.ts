/**
 * Finding the names of an article: runs of capitalised words split into names, with titles, possessives,
 * acronyms and apposition read off, and each name's kind guessed from the evidence around it.
 */
import {
	isCapitalised,
	lastWordTags,
	singular,
	tokenize,
	type Paragraph,
	type Sentence,
	type Token
} from './draft-text.ts';
import { KIND } from './facts.ts';
import { NameIndex } from './draft-name-index.ts';
import type { Mention } from './draft-name-index.ts';
import {
	COMMON_PROPER,
	COMPOUND_FIRST,
	FIRST_KINDS,
	FUNCTION_CAPS,
	GENERIC,
	HEAD_KINDS,
	KNOWN_KINDS,
	NOT_KINDS,
	PARTICLES,
	PERSON_ROLES,
	SPEECH_VERBS,
	TITLES,
	isMonthOrDay,
	properByLexicon,
	tags
} from './draft-name-words.ts';

/** Tokens of every sentence, and the capitalised words seen away from a sentence's start. */
function midCapitals(paragraphs: Paragraph[]): Set<string> {
	const out = new Set<string>();
	for (const p of paragraphs)
		for (const s of p.sentences)
			for (const t of tokenize(s.masked))
				if (t.index > 0 && isCapitalised(t.core)) for (const w of t.core.split(/[\s-]/)) out.add(w);
	return out;
}

/**
 * Find the names of an article. A name is a run of capitalised words (with "of", "and" or a particle inside
 * when the run goes on capitalised); a sentence's first word counts only when compromise's lexicon knows it
 * as a name or the article capitalises it elsewhere. Titles ("Dr", "Prime Minister") are split off, a
 * possessive ends a name, an acronym in brackets becomes an alias, and a later surname or short form is the
 * same entity. The kind comes from, strongest first: compromise's lexicon (countries, cities, regions), the
 * name's own last word (University, Telescope, Holdings), a phrase beside it ("X, a town in…"), the noun
 * before or after it ("the constellation X", "the X party"), a first name or title, and otherwise a guess.
 */
export function findNames(paragraphs: Paragraph[]): NameIndex {
	const index = new NameIndex();
	const seen = midCapitals(paragraphs);
	for (const p of paragraphs) {
		p.sentences.forEach((s, si) => {
			const tokens = tokenize(s.masked);
			for (const chunk of chunks(tokens)) register(index, p.n, si, s, tokens, chunk, seen);
		});
	}
	return index;
}

function isNameWord(tokens: Token[], i: number): boolean {
	const t = tokens[i];
	if (!t) return false;
	if (/^\d{1,3}$/.test(t.core)) {
		// "Wide Field Camera 3": a number straight after a name word belongs to the name.
		const prev = tokens[i - 1];
		return !!prev && !prev.breakAfter && !prev.possessive && isCapitalised(prev.core);
	}
	if (!isCapitalised(t.core) || isMonthOrDay(t.core)) return false;
	if (/^\p{Lu}$/u.test(t.core)) {
		// A lone capital letter is a name only inside a list ("Meta, X, and TikTok").
		if (t.core === 'A' || t.core === 'I') return false;
		const prev = tokens[i - 1];
		return t.breakAfter || !!prev?.breakAfter || tokens[i + 1]?.core === 'and';
	}
	return true;
}

function chunks(tokens: Token[]): Token[][] {
	const out: Token[][] = [];
	let i = 0;
	while (i < tokens.length) {
		if (!isNameWord(tokens, i) || /^\d/.test(tokens[i].core)) {
			i++;
			continue;
		}
		const chunk = [tokens[i]];
		let j = i;
		while (!tokens[j].breakAfter) {
			const cur = tokens[j];
			if (cur.possessive) {
				// "Salter's Reach" is one name; "Kenya's Rift Valley" and "Wairimu's coach" are two things.
				const next = tokens[j + 1];
				const after = tokens[j + 2];
				if (
					chunk.length === 1 &&
					next &&
					isNameWord(tokens, j + 1) &&
					(next.breakAfter || !after || !isNameWord(tokens, j + 2)) &&
					!['Place', 'Country', 'City', 'Region', 'Organization', 'Person'].some((t) =>
						tags(cur.core).has(t)
					)
				) {
					cur.possessive = false;
					cur.core = `${cur.core}'s`;
					chunk.push(next);
					j++;
					continue;
				}
				break;
			}
			const next = tokens[j + 1];
			if (!next || next.openBefore) break;
			if (chunk.length === 1 && isEpithet(tokens, j + 1)) {
				chunk.push(next);
				j++;
				break;
			}
			if (isNameWord(tokens, j + 1)) {
				chunk.push(next);
				j++;
				continue;
			}
			if (PARTICLES.has(next.core) && !next.breakAfter) {
				let k = j + 2;
				if (next.core === 'of' && tokens[k]?.core === 'the' && !tokens[k].breakAfter) k++;
				if (isNameWord(tokens, k) && !/^\d/.test(tokens[k].core)) {
					// After an institution's head word ("Commission for Museums and Monuments") the name runs on.
					const orgTail = chunk.some(
						(t, i) =>
							(t.core === 'for' || t.core === 'of') &&
							!!HEAD_KINDS[chunk[i - 1]?.core.toLowerCase() ?? '']
					);
					const afterHead = !!HEAD_KINDS[cur.core.toLowerCase()];
					// "Commission for Museums and Monuments" runs on; "Institute of Technology and McMaster
					// University" is two institutions, each with its own head word.
					if (next.core === 'and' && (orgTail ? headFrom(tokens, k) : !andJoins(tokens, chunk, k)))
						break;
					if (
						(next.core === 'on' || next.core === 'for') &&
						!afterHead &&
						!andJoins(tokens, chunk, k)
					)
						break;
					if (next.core === 'of' && isMonthOrDay(tokens[k].core)) break;
					for (let m = j + 1; m <= k; m++) chunk.push(tokens[m]);
					j = k;
					continue;
				}
			}
			break;
		}
		out.push(chunk);
		i = j + 1;
	}
	return out;
}

const LIVING =
	/\b(?:bacteri(?:um|a)|virus(?:es)?|species|parasites?|fung(?:us|i)|microbes?|pathogens?|plants?|trees?|insects?|mosquito(?:es)?|genus|strains?|birds?|fish|frogs?|mammals?|snakes?|beetles?|worms?|algae|corals?|superbugs?|infections?)\b/i;
const NOT_EPITHET = new Set(
	'status campus bonus focus census virus corpus consensus stimulus apparatus versus thus plus bus basis crisis analysis thesis axis means museum forum minimum maximum premium medium stadium spectrum curriculum momentum quantum taxi mini semi alibi safari'.split(
		' '
	)
);

/**
 * The second word of a Latin species name ("Acinetobacter baumannii", "Escherichia coli"): lower-case, with a
 * Latin ending, after a capitalised word, in a sentence about living things.
 */
function isEpithet(tokens: Token[], i: number): boolean {
	const t = tokens[i];
	const genus = tokens[i - 1];
	if (!t || !genus || genus.breakAfter || genus.possessive || genus.index === 0) return false;
	if (!/^[a-z]{3,}(?:ii|ae|i|us|um|is|ensis|ans|ens|a)$/.test(t.core) || NOT_EPITHET.has(t.core))
		return false;
	if (properByLexicon(genus.core)) return false;
	const t2 = tags(t.core);
	if (
		[
			'Verb',
			'Adjective',
			'Adverb',
			'Preposition',
			'Determiner',
			'Pronoun',
			'Conjunction',
			'Plural'
		].some((x) => t2.has(x))
	)
		return false;
	return LIVING.test(tokens.map((x) => x.core).join(' '));
}

/** Whether the capitalised words from `k` on hold a head word of their own ("McMaster University"). */
function headFrom(tokens: Token[], k: number): boolean {
	for (let m = k; m < tokens.length; m++) {
		const t = tokens[m];
		if (!isCapitalised(t.core) && !PARTICLES.has(t.core)) break;
		if (HEAD_KINDS[t.core.toLowerCase()] && t.core.toLowerCase() !== 'bridge') return true;
		if (t.breakAfter || t.possessive) break;
	}
	return false;
}

/** "Dock and Harbour Workers' Union" is one name; "France and Germany" are two. */
function andJoins(tokens: Token[], chunk: Token[], k: number): boolean {
	if (HEAD_KINDS[chunk[chunk.length - 1].core.toLowerCase()]) return false;
	if (chunk.length === 1 && properByLexicon(chunk[0].core)) {
		const t = tags(chunk[0].core);
		if (t.has('Place') || t.has('Person')) return false;
	}
	return headFrom(tokens, k);
}

function register(
	index: NameIndex,
	paragraph: number,
	si: number,
	s: Sentence,
	tokens: Token[],
	chunk: Token[],
	seen: Set<string>
): void {
	let words = chunk.map((t) => t.core);
	let first = chunk[0];
	// A sentence's first word: a name only if the lexicon or the rest of the article says so.
	if (first.index === 0) {
		if (FUNCTION_CAPS.has(first.core)) {
			chunk = chunk.slice(1);
			words = words.slice(1);
		} else if (chunk.length === 1) {
			if (!properByLexicon(first.core) && !seenAnywhere(index, first.core) && !seen.has(first.core))
				return;
		} else {
			const t = tags(first.core);
			const common = ['Verb', 'Adverb', 'Adjective', 'Preposition', 'Determiner', 'Pronoun'].some(
				(x) => t.has(x)
			);
			if (common && !properByLexicon(first.core) && !t.has('Demonym')) {
				chunk = chunk.slice(1);
				words = words.slice(1);
			}
		}
		if (chunk.length === 0) return;
		first = chunk[0];
		if (chunk.length === 1 && first.index === 1 && FUNCTION_CAPS.has(tokens[0].core)) {
			// "The UK has…": fine. "In Carrowmore…": fine too; nothing to do.
		}
	}
	while (chunk.length && /^(and|of|for|the|on)$/.test(chunk[chunk.length - 1].core)) {
		chunk = chunk.slice(0, -1);
		words = words.slice(0, -1);
	}
	if (chunk.length === 0) return;
	if (COMMON_PROPER.has(words.join(' '))) return;
	const last = chunk[chunk.length - 1];
	const next = tokens[last.index + 1];
	const prev = tokens[first.index - 1];
	// A demonym before a lower-case noun is an adjective ("British officials").
	if (
		chunk.length === 1 &&
		(tags(first.core).has('Demonym') || tags(first.core).has('Adjective')) &&
		next &&
		!isCapitalised(next.core)
	)
		return;
	if (chunk.length === 1 && tags(first.core).has('Unit')) return;

	// Titles: "UK Prime Minister Keir Starmer" is a person with a title.
	let title: string | undefined;
	for (let w = 0; w < words.length; w++) {
		const t = TITLES.find((tt) => tt.every((x, k) => words[w + k]?.replace(/\.$/, '') === x));
		if (!t) continue;
		const rest = words.slice(w + t.length);
		if (rest.length === 0) {
			if (w === 0) {
				// "the Prime Minister": the person who holds the title, if the article named them.
				const holder = index.entities.find((e) => e.title?.endsWith(t.join(' ')));
				if (holder)
					index.add(
						[holder.name],
						at(paragraph, si, chunk, false, prev?.core.toLowerCase() === 'the'),
						[]
					);
			}
			return;
		}
		if (rest.some((x) => HEAD_KINDS[x.toLowerCase()])) break;
		title = words.slice(0, w + t.length).join(' ');
		chunk = chunk.slice(w + t.length);
		words = rest;
		break;
	}
	const sentence = s.masked;
	const evidence: { kind: string; why: string; rank: number }[] = [];
	const name = words.join(' ');
	const lower = words.map((w) => w.toLowerCase());
	if (title) evidence.push({ kind: 'person', why: `the title “${title}”`, rank: 1 });

	const nameTags = tags(name);
	for (const k of ['Country', 'City', 'Region'] as const) {
		if (nameTags.has(k) && (words.length === 1 || !nameTags.has('Person'))) {
			const allPlace = words.every((w) => properByLexicon(w) || GENERIC.has(w.toLowerCase()));
			if (allPlace)
				evidence.push({
					kind: k.toLowerCase(),
					why: `compromise's lexicon knows it as a ${k.toLowerCase()}`,
					rank: 0
				});
		}
	}
	if (KNOWN_KINDS[name])
		evidence.push({
			kind: KNOWN_KINDS[name],
			why: `“${name}” is a well-known short form`,
			rank: 0
		});
	// The head of "Nordic Institute of Sport Science" is "Institute".
	const ofAt = lower.indexOf('of');
	const headAt = ofAt > 0 ? ofAt - 1 : lower.length - 1;
	const head = HEAD_KINDS[lower[headAt]];
	if (head && words.length > 1) {
		const space = headAt > 0 && lower[headAt - 1] === 'space' && head === 'agency';
		evidence.push({
			kind: space ? 'space agency' : head,
			why: `its head word, “${words[headAt]}”`,
			rank: 1
		});
	}
	const firstKind = FIRST_KINDS[lower[0]];
	if (firstKind && words.length > 1)
		evidence.push({ kind: firstKind, why: `its first word, “${words[0]}”`, rank: 1 });

	// A phrase beside the name between commas: "Dr Amara Okafor, an astronomer at…", "Iten, a town in…".
	let apposition: string | undefined;
	const afterName = sentence.slice(last.end);
	const app =
		/^,\s+((?:an?|the|its|their|his|her|who)\s+[^,.;:\uE000]+|\p{Lu}[\p{L}-]*['’]s\s+[^,.;:\uE000]+|(?:[a-z]+(?:-[a-z]+)?\s+){1,3}(?:of|at|for)\s+[^,.;:\uE000]+)(?=[,.;:]|$)/u.exec(
			afterName
		);
	if (app && !/^(?:the|a|an)\s+\p{Lu}/u.test(app[1])) {
		apposition = app[1].trim();
		const kind = appositionKind(apposition);
		if (kind) evidence.push({ kind, why: `the words beside it: “${apposition}”`, rank: 2 });
	}
	// The noun before it: "the constellation Fornax", "the market town of Marston", "Its founder, Priya…".
	const before = sentence.slice(0, first.start);
	const pre =
		/\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+((?:[^\s]+\s+){0,3}?)([a-z][a-z]*)(?:\s+of|\s+called|,\s+called|\s+named|\s+known\s+as)?\s*$/.exec(
			before
		);
	if (pre) {
		const noun = pre[2];
		const roleBefore = /,\s*$/.test(before);
		if (PERSON_ROLES.has(noun)) evidence.push({ kind: 'person', why: `“${noun}”`, rank: 2 });
		else if (!roleBefore && isKindNoun(noun) && !/['’]$/.test(noun)) {
			const phrase = `${pre[1]}${noun}`.trim().split(/\s+/);
			const prevWord = phrase[phrase.length - 2] ?? '';
			const compound =
				/['’]$/.test(prevWord) || COMPOUND_FIRST.has(prevWord) ? `${prevWord} ${noun}` : noun;
			evidence.push({ kind: compound, why: `the noun before it, “${compound}”`, rank: 2 });
		}
	}
	// The noun after it: "the Eastgate terminal", "the Reform UK party", "the MMR vaccine".
	let modifier: Mention['modifier'];
	if (next && !last.breakAfter && !last.possessive && /^[a-z]/.test(next.core)) {
		const t = lastWordTags(`the ${name} ${next.core}`);
		if (t.has('Noun') && !t.has('Verb')) {
			const plural = t.has('Plural');
			modifier = { noun: next.core, plural };
			if (
				!plural &&
				(prev?.core.toLowerCase() === 'the' ||
					tokens[first.index - 2]?.core.toLowerCase() === 'the') &&
				isKindNoun(next.core) &&
				!NOT_KINDS.has(next.core)
			)
				evidence.push({
					kind: next.core,
					why: `the noun after it: “the ${name} ${next.core}”`,
					rank: 3
				});
		}
	}
	if (!title && words.length >= 2 && tags(words[0]).has('FirstName'))
		evidence.push({ kind: 'person', why: `“${words[0]}” is a first name`, rank: 4 });
	if (
		words.length >= 2 &&
		words.length <= 4 &&
		!head &&
		new RegExp(`^,?\\s+(?:${SPEECH_VERBS})\\b`).test(afterName)
	)
		evidence.push({ kind: 'person', why: 'a name of two to four words that speaks', rank: 6 });
	if (
		words.length >= 2 &&
		words.length <= 4 &&
		!head &&
		new RegExp(`\\b(?:said|says|added|asked|wrote)\\s+(?:[Tt]he\\s+)?$`).test(
			sentence.slice(0, first.start)
		)
	)
		evidence.push({ kind: 'person', why: 'a name of two to four words that speaks', rank: 6 });
	// "published in Nature Chemical Biology", "a study in The Lancet".
	if (
		!title &&
		/\b(?:published|appeared|reported|paper|study|article)\s+in\s+(?:the\s+)?(?:journal\s+)?$/i.test(
			sentence.slice(0, first.start)
		)
	)
		evidence.push({ kind: 'journal', why: 'what is published in it', rank: 5 });
	if (nameTags.has('Organization'))
		evidence.push({ kind: 'organisation', why: "compromise's lexicon", rank: 7 });
	const prep = prev?.core.toLowerCase() === 'the' ? tokens[first.index - 2] : prev;
	if (words.length === 1 && /^(?:in|at|near|from|across|through)$/i.test(prep?.core ?? ''))
		evidence.push({ kind: 'place', why: `“${prep?.core} ${name}”`, rank: 8 });

	const acronym = /^\s*\((\p{Lu}[\p{Lu}\p{Ll}&]{1,9})\)/u.exec(afterName)?.[1];
	index.add(
		words,
		at(paragraph, si, chunk, last.possessive, prev?.core.toLowerCase() === 'the', modifier),
		// A kind read from damaged text ("w{ith") is no kind: the facts file would refuse it.
		evidence.filter((e) => KIND.test(e.kind)),
		{ title, apposition, acronym }
	);
}

function at(
	paragraph: number,
	sentence: number,
	chunk: Token[],
	possessive: boolean,
	the: boolean,
	modifier?: Mention['modifier']
): Omit<Mention, 'entity'> {
	return {
		paragraph,
		sentence,
		start: chunk[0].start,
		end: chunk[chunk.length - 1].end,
		possessive,
		the,
		...(modifier ? { modifier } : {})
	};
}

function seenAnywhere(index: NameIndex, word: string): boolean {
	return index.entities.some(
		(e) => e.name === word || e.aliases.has(word) || e.name.split(' ').includes(word)
	);
}

/** Whether a lower-case word can name a kind of thing ("telescope", "town", "party"). */
function isKindNoun(word: string): boolean {
	if (word.length < 3 || /ly$/.test(word) || word.includes('-')) return false;
	const t = lastWordTags(`the ${word}`);
	return t.has('Noun') && !t.has('Pronoun') && !t.has('Plural');
}

/** The kind a phrase beside a name gives: a person for a role, else its head noun ("town", "charity"). */
export function appositionKind(phrase: string): string | undefined {
	if (/^who\b/.test(phrase)) return 'person';
	const body = phrase
		.replace(/^(?:an?|the|its|their|his|her)\s+/, '')
		.replace(/^\p{Lu}[\p{L}-]*['’]s\s+/u, '')
		.replace(/^[a-z]+['’]s\s+/, '');
	// The noun phrase ends at a preposition, a relative word, a determiner or a name after its first word
	// ("a bacterium the World Health Organization lists…" is a bacterium).
	const STOP =
		/^(?:at|in|of|for|from|who|that|which|whose|with|on|to|by|near|beside|behind|where|when|as|the|a|an|its|their|his|her|this|these|those)$/;
	const all = body.split(/\s+/).filter(Boolean);
	const end = all.findIndex((w, i) => STOP.test(w) || (i > 0 && /^\p{Lu}/u.test(w)));
	const np = end === -1 ? all : all.slice(0, end);
	const headWord = np[np.length - 1] ?? '';
	if (!/^[a-z][a-z-]*$/.test(headWord)) return undefined;
	if (
		PERSON_ROLES.has(headWord) ||
		headWord.split('-').some((w) => PERSON_ROLES.has(w)) ||
		tags(headWord).has('Actor')
	)
		return 'person';
	const before = np[np.length - 2];
	if (before && /^[a-z]+$/.test(before) && (tags(before).has('Noun') || /ing$/.test(before)))
		return `${before} ${headWord}`;
	return singular(headWord);
}
