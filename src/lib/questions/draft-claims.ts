import nlp from 'compromise';
import type { Entity, Mention, NameIndex } from './draft-name-index.ts';
import { PERSON_ROLES, SPEECH_VERBS } from './draft-name-words.ts';
import {
	MASK,
	isCapitalised,
	lastWordTags,
	singular,
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

/** Cause and effect, in the article's words. */
export interface CauseFind {
	sentence: number;
	start: number;
	cause: string;
	effect: string;
	cue: string;
	by?: string;
}

/** A list of names or things. */
export interface SetFind {
	sentence: number;
	start: number;
	name: string;
	members: string[];
	/** Entities of the members, when they are names. */
	entities: Entity[];
	complete: boolean;
	category: string;
	/** What was read ("“including”", "a count of three"). */
	why: string;
}

/** A term explained in the article. */
export interface DefinitionFind {
	sentence: number;
	start: number;
	term: string;
	meaning: string;
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

const THAT_VERBS =
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

function hasVerb(text: string): boolean {
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

const SUBORDINATE =
	/^(?:According to [^,]+|Since [^,]+|In \d{4}|After [^,]+|Despite [^,]+|Even if [^,]+|While [^,]+|When [^,]+|\p{Lu}\p{Ll}+ing\b[^,]+),\s*/u;

/** The clause before a cue: the sentence up to it, without an opening "According to X," and at most 20 words. */
function before(text: string, at: number): string {
	let t = text.slice(0, at).replace(SUBORDINATE, '');
	const cut = t.lastIndexOf('; ');
	if (cut > 0) t = t.slice(cut + 2);
	// "Its chief executive, David Ashworth, said the company's profit fell…": the clause is what was said.
	t = t.replace(
		/^.*?\b(?:said|says|argues|argued|believes|insists|warned|warns|claims|claimed)\s+(?:that\s+)?/,
		''
	);
	return words(trimClause(t), 30);
}

/** The clause after a cue, up to the end of the sentence, a semicolon or ", and", at most 20 words. */
function after(text: string, at: number): string {
	const t = text.slice(at).split(/;\s|,\s+(?:and|but|while|which)\s|\.\s/)[0];
	return words(trimClause(t), 20);
}

interface CauseCue {
	re: RegExp;
	read: (text: string, m: RegExpExecArray) => { cause: string; effect: string } | undefined;
}

const AS_NOT =
	/^(?:well|such|soon|far|long|much|many|planned|part|a result|if|though|it was|they were|before|usual|expected|the|a|an|if|to|of|for|in|on)\b/;

const CAUSE_CUES: CauseCue[] = [
	{
		re: /\b(?:because of|because|due to|owing to|thanks to|as a result of)\b/g,
		read: (t, m) => ({ effect: before(t, m.index), cause: after(t, m.index + m[0].length) })
	},
	{
		re: /\b(?:which is why|that is why|this is why|which means that|which means)\b/g,
		read: (t, m) => ({ cause: before(t, m.index), effect: after(t, m.index + m[0].length) })
	},
	{
		re: /,\s+so\s+(?!much\b|many\b|far\b|that\b)/g,
		read: (t, m) => ({ cause: before(t, m.index), effect: after(t, m.index + m[0].length) })
	},
	{
		re: /\b(?:led to|leads to|lead to|leading to|resulted in|results in|caused|causes|triggered|sparked|prompted|allowed|allows|enabled|enables|forced|forces|drove|drives)\b/g,
		read: (t, m) =>
			/\b(?:is|are|was|were|be|been|being|not)\s+$/.test(t.slice(0, m.index))
				? undefined
				: { cause: before(t, m.index), effect: after(t, m.index + m[0].length) }
	},
	{
		re: /\b(?:give|gives|gave)\s+(?:[\w'’]+\s+){1,2}a reason to\b/g,
		read: (t, m) => ({ cause: before(t, m.index), effect: after(t, m.index + m[0].length) })
	},
	{
		re: /\bso (?:much|many|[a-z]+)\b[^.;]*?\bthat\b/g,
		read: (t, m) => ({
			cause: before(t, m.index + m[0].length - 4),
			effect: after(t, m.index + m[0].length)
		})
	},
	{
		re: /^As\s+[^,]+,/g,
		read: (t, m) => ({ cause: trimClause(m[0].slice(3)), effect: after(t, m[0].length) })
	},
	{
		re: /\s+as\s+(?=[a-z])/g,
		read: (t, m) => {
			const rest = t.slice(m.index + m[0].length);
			if (AS_NOT.test(rest) || !hasVerb(words(rest, 4))) return undefined;
			if (/\b(?:such|known|same|seen|described|regarded)\s*$/.test(t.slice(0, m.index)))
				return undefined;
			if (/\bas\s+\w+\s*$/.test(t.slice(0, m.index)) || /^\w+\s+as\b/.test(rest)) return undefined;
			return { effect: before(t, m.index), cause: after(t, m.index + m[0].length) };
		}
	},
	{
		re: /\s+once\s+(?=[a-z])/g,
		read: (t, m) => ({ effect: before(t, m.index), cause: after(t, m.index + m[0].length) })
	},
	{
		re: /\b(?:in order to|so as to|to avoid|to prevent)\b|,\s+to\s+(?=[a-z]+\s)/g,
		read: (t, m) => {
			const rest = t.slice(m.index + m[0].length);
			if (
				/^\s*to\s*$/.test(m[0].replace(',', '')) &&
				!lastWordTags(`to ${rest.split(/\s+/)[0]}`).has('Verb')
			)
				return undefined;
			const purpose = trimClause(m[0].replace(/^,\s*/, '')) + ' ' + after(t, m.index + m[0].length);
			return { effect: before(t, m.index), cause: `the aim: ${trimClause(purpose)}` };
		}
	},
	{
		re: /\b(?:were|was|is|are)\s+the\s+(?:main|chief|biggest|only)\s+reason\b/g,
		read: (t, m) => ({
			cause: before(t, m.index).replace(/^.*\b(?:said|says)\s+/, ''),
			effect: 'TODO: what it is the reason for'
		})
	}
];

/** Cause and effect from the article's connectives ("because", "so", "led to", "as", "once", "to avoid"). */
export function findCauses(p: Paragraph, names: NameIndex, positions: PositionFind[]): CauseFind[] {
	const out: CauseFind[] = [];
	p.sentences.forEach((s, si) => {
		const seen = new Set<number>();
		// "As a result, …" / "Because of this, …": the cause is the sentence before.
		const result =
			/^(?:As a result|As a consequence|Because of this|For this reason|Consequently|Therefore),\s*/.exec(
				s.masked
			);
		const prior = p.sentences[si - 1];
		if (result && prior) {
			out.push({
				sentence: si,
				start: 0,
				cause: words(trimClause(prior.masked), 25),
				effect: after(s.masked, result[0].length),
				cue: trimClause(result[0])
			});
			seen.add(0);
		}
		for (const cue of CAUSE_CUES) {
			cue.re.lastIndex = 0;
			for (const m of s.masked.matchAll(cue.re)) {
				if (seen.has(m.index)) continue;
				const read = cue.read(s.masked, m as RegExpExecArray);
				if (!read) continue;
				const cause = trimClause(read.cause);
				const effect = trimClause(read.effect);
				if (cause.split(/\s+/).length < 2 || effect.split(/\s+/).length < 2) continue;
				seen.add(m.index);
				const according = /^According to ([^,]+),/.exec(s.masked)?.[1];
				const reported = positions.find((x) => x.sentence === si && !x.reporter)?.holder.name;
				const by = according
					? (names.inSentence(p.n, si).find((x) => x.start >= 13 && x.start < 13 + according.length)
							?.entity ?? undefined)
					: undefined;
				out.push({
					sentence: si,
					start: m.index,
					cause,
					effect,
					cue: trimClause(m[0]),
					...(by
						? { by: displayName(by) }
						: according
							? { by: according }
							: reported
								? { by: reported }
								: {})
				});
			}
		}
	});
	return out;
}

const COUNT_WORDS: Record<string, number> = {
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	both: 2
};

/** Plural nouns whose kind is another word ("nations" are countries). */
const KIND_SYNONYMS: Record<string, string> = {
	nation: 'country',
	state: 'country',
	good: 'goods',
	people: 'person',
	species: 'species'
};

/** Lists: after "including", "such as", "like", "namely" or a colon; three names or more in a row; "between A, B and C". */
export function findSets(p: Paragraph, names: NameIndex): SetFind[] {
	const out: SetFind[] = [];
	p.sentences.forEach((s, si) => {
		const text = s.masked;
		const mentions = names.inSentence(p.n, si);
		const taken: [number, number][] = [];
		const cues = [
			...text.matchAll(
				/\b(including|such as|like|namely|notably|among them|for example|for instance)\s+/g
			),
			...text.matchAll(/:\s+/g),
			...text.matchAll(/\bbetween\s+/g)
		].sort((a, b) => a.index - b.index);
		for (const cue of cues) {
			const from = cue.index + cue[0].length;
			const items = listItems(text, from, mentions);
			if (!items || items.members.length < 2) continue;
			const word = cue[1] ?? (cue[0].startsWith(':') ? 'colon' : 'between');
			if (
				(word === 'between' || word === 'like') &&
				items.entities.length < Math.max(2, items.members.length)
			)
				continue;
			if (word === 'between' && items.members.length < 3) continue;
			const between =
				word === 'between'
					? /((?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?[a-z][\w-]*)\s*$/.exec(text.slice(0, cue.index))
					: null;
			const head = between
				? { name: `parties to ${between[1].replace(/^an?\s+/, 'the ')}` }
				: listHead(text.slice(0, cue.index));
			if (word === 'colon' && !head) continue;
			const complete =
				word === 'namely' ||
				(head && 'count' in head && head.count === items.members.length) ||
				!!(head && 'all' in head && head.all);
			taken.push([cue.index, items.end]);
			out.push({
				sentence: si,
				start: cue.index,
				name: head?.name ?? 'TODO: what the listed names have in common',
				members: items.members,
				entities: items.entities,
				complete,
				category: categoryOf(items.entities, head?.name),
				why:
					word === 'colon'
						? `a list after a colon${head && 'count' in head ? `, with a count of ${head.count}` : ''}`
						: word === 'between'
							? '“between” and a list of names'
							: `“${word}”${complete ? ' (a complete list)' : ''}`
			});
		}
		// Three names or more in a row, with no word announcing the list ("focusing on Albania, Iraqi Kurdistan, and Vietnam").
		for (let i = 0; i + 2 < mentions.length; i++) {
			const run = [mentions[i]];
			for (let j = i + 1; j < mentions.length; j++) {
				const gap = text.slice(run[run.length - 1].end, mentions[j].start);
				if (/^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$/.test(gap))
					run.push(mentions[j]);
				else break;
			}
			if (run.length >= 3 && !taken.some(([a, b]) => run[0].start >= a && run[0].start <= b)) {
				const start = run[0].start;
				taken.push([start, run[run.length - 1].end]);
				const entities = [...new Set(run.map((m) => m.entity))];
				out.push({
					sentence: si,
					start,
					name:
						listHead(text.slice(0, start).replace(/\b(?:on|to|from|in|with)\s+(?:the\s+)?$/, ''))
							?.name ?? 'TODO: what the listed names have in common',
					members: entities.map(displayName),
					entities,
					complete: false,
					category: categoryOf(entities, undefined),
					why: 'three names or more in a row'
				});
			}
			i += run.length - 1;
		}
	});
	for (const set of out) {
		const kind = set.category;
		for (const e of set.entities)
			names.evidence(e, kind, `listed among the ${set.name.replace(/^TODO.*/, 'names')}`, 5);
	}
	return out;
}

/** The items of a list starting at `from`: names (by their mentions) or short lower-case phrases. */
function listItems(
	text: string,
	from: number,
	mentions: Mention[]
): { members: string[]; entities: Entity[]; end: number } | undefined {
	const rest = text.slice(from);
	const parts = rest.split(/(,\s*(?:and|or)\s+|,\s*|\s+(?:and|or)\s+)/);
	const members: string[] = [];
	const entities: Entity[] = [];
	let offset = from;
	let closed = false;
	let end = from;
	for (let i = 0; i < parts.length && !closed; i += 2) {
		const raw = parts[i];
		const sep = parts[i - 1] ?? '';
		const last = /\b(?:and|or)\b/.test(sep);
		const startAt = offset;
		const m = mentions.find(
			(x) => x.start >= startAt && x.start < startAt + raw.length && !x.possessive
		);
		const possessed = mentions.find(
			(x) => x.start >= startAt && x.start < startAt + raw.length && x.possessive
		);
		const named =
			m ??
			(possessed
				? mentions.find((x) => x.start > possessed.end && x.start < startAt + raw.length)
				: undefined);
		if (named) {
			if (named.start - startAt > 4 + (/^the\s/.test(raw) ? 4 : 0)) break;
			entities.push(named.entity);
			members.push(displayName(named.entity));
			end = named.end;
		} else {
			const phrase = itemPhrase(raw);
			if (!phrase || (entities.length > 0 && members.length > 0)) break;
			if (/^(?:they|it|he|she|we|them|this|that|these|those)$/i.test(phrase)) break;
			// Only the last item may run on into the rest of the sentence ("… and medicines stuck on the quayside").
			if (!last && phrase !== raw.trim().replace(/[.;:)]+$/, '')) break;
			members.push(phrase);
			end = startAt + raw.indexOf(phrase) + phrase.length;
		}
		if (last) closed = true;
		if (/[.;:)]|\uE000/.test(raw) || /^\s*$/.test(raw)) closed = true;
		offset += raw.length + (parts[i + 1]?.length ?? 0);
	}
	if (!closed) return undefined;
	if (entities.length > 0 && entities.length !== members.length) return undefined;
	return { members: [...new Set(members)], entities: [...new Set(entities)], end };
}

/** A lower-case list item: a short noun phrase ("fresh fruit", "the timing system", "the results of a doping test"). */
function itemPhrase(raw: string): string | undefined {
	const text = raw.split(/[.;:)\uE000]/)[0].trim();
	if (!text || isCapitalised(text)) return undefined;
	const list = text.split(/\s+/);
	const terms = (nlp(text).json() as { terms: { text: string; tags: string[] }[] }[]).flatMap(
		(s) => s.terms
	);
	let last = -1;
	for (let i = 0; i < Math.min(list.length, 7); i++) {
		const t = new Set(terms[i]?.tags ?? []);
		const w = list[i];
		if (i > 0 && t.has('Verb') && !t.has('Noun') && !t.has('Adjective')) break;
		if (/^(?:the|a|an|of)$/.test(w) || t.has('Adjective')) continue;
		if (t.has('Noun') || t.has('Plural')) last = i;
		else break;
	}
	if (last === -1) return undefined;
	return list.slice(0, last + 1).join(' ');
}

/** The noun phrase a list belongs to, with a count or "all" when the text gives one. */
function listHead(text: string): { name: string; count?: number; all?: boolean } | undefined {
	const t = text.replace(/[\s,]+$/, '');
	const np = /((?:\b[\w'’-]+\s+){0,5}?)((?:[A-Za-z][\w'’-]*\s+){0,3}[a-z][\w-]*s)$/.exec(t);
	let name = np?.[2];
	let lead = np?.[1] ?? '';
	if (!name || /^(?:others|them|these|those|things|ones)$/.test(name.split(/\s+/).pop() ?? '')) {
		// "three male pacemakers, runners hired to set a steady speed for others:" - the counted phrase earlier on.
		const counted = [
			...t.matchAll(
				/\b(two|three|four|five|six|seven|eight|nine|ten|\d+)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)\b/g
			)
		].pop();
		if (!counted) {
			if (!name) return undefined;
		} else {
			name = counted[2];
			lead = `${counted[1]} `;
		}
	}
	// Strip what is not the name of the group: an earlier clause, prepositions, determiners, quantities, qualifiers.
	const joints = [...name.matchAll(/\b(?:and|or|to|into|at|on|with|from|of|by)\s+/g)];
	const lastJoint = joints[joints.length - 1];
	if (lastJoint && !/^of\s/.test(lastJoint[0])) {
		lead += name.slice(0, lastJoint.index + lastJoint[0].length);
		name = name.slice(lastJoint.index + lastJoint[0].length);
	}
	const list = name.split(/\s+/);
	const dropped: string[] = [];
	while (
		list.length > 1 &&
		(/^(?:the|a|an|all|several|other|some|many|over|about|more|than|at|least|its|their|his|her|from|of|in|on|to|with|by|for|and|or|including|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/i.test(
			list[0]
		) ||
			/^\p{Lu}[\p{L}]*['’]s$/u.test(list[0]))
	)
		dropped.push(list.shift() ?? '');
	if (list.some((w, i) => i > 0 && /^\p{Lu}/u.test(w))) return undefined;
	const verbLast = lastWordTags(list.join(' '));
	if (verbLast.has('Verb') && !verbLast.has('Noun')) return undefined;
	const before = `${lead}${dropped.join(' ')}`;
	const count =
		/\b(two|three|four|five|six|seven|eight|nine|ten|both|\d+)\s+(?:of\s+the\s+)?(?:[\w'’-]+\s+){0,3}$/.exec(
			`${before} `
		)?.[1];
	const all = /\b(?:all|both)\b/.test(before);
	const first = list[0];
	if (/^\p{Lu}\p{Ll}/u.test(first) && !/\s/.test(t.slice(0, t.length - name.length).trim()))
		list[0] = first.toLowerCase();
	return {
		name: list.join(' '),
		...(count ? { count: COUNT_WORDS[count] ?? Number(count) } : {}),
		...(all ? { all } : {})
	};
}

function categoryOf(entities: Entity[], head: string | undefined): string {
	const kinds = entities.map((e) => e.kind);
	const counts = new Map<string, number>();
	for (const k of kinds)
		if (k !== 'organisation' || entities.every((e) => e.kindRank < 99))
			counts.set(k, (counts.get(k) ?? 0) + 1);
	const best = [...counts].sort((a, b) => b[1] - a[1])[0];
	const known = entities.filter((e) => e.kindRank < 5);
	if (best && known.length * 2 > entities.length) return best[0];
	if (head && !head.startsWith('TODO')) {
		const noun = singular(head.split(/\s+/).slice(-2).join(' ')).toLowerCase();
		const last = noun.split(' ').pop() ?? noun;
		if (KIND_SYNONYMS[last]) return KIND_SYNONYMS[last];
		if (/^[a-z][a-z'’ -]*$/.test(noun))
			return noun.split(' ').length === 2 &&
				/^(?:media|space|law|enforcement)$/.test(noun.split(' ')[0])
				? last
				: last;
	}
	return best?.[0] ?? 'thing';
}

/** Terms the article explains: "X, an effect known as Y", "Y, the fees that…", "MMR vaccine, which…". */
export function findDefinitions(p: Paragraph, names: NameIndex): DefinitionFind[] {
	const out: DefinitionFind[] = [];
	p.sentences.forEach((s, si) => {
		const t = s.masked;
		for (const m of t.matchAll(
			/,\s+(an?|the)\s+((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+(?:known as|called|termed|dubbed)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)/g
		)) {
			const before = t
				.slice(0, m.index)
				.replace(SUBORDINATE, '')
				.replace(/^(?:As|When|If|Because|While|After|Before|Since)\s+[^,]+,\s*/, '');
			out.push({
				sentence: si,
				start: m.index,
				term: m[3],
				meaning: `${m[1]} ${m[2]}: ${words(trimClause(before), 25)}`
			});
		}
		for (const m of t.matchAll(
			/\b([a-z][a-z-]+(?:\s+[a-z][a-z-]+)?),\s+((?:(?:the|an?)\s+)?[a-z][\w'’-]*(?:\s+[\w'’-]+){1,30}?)(?=[,.;:]|$)/g
		)) {
			const app = m[2];
			if (
				!/\b(?:that|which|who|where|when|at which|in which|hired|built|used|designed|made|charge|charged|set up)\b/.test(
					app
				)
			)
				continue;
			const termWords = m[1].split(/\s+/);
			const term = termWords.filter(
				(w) =>
					!/^(?:its|their|the|a|an|his|her|six|three|two|four|five|male|female|face|for|and|old|new)$/.test(
						w
					)
			);
			if (term.length === 0) continue;
			const head = term.join(' ');
			const tags = lastWordTags(`the ${head}`);
			if (!tags.has('Noun')) continue;
			if (/^(?:which|that|who)\b/.test(app)) continue;
			// "Because the compound targets X, the researchers argue that…": the end of an opening clause, then
			// the sentence's own subject and verb, not a word and its explanation.
			if (
				/^(?:Because|As|When|If|While|After|Before|Since|Although|Though|Once|Unless)\b[^,]*$/.test(
					t.slice(0, m.index + m[1].length)
				)
			)
				continue;
			if (
				new RegExp(
					`^(?:the|an?)?\\s*(?:[\\w'’-]+\\s+){0,2}(?:${THAT_VERBS}|${SPEECH_VERBS})\\b`
				).test(app)
			)
				continue;
			const [first, second] = app.split(/\s+/);
			const plural = (w: string) => {
				const t = lastWordTags(`the ${w}`);
				return t.has('Noun') && t.has('Plural');
			};
			const adjective =
				lastWordTags(`the ${first} ${second}`).has('Plural') &&
				lastWordTags(first).has('Adjective');
			if (!/^(?:the|an?)$/.test(first) && !plural(first) && !adjective) continue;
			out.push({
				sentence: si,
				start: m.index,
				term: tags.has('Plural') ? singular(head) : head,
				meaning: words(app, 25)
			});
		}
		// "the MMR vaccine, which protects against…": an acronym and its explanation.
		for (const m of t.matchAll(/\b(\p{Lu}{2,})\s+([a-z]+),\s+which\s+([^,.;]+)/gu)) {
			if (!names.find(m[1])) continue;
			out.push({
				sentence: si,
				start: m.index,
				term: m[1],
				meaning: `a ${m[2]} which ${trimClause(m[3])}`
			});
		}
	});
	return out;
}
