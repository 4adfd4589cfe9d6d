/**
 * Drafting what people say and think: who holds a view, quotations with their speakers, positions
 * reported with a verb of saying or thinking, and the reporter's own judging words.
 */
import nlp from 'compromise';
import type { Entity, NameIndex } from './draft-name-index.ts';
import { PERSON_ROLES, SPEECH_VERBS } from './draft-name-words.ts';
import {
	MASK,
	lastWordTags,
	trimClause,
	words,
	type Paragraph,
	type QuoteSpan
} from './draft-text.ts';

/** Who holds a view or said something: a named entity, or a noun phrase ("farmers whose land…"). */
export interface Holder {
	/** As it should read mid-sentence ("the Refugee Council", "Amara Okafor"). */
	name: string;
	/** Its kind (person, organisation, …). */
	category: string;
	/** The named entity, when there is one. */
	entity?: Entity;
	/** How it was found, when not simply named ("“she”, read as the last person named"). */
	note?: string;
}

/** A quotation with its speaker. */
export interface QuoteFind {
	sentence: number;
	start: number;
	words: string;
	speaker: Holder;
	/** The sentence or sentences it came from. */
	source: string;
}

/** A view someone holds, in the article's words. */
export interface PositionFind {
	sentence: number;
	start: number;
	holder: Holder;
	position: string;
	verb: string;
	/** Whether the words are the reporter's own ("hardline"). */
	reporter?: string;
}

/** The name of an entity as it reads mid-sentence: "the United States", "Amara Okafor". */
export function displayName(e: Entity): string {
	const the = e.mentions.filter((m) => m.the).length;
	return the * 2 >= e.mentions.length && the > 0 ? `the ${e.name}` : e.name;
}

function holderOf(e: Entity, note?: string): Holder {
	return {
		name: displayName(e),
		category: e.kind === 'person' ? 'person' : e.kind,
		entity: e,
		...(note ? { note } : {})
	};
}

const AUXILIARIES =
	/\s+(?:also|still|now|already|repeatedly|recently|previously|then|has|have|had|will|would|was|were|is|are|had also|has also|have also|did|does|do|not|never|only)$/i;

/**
 * The subject of a verb at `verbStart` in a masked sentence: a name next to the verb (skipping a phrase between
 * commas such as ", the union's general secretary,"), a pronoun read as the last person or body named before
 * it, or a short noun phrase ("Farmers whose land borders the Wendle").
 */
export function subjectBefore(
	text: string,
	verbStart: number,
	names: NameIndex,
	paragraph: number,
	sentence: number
): Holder | undefined {
	let pre = text.slice(0, verbStart).replace(/\s+$/, '');
	for (let i = 0; i < 3; i++) pre = pre.replace(AUXILIARIES, '');
	let end = pre.length;
	if (/,$/.test(pre)) {
		// "Maria Kowalczyk, the union's general secretary, said": the phrase between commas describes the name.
		const inner = pre.slice(0, -1);
		const comma = inner.lastIndexOf(',');
		const phrase = inner.slice(comma + 1).trim();
		if (
			comma !== -1 &&
			(/^(?:an?|the|its|their|his|her|who|which|whose)\b/i.test(phrase) ||
				/^\p{Lu}[\p{L}-]*['’]s\s/u.test(phrase) ||
				phrase.split(/\s+/).some((w) => PERSON_ROLES.has(w)))
		)
			end = comma;
		else end = inner.length;
	}
	const head = pre.slice(0, end).replace(/[\s,]+$/, '');
	const mentions = names.inSentence(paragraph, sentence);
	const adjacent = [...mentions]
		.reverse()
		.find((m) => m.end <= head.length && m.end >= head.length - 1);
	if (adjacent && !adjacent.possessive) {
		// "Scientists at MIT and McMaster University say": the people, not the last institution named.
		const clause = head.slice(Math.max(head.lastIndexOf(', '), head.lastIndexOf('; ')) + 1).trim();
		const group =
			/^(?:the\s+|some\s+|many\s+|other\s+)?(?:scientists|researchers|officials|experts|doctors|engineers|economists|analysts|teachers|workers|campaigners|members|staff|leaders|astronomers|physicians|nurses|students|residents|volunteers)\s+(?:at|from|of|with|in)\s/i.exec(
				clause
			);
		if (group && clause.split(/\s+/).length <= 14)
			return {
				name: clause.replace(/^(\p{Lu})/u, (c) => c.toLowerCase()),
				category: 'group',
				note: 'the people the sentence names, not the last body named before the verb'
			};
		return holderOf(adjacent.entity);
	}
	const pronoun = /\b(he|she|it|they)$/i.exec(head)?.[1]?.toLowerCase();
	if (pronoun === 'he' || pronoun === 'she') {
		const e = names.lastBefore(paragraph, sentence, head.length, (x) => x.kind === 'person');
		return e ? holderOf(e, `“${pronoun}”, read as the last person named before it`) : undefined;
	}
	if (pronoun === 'it') {
		const e = names.lastBefore(paragraph, sentence, head.length, (x) => x.kind !== 'person');
		return e ? holderOf(e, '“it”, read as the last body named before it') : undefined;
	}
	if (pronoun) return undefined;
	const clauseStart = Math.max(
		head.lastIndexOf(', '),
		head.lastIndexOf('; '),
		head.search(/\s(?:and|but)\s[^,]*$/) === -1 ? -1 : head.search(/\s(?:and|but)\s[^,]*$/) + 4
	);
	const phrase = trimClause(head.slice(clauseStart + 1));
	if (!phrase || phrase.split(/\s+/).length > 8) return undefined;
	// The phrase must name someone: a name in it, or a noun phrase that is not a clause of its own.
	const inPhrase = mentions.filter((m) => m.start >= clauseStart + 1 && m.end <= head.length);
	if (/^(?:which|that|this|these|those|there|what|who)\b/i.test(phrase)) return undefined;
	if (inPhrase.length === 0 && /\b(?:is|are|was|were|has|have|had)\b/.test(phrase))
		return undefined;
	const tags = lastWordTags(phrase);
	if (!tags.has('Noun') && inPhrase.length === 0) return undefined;
	const first = /^(?:The|A|An)\s/.test(phrase)
		? phrase.replace(/^(\w)/, (c) => c.toLowerCase())
		: phrase;
	const text2 =
		/^\p{Lu}/u.test(first) && !inPhrase.some((m) => m.start === clauseStart + 1)
			? first.charAt(0).toLowerCase() + first.slice(1)
			: first;
	const people =
		/\b(?:people|farmers|parents|residents|workers|scientists|analysts|economists|critics|campaigners|officials|experts|doctors|members|families|organi[sz]ations|groups)\b/i.test(
			phrase
		);
	return {
		name: text2,
		category: people
			? /organi[sz]ations|groups/.test(phrase)
				? 'organisation'
				: 'group'
			: 'organisation'
	};
}

const SPEECH = new RegExp(`\\b(${SPEECH_VERBS})\\b`);

/** Quotations that someone is reported as saying; scare quotes and unattributed questions are left out. */
export function findQuotes(p: Paragraph, names: NameIndex): QuoteFind[] {
	const out: QuoteFind[] = [];
	for (const q of p.quotes) {
		const words = q.inner.replace(/[\s,.;:]+$/, '').replace(/^[\s…]+/, '');
		if (words.split(/\s+/).length < 3) continue;
		const si = p.sentences.findIndex(
			(s) => q.start >= s.start && q.start < s.start + s.text.length
		);
		if (si === -1) continue;
		const s = p.sentences[si];
		const speaker = attribution(p, si, q, names);
		if (!speaker) continue;
		out.push({ sentence: si, start: q.start - s.start, words, speaker, source: s.text });
	}
	return out;
}

function attribution(p: Paragraph, si: number, q: QuoteSpan, names: NameIndex): Holder | undefined {
	const s = p.sentences[si];
	const local = q.start - s.start;
	const localEnd = q.end - s.start;
	const after = s.masked.slice(localEnd);
	// X insists that “…”: a verb of saying right before the quotation speaks it.
	const right = new RegExp(`\\b(${SPEECH_VERBS})\\s*(?:that\\s*)?[,:]?\\s*$`).exec(
		s.masked.slice(0, local)
	);
	if (right) {
		const h = subjectBefore(s.masked, right.index, names, p.n, si);
		if (h) return h;
	}
	// “…,” he said. / “…,” Okafor said. / “…,” said Dr Pryce.
	const post = new RegExp(
		`^\\s*,?\\s*(?:((?!(?:and|but|while|as|so|or|which|who)\\b)[\\p{L}'’.-]+(?:\\s+[\\p{L}'’.-]+){0,3}?)\\s+(?:${SPEECH_VERBS})\\b|(?:said|says|added|adds|asked|wrote)\\s+([^,.;]{1,60}))`,
		'u'
	).exec(after);
	if (post) {
		if (post[1]) {
			const verbAt =
				localEnd + post[0].length - (post[0].length - post[0].indexOf(post[1]) - post[1].length);
			const h = subjectBefore(s.masked, verbAt + 1, names, p.n, si);
			if (h) return h;
		}
		if (post[2]) {
			const start = localEnd + post[0].indexOf(post[2]);
			const m = names
				.inSentence(p.n, si)
				.find((x) => x.start >= start && x.start <= start + post[2].length);
			if (m) return holderOf(m.entity);
		}
	}
	// “…,” according to X. / According to X, … “…”
	const afterAccording = /^\s*,?\s*according to\s+/i.exec(after);
	const from = afterAccording ? localEnd : /^[Aa]ccording to\s/.test(s.masked) ? 0 : -1;
	if (from >= 0) {
		const m = names
			.inSentence(p.n, si)
			.find((x) => x.start > from && x.start < from + 60 && !x.possessive);
		if (m) return holderOf(m.entity);
	}
	// X said (that) … “…” / X insists that “…” / and called the offer “…”
	const before = s.masked.slice(0, local);
	const verbs = [...before.matchAll(new RegExp(`\\b(${SPEECH_VERBS})\\b`, 'g'))];
	const last = verbs[verbs.length - 1];
	if (last) {
		const between = before.slice(last.index + last[0].length);
		if (between.split(/\s+/).filter(Boolean).length <= 10 && !/[.;!?]/.test(between)) {
			const h = subjectBefore(s.masked, last.index, names, p.n, si);
			if (h) return h;
			// "… and called the offer “…”": the subject of the first verb of the sentence.
			const first = SPEECH.exec(before);
			if (first) return subjectBefore(s.masked, first.index, names, p.n, si);
		}
	}
	return undefined;
}

export const THAT_VERBS =
	'says|said|say|argue|believe|insist|warn|claim|fear|argues|argued|believes|believed|insists|insisted|warns|warned|claims|claimed|emphasized|emphasised|emphasizes|emphasises|stressed|stresses|maintains|maintained|fears|feared|estimate|estimates|estimated|accepts|accepted|admits|admitted|denies|denied|predicts|predicted|thinks|thought|suggests|suggested|concluded|concludes|agrees|agreed|stated|states';
const OBJECT_VERBS =
	'urges|urged|wants|wanted|rejects|rejected|opposes|opposed|supports|supported|criticized|criticised|criticizes|criticises|calls for|called for|calling for|points to|pointed to|demands|demanded|welcomes|welcomed|condemns|condemned|backs|backed';

/** Views reported with a verb of saying or thinking ("argues that", "urges the UK to", "believes"). */
export function findPositions(p: Paragraph, names: NameIndex): PositionFind[] {
	const out: PositionFind[] = [];
	p.sentences.forEach((s, si) => {
		const re = new RegExp(`\\b(${THAT_VERBS}|${OBJECT_VERBS})\\b`, 'g');
		const verbs = verbOffsets(s.masked);
		const hits = [...s.masked.matchAll(re)].filter((m) => verbs.has(m.index));
		const speech = [...s.masked.matchAll(new RegExp(`\\b(?:${SPEECH_VERBS})\\b`, 'g'))]
			.map((m) => m.index)
			.filter((i) => verbs.has(i));
		let previous: Holder | undefined;
		hits.forEach((m, k) => {
			const verb = m[1];
			const stop = speech.find((i) => i > m.index) ?? s.masked.length;
			let content = s.masked.slice(m.index + m[0].length, stop);
			content = content.replace(/\s*(?:,\s*)?(?:and|but)\s*$/, '');
			content = content.split(
				/;\s|(?:,|(?<=\uE000))\s+(?:while|but|whereas)\s|,\s+and\s+(?=\p{Lu}|(?:the|its|his|her|their)\s)/u
			)[0];
			const holder =
				k > 0 && previous && /\s(?:and|but)\s+$/.test(s.masked.slice(0, m.index))
					? previous
					: subjectBefore(s.masked, m.index, names, p.n, si);
			if (!holder) return;
			previous = holder;
			const objectVerb = new RegExp(`^(?:${OBJECT_VERBS})$`).test(verb);
			const body = content.replace(/^\s*(?:that)\s+/, '');
			const masked = body.split(MASK).length - 1;
			const opinion =
				/^(?:insists|insisted|argues|argued|believes|believed|warns|warned|claims|claimed)$/.test(
					verb
				);
			if (masked > body.length / 2 && !opinion) return;
			const clean = trimClause(
				body.replace(new RegExp(`${MASK}+`, 'g'), (x) => quoted(s.text, s.masked, x))
			);
			if (clean.split(/\s+/).length < 3) return;
			if (/^(?:after|before|in|at|on|when|while|as|to)\b/i.test(clean)) return;
			// A clause with no subject of its own ("the 95% the WHO says is needed") is not a view the speaker holds.
			if (!objectVerb && startsWithVerb(clean)) return;
			// "said" must report something: a clause, not the place or time of speaking.
			if (/^(?:said|says|stated|states)$/.test(verb) && !hasVerb(clean)) return;
			out.push({
				sentence: si,
				start: m.index,
				holder,
				verb,
				position: words(objectVerb ? `${verb.replace(/^calling/, 'calls')} ${clean}` : clean, 30)
			});
		});
	});
	return out;
}

function quoted(text: string, masked: string, run: string): string {
	const at = masked.indexOf(run);
	return at === -1 ? '' : text.slice(at, at + run.length);
}

const verbCache = new Map<string, Set<number>>();

/** Offsets of the words compromise reads as verbs in a sentence ("fears" in "driven by fears" is a noun). */
function verbOffsets(text: string): Set<number> {
	let out = verbCache.get(text);
	if (!out) {
		const plain = text.replace(new RegExp(MASK, 'g'), ' ');
		const doc = nlp(plain);
		const terms = (
			doc.json({ offset: true }) as { terms: { tags: string[]; offset: { start: number } }[] }[]
		).flatMap((x) => x.terms);
		out = new Set(terms.filter((t) => t.tags.includes('Verb')).map((t) => t.offset.start));
		if (verbCache.size > 500) verbCache.clear();
		verbCache.set(text, out);
	}
	return out;
}

function startsWithVerb(text: string): boolean {
	const first = (nlp(text).json() as { terms: { tags: string[] }[] }[])[0]?.terms[0]?.tags ?? [];
	return first.includes('Verb') && !first.includes('Gerund');
}

export function hasVerb(text: string): boolean {
	const doc = nlp(text);
	return doc.has('#Verb');
}

/** The reporter's own judging words, never inside a quotation. */
const LOADED = new Set(
	(
		'hardline stunning striking bitter divisive controversial puzzlingly puzzling surprisingly surprising remarkable remarkably ' +
		'dramatic dramatically alarming alarmingly shocking shockingly unprecedented historic landmark radical extreme draconian ' +
		'sweeping staggering astonishing astonishingly troubling worrying disappointing impressive impressively fierce fiercely heated ' +
		'embattled beleaguered contentious notorious infamous so-called soaring plummeting chaotic disastrous devastating tragic ' +
		'extraordinary stark grim bold ambitious generous crucial vital damning scathing'
	).split(' ')
);

/** The reporter's own words of judgement ("hardline", "puzzlingly large", "one of the most contagious"). */
export function findReporterWords(p: Paragraph): PositionFind[] {
	const out: PositionFind[] = [];
	p.sentences.forEach((s, si) => {
		const found: { word: string; at: number }[] = [];
		for (const m of s.masked.matchAll(/\b[\p{L}-]+\b/gu))
			if (LOADED.has(m[0].toLowerCase())) found.push({ word: m[0], at: m.index });
		for (const m of s.masked.matchAll(/\bone of the most\s+\w+/gi))
			found.push({ word: m[0], at: m.index });
		for (const f of found) {
			const clauses = s.masked.split(/(?<=[,;:])\s+/);
			let offset = 0;
			let clause = s.masked;
			for (const c of clauses) {
				if (f.at >= offset && f.at < offset + c.length + 1) {
					clause = c;
					break;
				}
				offset += c.length + 1;
			}
			const text = words(trimClause(clause), 18);
			if (text.split(/\s+/).length < 3) continue;
			out.push({
				sentence: si,
				start: f.at,
				holder: { name: 'the article', category: 'reporter' },
				verb: '',
				position: text,
				reporter: f.word
			});
		}
	});
	return out;
}
