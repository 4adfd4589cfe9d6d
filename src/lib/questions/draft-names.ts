import {
	isCapitalised,
	lastWordTags,
	singular,
	tagsOf,
	tokenize,
	type Paragraph,
	type Sentence,
	type Token
} from './draft-text.ts';
import { normalise } from './text.ts';

/** One place a name is written. */
export interface Mention {
	/** What it names. */
	entity: Entity;
	/** Paragraph number. */
	paragraph: number;
	/** Index of the sentence in its paragraph. */
	sentence: number;
	/** Start of the name in the sentence. */
	start: number;
	/** End of the name in the sentence. */
	end: number;
	/** Written as an owner ("Starmer’s administration"). */
	possessive: boolean;
	/** A lower-case noun right after the name ("the UK government", "the Eastgate terminal"). */
	modifier?: { noun: string; plural: boolean };
	/** Written with "the" before it. */
	the: boolean;
}

/** Something the article names: a person, a place, an organisation, an instrument... */
export interface Entity {
	/** Normalised name without "the", for look-ups. */
	key: string;
	/** The name as written (longest form), without "the". */
	name: string;
	/** Other spellings the article uses: a surname alone, an acronym. */
	aliases: Set<string>;
	/** The kind, as a lower-case noun (country, person, telescope...). */
	kind: string;
	/** Why that kind, for the author ("the noun after it: “the X telescope”"). */
	kindWhy: string;
	/** Strength of the evidence for the kind: lower is stronger. */
	kindRank: number;
	/** A title written before a person's name ("UK Prime Minister"). */
	title?: string;
	/** A phrase set beside the name between commas ("an astronomer at Northfield University"). */
	apposition?: string;
	/** Every mention, in article order. */
	mentions: Mention[];
}

const MONTHS =
	'January February March April May June July August September October November December'.split(
		' '
	);
const WEEKDAYS = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' ');

/** Capitalised words that open sentences without naming anything. */
const FUNCTION_CAPS = new Set(
	(
		'The A An In On At By For From To With Without Despite Since After Before During When While Although Though But And Or ' +
		'If As According Speaking Even Not Only Its Their His Her Our My Your This That These Those Some Several Many Most Other ' +
		'Another Each Every All Both No None Whoever Whatever What Why How Where Who Which It He She They We I You There Here Then ' +
		'Now So Yet Still Also Instead Meanwhile However Further Unlike Like Among Between Under Over About Around Against Until ' +
		'Once Whether Although Because Across Through Toward Towards Within Except Besides Following Including Than Just Last Next'
	).split(' ')
);

/** Capitalised nouns that name no particular thing in news prose. */
const COMMON_PROPER = new Set([
	'Sun',
	'Earth',
	'Moon',
	'Big Bang',
	'Internet',
	'God',
	'Celsius',
	'Fahrenheit'
]);

/** Short forms compromise's lexicon does not file as countries. */
const KNOWN_KINDS: Record<string, string> = {
	UK: 'country',
	US: 'country',
	USA: 'country',
	EU: 'organisation',
	UN: 'organisation'
};

/** First words of two-word kinds ("market town", "space agency", "research institute"). */
const COMPOUND_FIRST = new Set(
	'space research market county city governing football sports news health conciliation trade oil car technology media investment energy water rail bus shipping insurance parents'.split(
		' '
	)
);

/** Nouns after a name that say what it does or has, not what it is ("the UK government"). */
export const NOT_KINDS = new Set(
	'government administration authorities authority officials official economy people team leader side stance border minister police army forces market capital coast public press media'.split(
		' '
	)
);

/** Words that may sit inside a name between capitalised words. */
const PARTICLES = new Set([
	'of',
	'for',
	'and',
	'de',
	'van',
	'von',
	'der',
	'den',
	'da',
	'di',
	'del',
	'la',
	'le',
	'du',
	'bin',
	'al',
	'el',
	'on'
]);

/** Titles written before a person's name; the longest first. */
const TITLES = [
	'Deputy Prime Minister',
	'Prime Minister',
	'Vice President',
	'Foreign Secretary',
	'Home Secretary',
	'Health Secretary',
	'Chief Executive',
	'Secretary-General',
	'Secretary General',
	'President',
	'Chancellor',
	'Minister',
	'Secretary',
	'Senator',
	'Governor',
	'Mayor',
	'King',
	'Queen',
	'Prince',
	'Princess',
	'Pope',
	'Judge',
	'Justice',
	'Professor',
	'Prof',
	'Dr',
	'Doctor',
	'Mr',
	'Mrs',
	'Ms',
	'Miss',
	'Sir',
	'Dame',
	'Lord',
	'Lady',
	'Captain',
	'Coach',
	'Commissioner',
	'Ambassador',
	'Inspector',
	'Reverend',
	'Rev',
	'Bishop',
	'Archbishop',
	'Cardinal',
	'Rabbi',
	'Imam',
	'Sheikh',
	'General',
	'Chairman',
	'Chairwoman'
].map((t) => t.split(/\s+/));

/** The last word of a name says what it is ("Northfield University", "Brennmouth Port Holdings"). */
const HEAD_KINDS: Record<string, string> = {
	telescope: 'telescope',
	observatory: 'observatory',
	array: 'telescope',
	satellite: 'satellite',
	university: 'university',
	college: 'college',
	school: 'school',
	academy: 'school',
	institute: 'research institute',
	agency: 'agency',
	council: 'council',
	union: 'union',
	party: 'party',
	hospital: 'hospital',
	clinic: 'clinic',
	fund: 'fund',
	trust: 'charity',
	charity: 'charity',
	foundation: 'foundation',
	association: 'association',
	society: 'organisation',
	organization: 'organisation',
	organisation: 'organisation',
	federation: 'organisation',
	league: 'league',
	club: 'club',
	index: 'index',
	marathon: 'race',
	summit: 'summit',
	conference: 'conference',
	festival: 'festival',
	bridge: 'place',
	airport: 'airport',
	station: 'station',
	museum: 'museum',
	gallery: 'gallery',
	holdings: 'company',
	ltd: 'company',
	plc: 'company',
	inc: 'company',
	group: 'company',
	company: 'company',
	corporation: 'company',
	airlines: 'company',
	airways: 'company',
	bank: 'bank',
	ministry: 'ministry',
	department: 'department',
	commission: 'commission',
	committee: 'committee',
	court: 'court',
	police: 'police force',
	service: 'service',
	authority: 'authority',
	board: 'board',
	office: 'office',
	valley: 'region',
	mountains: 'region',
	islands: 'region',
	island: 'island',
	coast: 'region',
	sea: 'sea',
	ocean: 'ocean',
	river: 'river',
	lake: 'lake',
	programme: 'programme',
	program: 'programme',
	project: 'project',
	mission: 'mission',
	prize: 'prize',
	award: 'award',
	act: 'law',
	bill: 'bill',
	treaty: 'treaty',
	agreement: 'agreement',
	partnership: 'organisation',
	alliance: 'organisation',
	coalition: 'organisation',
	network: 'organisation',
	centre: 'centre',
	center: 'centre',
	laboratory: 'laboratory',
	laboratories: 'laboratory',
	journal: 'journal',
	international: 'organisation',
	watch: 'organisation'
};

/** Names whose first word says what they are ("River Wendle", "Port of Brennmouth"). */
const FIRST_KINDS: Record<string, string> = {
	river: 'river',
	lake: 'lake',
	mount: 'mountain',
	port: 'port',
	university: 'university',
	bank: 'bank'
};

/** Words that do not identify a name on their own ("Space", "National"), never read as a short form. */
const GENERIC = new Set(
	(
		'space agency national international university institute council union port river united kingdom states ' +
		'general hospital trust fund association index group the of and for new north south east west northern ' +
		'southern eastern western central great royal european american british world global city county district'
	).split(' ')
);

/** Nouns for people's roles: a name set beside one of them is a person. */
export const PERSON_ROLES = new Set(
	(
		'astronomer scientist cosmologist physiologist physicist chemist biologist geologist ecologist epidemiologist ' +
		'virologist doctor physician nurse surgeon director founder coach secretary executive chief minister president ' +
		'chair chairman chairwoman spokesperson spokesman spokeswoman leader mayor councillor officer official professor ' +
		'researcher economist analyst lawyer judge teacher headteacher manager owner farmer runner athlete player captain ' +
		'author writer journalist reporter editor campaigner activist expert engineer resident student pilot historian ' +
		'curator artist singer actor boss governor senator ambassador commissioner inspector detective chancellor deputy ' +
		'adviser advisor consultant pacemaker winner champion midwife paramedic vet dean principal head'
	).split(' ')
);

/** Verbs of speech and opinion, present and past. */
export const SPEECH_VERBS =
	'said|says|say|stated|states|told|tells|added|adds|insists|insisted|argues|argued|warns|warned|wrote|writes|asked|asks|explained|explains|noted|notes|replied|replies|claims|claimed|believes|believed|urges|urged|wants|wanted|rejects|rejected|accepts|accepted|emphasized|emphasised|emphasizes|emphasises|stressed|stresses|maintains|maintained|fears|feared|expects|expected|estimate|estimates|estimated|criticized|criticised|criticizes|criticises|opposes|opposed|supports|supported|points|pointed|called|calls|agrees|agreed|denies|denied|admits|admitted|predicts|predicted|hopes|hoped|demands|demanded';

const tagMemo = new Map<string, Set<string>>();
function tags(text: string): Set<string> {
	let t = tagMemo.get(text);
	if (!t) {
		t = tagsOf(text);
		tagMemo.set(text, t);
	}
	return t;
}

const PROPER_TAGS = [
	'ProperNoun',
	'Person',
	'Place',
	'Organization',
	'Acronym',
	'FirstName',
	'LastName',
	'Country',
	'City',
	'Region'
];

function properByLexicon(word: string): boolean {
	const t = tags(word);
	return PROPER_TAGS.some((p) => t.has(p));
}

/** Every name of an article, with its mentions and a guessed kind. */
export class NameIndex {
	/** The entities, in order of first mention. */
	readonly entities: Entity[] = [];
	private readonly byKey = new Map<string, Entity>();

	/** The entity a name (or one of its aliases) stands for. */
	find(name: string): Entity | undefined {
		const key = keyOf(name);
		const direct = this.byKey.get(key);
		if (direct) return direct;
		return this.entities.find((e) => [...e.aliases].some((a) => keyOf(a) === key));
	}

	/** Mentions in one paragraph, in order. */
	inParagraph(n: number): Mention[] {
		return this.entities
			.flatMap((e) => e.mentions.filter((m) => m.paragraph === n))
			.sort((a, b) => a.sentence - b.sentence || a.start - b.start);
	}

	/** Mentions in one sentence, in order. */
	inSentence(n: number, sentence: number): Mention[] {
		return this.inParagraph(n).filter((m) => m.sentence === sentence);
	}

	/**
	 * The last entity of one of these kinds mentioned before a point of the article, for "he", "she" or "it":
	 * searched back through the paragraph, then the paragraphs before it.
	 */
	lastBefore(
		paragraph: number,
		sentence: number,
		offset: number,
		accept: (e: Entity) => boolean
	): Entity | undefined {
		let best: Mention | undefined;
		for (const e of this.entities) {
			if (!accept(e)) continue;
			for (const m of e.mentions) {
				const before =
					m.paragraph < paragraph ||
					(m.paragraph === paragraph &&
						(m.sentence < sentence || (m.sentence === sentence && m.end <= offset)));
				if (!before) continue;
				if (
					!best ||
					m.paragraph > best.paragraph ||
					(m.paragraph === best.paragraph &&
						(m.sentence > best.sentence || (m.sentence === best.sentence && m.start > best.start)))
				)
					best = m;
			}
		}
		return best?.entity;
	}

	/** Register a mention of a name, returning the entity (new or found). */
	add(
		words: string[],
		at: Omit<Mention, 'entity'>,
		evidence: { kind: string; why: string; rank: number }[],
		extra: { title?: string; apposition?: string; acronym?: string } = {}
	): Entity {
		const name = words.join(' ');
		let entity = this.byKey.get(keyOf(name));
		if (!entity && words.length === 1) {
			entity =
				this.entities.find((e) => e.title && keyOf(e.title) === keyOf(name)) ??
				this.entities.find((e) => [...e.aliases].some((a) => a === name)) ??
				(GENERIC.has(name.toLowerCase())
					? undefined
					: (this.entities.find(
							(e) => e.kind === 'person' && e.name.split(' ').slice(-1)[0] === name
						) ?? this.entities.find((e) => e.name.split(' ').includes(name))));
			if (entity && entity.name !== name) entity.aliases.add(name);
		}
		if (!entity && words.length > 1) {
			// A full name after its short form ("Starmer", later "Keir Starmer"): one person.
			const last = words[words.length - 1];
			const short = this.byKey.get(keyOf(last));
			if (short) {
				if (evidence.some((e) => e.kind === 'person') && short.kindRank > 3) {
					this.byKey.delete(short.key);
					short.aliases.add(short.name);
					short.name = name;
					short.key = keyOf(name);
					this.byKey.set(short.key, short);
					entity = short;
				}
			}
		}
		if (!entity) {
			entity = {
				key: keyOf(name),
				name,
				aliases: new Set(),
				kind: 'organisation',
				kindWhy: 'a guess: nothing in the text says what it is',
				kindRank: 99,
				mentions: []
			};
			this.entities.push(entity);
			this.byKey.set(entity.key, entity);
		}
		for (const e of evidence) this.evidence(entity, e.kind, e.why, e.rank);
		if (extra.title && !entity.title) entity.title = extra.title;
		if (extra.apposition && !entity.apposition) entity.apposition = extra.apposition;
		if (extra.acronym) entity.aliases.add(extra.acronym);
		entity.mentions.push({ ...at, entity });
		return entity;
	}

	/** Record a clue to an entity's kind; the strongest (lowest rank) wins, the first among equals. */
	evidence(entity: Entity, kind: string, why: string, rank: number): void {
		if (rank < entity.kindRank) {
			entity.kind = kind;
			entity.kindWhy = why;
			entity.kindRank = rank;
		}
	}
}

/** Normalised key of a name: lower case, no "the", no punctuation. */
export function keyOf(name: string): string {
	return normalise(name).replace(/^the /, '');
}

/** Short forms of well-known names, so "UK" and "the United Kingdom" are one. */
const SAME = [
	['uk', 'united kingdom', 'britain', 'great britain'],
	['us', 'usa', 'u s', 'united states', 'united states of america', 'america'],
	['eu', 'european union'],
	['un', 'united nations'],
	['who', 'world health organization', 'world health organisation']
];

/** Whether two names stand for the same thing (spelling, "the", common short forms). */
export function sameName(a: string, b: string): boolean {
	const x = keyOf(a);
	const y = keyOf(b);
	if (x === y) return true;
	return SAME.some((group) => group.includes(x) && group.includes(y));
}

function isMonthOrDay(word: string): boolean {
	return MONTHS.includes(word) || WEEKDAYS.includes(word);
}

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
		evidence,
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
