import { Document, isMap, isSeq, YAMLMap, type Node } from 'yaml';
import { extractHeadings } from '../content/markdown.ts';
import { paragraphs } from './bank.ts';
import { findCauses } from './draft-causes.ts';
import { displayName, findPositions, findQuotes, findReporterWords } from './draft-claims.ts';
import { findDefinitions } from './draft-definitions.ts';
import { findSets, type SetFind } from './draft-sets.ts';
import { findDates, findNumbers, type DateFind, type NumberFind } from './draft-figures.ts';
import type { Entity, NameIndex } from './draft-name-index.ts';
import { NOT_KINDS } from './draft-name-words.ts';
import { findNames } from './draft-names.ts';
import {
	lastWordTags,
	readParagraph,
	trimClause,
	upperFirst,
	words,
	type Paragraph
} from './draft-text.ts';
import { FIELDS, type Field } from './facts-types.ts';
import { formatNumber, normalise, slugId } from './text.ts';

/**
 * A fact drafted from an article, for an author to check and rewrite: schema v2 fields plus `draft: true`, the
 * sentence it came from and notes on what was guessed. The build refuses it until the author removes `draft`.
 */
export interface Draft {
	/** The fact as it will be written to facts.yaml (id, type, draft, statement, the type's fields, source, section). */
	fact: Record<string, unknown>;
	/** Its paragraph; 0 for a background definition read from a lesson. */
	paragraph: number;
	/** The article sentence (or lesson sentence) it was read from. */
	sentence: string;
	/** What the author should know: guesses, vague wording, pronouns read as names. */
	notes: string[];
	/** Offset in the paragraph, for ordering. */
	at: number;
}

/** A lesson section, for definitions read from its key-terms headings. */
export interface LessonSection {
	/** Section slug. */
	slug: string;
	/** Section title. */
	title: string;
	/** Markdown body (no front matter). */
	body: string;
}

/** What drafting needs besides the article. */
export interface DraftOptions {
	/** The article's name as facts cite it (the module slug). */
	article: string;
	/** The section slug a paragraph's facts go to. */
	sectionOf: (paragraph: number) => string;
	/** The module's lessons, once written: key-terms headings become definitions. */
	lessons?: LessonSection[];
	/** Ids already taken (facts the module has), never reused. */
	takenIds?: Iterable<string>;
}

/** Words that mark a field, for guessing `field:` (a hint for the author, never a fact). */
const FIELD_WORDS: Record<Field, string[]> = {
	'government-politics':
		'government minister ministers parliament election party parties policy summit prime president vote council politician politicians opposition law asylum migration border'.split(
			' '
		),
	'science-space':
		'telescope galaxy galaxies astronomer astronomers universe planet planets star stars nasa space study scientists research researchers light orbit physics physicists particle particles asteroid comet moon spacecraft satellite laboratory experiment'.split(
			' '
		),
	health:
		'vaccine vaccines vaccination disease diseases hospital hospitals patients patient health doctor doctors nurses cases infection infections infected virus outbreak clinic clinics symptoms antibiotic antibiotics bacteria bacterium superbug drug drugs medicine medicines treatment trial trials cancer therapy pathogen pandemic mortality medical'.split(
			' '
		),
	'economy-business':
		'strike pay wages company companies prices inflation trade market markets profit profits union economy economic business workers shipping port retailers costs tariff tariffs investors shares bank banks interest rates growth jobs unemployment revenue'.split(
			' '
		),
	sport:
		'marathon race record athletes athlete runner runners match matches championship coach team season medal medals olympic olympics football cup league goal goals tournament players player final'.split(
			' '
		),
	environment:
		'river rivers wildlife flood floods floodplain climate species salmon pollution farmers habitat restoration emissions forest forests drought rainfall carbon biodiversity wetland wetlands glacier warming'.split(
			' '
		),
	culture:
		'museum film films music festival artist artists book books novel theatre exhibition gallery painting paintings song album artefacts collection heritage'.split(
			' '
		)
};

/** The field whose words the article uses most, when it clearly leads; undefined when two are close. */
export function guessField(text: string): { field?: Field; counts: Record<string, number> } {
	const tokens = normalise(text).split(' ');
	const counts = Object.fromEntries(
		FIELDS.map((f) => [f, tokens.filter((w) => FIELD_WORDS[f].includes(w)).length])
	) as Record<Field, number>;
	const ranked = [...FIELDS].sort((a, b) => counts[b] - counts[a]);
	const [first, second] = ranked;
	const clear = counts[first] >= 4 && counts[first] >= 1.5 * counts[second];
	return { ...(clear ? { field: first } : {}), counts };
}

const QUALIFIER_WORDS: Record<string, string> = {
	exact: '',
	over: 'over ',
	'at-least': 'at least ',
	about: 'about ',
	under: 'under ',
	'up-to': 'up to '
};

/** A figure as the article would print it: "6,600", "4.8 million", "400 million to 650 million". */
function figureText(n: NumberFind): string {
	const f = (v: number) =>
		v >= 1e9 && v % 1e8 === 0
			? `${formatNumber(v / 1e9)} billion`
			: v >= 1e6 && v % 1e5 === 0
				? `${formatNumber(v / 1e6)} million`
				: formatNumber(v);
	return n.to !== undefined ? `${f(n.value)} to ${f(n.to)}` : f(n.value);
}

/**
 * Draft facts from an article: every figure with its unit and qualifier, dates and spans, names with a guessed
 * kind, quotations with their speaker, views with their holder, the reporter's own judging words, lists,
 * causes, terms the article explains, figures to compare, and (when lessons exist) the key-terms headings as
 * background definitions. Each draft is a schema v2 fact with `draft: true`; nothing here is ever published.
 */
export function draftFacts(text: string, options: DraftOptions): Draft[] {
	const paras = paragraphs(text).map((t, i) => readParagraph(t, i + 1));
	const names = findNames(paras);
	const sets = new Map(paras.map((p) => [p.n, findSets(p, names)]));
	const drafts: Draft[] = [];
	const ids = new Set(options.takenIds ?? []);
	const add = (
		paragraph: Paragraph | null,
		at: number,
		sentence: string,
		key: string,
		fact: Record<string, unknown>,
		notes: string[] = []
	) => {
		let id = slugId(key);
		for (let n = 2; ids.has(id); n++) id = `${slugId(key).slice(0, 36).replace(/-+$/, '')}-${n}`;
		ids.add(id);
		const { type, statement, ...rest } = fact;
		const source = paragraph
			? { source: { article: options.article, paragraph: paragraph.n } }
			: {};
		drafts.push({
			fact: {
				id,
				type,
				draft: true,
				statement,
				...rest,
				...source,
				section: (rest.section as string | undefined) ?? options.sectionOf(paragraph?.n ?? 0)
			},
			paragraph: paragraph?.n ?? 0,
			sentence,
			notes,
			at
		});
		return id;
	};

	for (const p of paras) {
		const numberIds: { find: NumberFind; id: string; sentence: number }[] = [];
		const positions = [...findPositions(p, names), ...findReporterWords(p)];
		const quotes = findQuotes(p, names);
		p.sentences.forEach((s, si) => {
			const offset = s.start;
			const dates = findDates(s.masked);
			const according = reportedBy(s.masked, names, p.n, si);
			for (const n of findNumbers(s.masked, dates)) {
				const measure = measureOf(n);
				const figure = figureText(n);
				const unitText = n.unit === '%' ? '%' : ` ${n.unit}`;
				const notes = [
					...(n.vague
						? [
								`vague in the article (“${n.vague}”): the range only stands in for it; keep the fact as vague as the article or leave it out`
							]
						: []),
					...(n.borrowed ? [`the unit is borrowed from the figure before it in the sentence`] : [])
				];
				const id = add(
					p,
					offset + n.start,
					s.text,
					`${QUALIFIER_WORDS[n.qualifier]}${figure} ${n.unit === '%' ? 'percent' : n.unit}`,
					{
						type: 'number',
						statement: n.vague
							? `The article gives a vague figure: ${n.vague} ${n.unit}.`
							: `The article gives ${QUALIFIER_WORDS[n.qualifier]}${figure}${unitText}${n.tail ? ` (${n.unit} ${n.tail})` : ''}.`,
						value: n.value,
						...(n.to !== undefined ? { to: n.to } : {}),
						unit: n.unit,
						qualifier: n.qualifier,
						measure,
						...(according ? { reportedBy: according } : {})
					},
					notes
				);
				numberIds.push({ find: n, id, sentence: si });
			}
			const seenWhen = new Set(
				drafts
					.filter((d) => d.paragraph === p.n && d.fact.type === 'event')
					.map((d) => `${d.fact.when}${d.fact.until ?? ''}`)
			);
			for (const d of dates) {
				const key = `${d.when}${d.until ?? ''}`;
				if (seenWhen.has(key)) continue;
				seenWhen.add(key);
				const event = eventPhrase(s.masked, d);
				add(
					p,
					offset + d.start,
					s.text,
					`${words(event, 4)} ${d.when}${d.until ? ` ${d.until}` : ''}`,
					{
						type: 'event',
						statement: `${upperFirst(event)}: ${d.text.replace(/^(?:on|in|since|by|from|until|till|during|between|before|after|of)\s+/i, '')}.`,
						event,
						when: d.when,
						...(d.until ? { until: d.until } : {}),
						granularity: d.granularity
					}
				);
			}
		});

		for (const q of quotes) {
			const s = p.sentences[q.sentence];
			add(
				p,
				s.start + q.start,
				q.source,
				`${lastWord(q.speaker.name)} ${words(q.words, 5)}`,
				{
					type: 'quote',
					statement: `${upperFirst(q.speaker.name)} said: “${q.words}”.`,
					speaker: q.speaker.name,
					speakerCategory: q.speaker.category,
					words: q.words,
					argues: 'TODO: what the quotation argues, in your own words'
				},
				q.speaker.note ? [`speaker: ${q.speaker.note}`] : []
			);
		}
		for (const v of positions) {
			const s = p.sentences[v.sentence];
			add(
				p,
				s.start + v.start,
				s.text,
				v.reporter ? `article ${v.reporter}` : `${lastWord(v.holder.name)} ${words(v.position, 5)}`,
				{
					type: 'position',
					statement: v.reporter
						? `In its own words, the article calls it “${v.reporter}”: ${v.position}.`
						: `${upperFirst(v.holder.name)} ${verbPhrase(v.verb, v.position)}.`,
					holder: v.holder.name,
					holderCategory: v.holder.category,
					position: v.reporter
						? `TODO: the article's own judgement, in your words (it says “${v.reporter}”: ${v.position})`
						: v.position
				},
				[
					...(v.holder.note ? [`holder: ${v.holder.note}`] : []),
					...(v.reporter ? [`the reporter's own word “${v.reporter}”, not a quoted side's`] : [])
				]
			);
		}
		for (const c of findCauses(p, names, positions)) {
			const s = p.sentences[c.sentence];
			add(
				p,
				s.start + c.start,
				s.text,
				`because ${words(c.cause, 5)}`,
				{
					type: 'cause',
					statement: `${upperFirst(c.effect)}, because ${c.cause.replace(/^the aim: /, 'of the aim ')}.`,
					cause: c.cause,
					effect: c.effect,
					...(c.by ? { by: c.by } : {})
				},
				[`read from “${c.cue}”: check which side is the cause`]
			);
		}
		for (const d of findDefinitions(p, names)) {
			const s = p.sentences[d.sentence];
			add(p, s.start + d.start, s.text, `term ${d.term}`, {
				type: 'definition',
				statement: `${upperFirst(d.term)}: ${d.meaning}.`,
				term: d.term,
				meaning: d.meaning,
				background: false
			});
		}
		const listed = new Map<Entity, SetFind>();
		for (const set of sets.get(p.n) ?? []) {
			const s = p.sentences[set.sentence];
			for (const e of set.entities) listed.set(e, set);
			add(
				p,
				s.start + set.start,
				s.text,
				set.name.startsWith('TODO') ? `list ${set.members.slice(0, 3).join(' ')}` : set.name,
				{
					type: 'set',
					statement: set.name.startsWith('TODO')
						? `The article lists ${joinList(set.members)} together.`
						: set.complete
							? `The ${set.name} are ${joinList(set.members)}.`
							: `${upperFirst(joinList(set.members))} are among the ${set.name}.`,
					name: set.name,
					category: set.category,
					members: set.members,
					complete: set.complete,
					relation: relationOf(set)
				},
				[
					`list read from ${set.why}${set.complete ? '' : '; `complete: false` unless the article names every member'}`
				]
			);
		}
		// Comparisons: two figures of one unit in a sentence ("200 adult salmon … compared with 12").
		for (let i = 0; i < numberIds.length; i++) {
			const a = numberIds[i];
			const b = numberIds
				.slice(i + 1)
				.find((x) => x.sentence === a.sentence && x.find.unit === a.find.unit && !x.find.vague);
			if (!b || a.find.vague) continue;
			const s = p.sentences[a.sentence];
			add(p, s.start + b.find.start, s.text, `compare ${a.id} ${b.id}`, {
				type: 'comparison',
				statement: `The article sets ${figureText(a.find)} ${a.find.unit} beside ${figureText(b.find)} ${b.find.unit}.`,
				figures: [a.id, b.id],
				finding: 'TODO: what comparing the two figures shows',
				notShown: ['TODO: a conclusion the two figures cannot support']
			});
			i = numberIds.indexOf(b) - 1 + 1;
		}
		for (const e of entitiesToDraft(p, names, listed)) {
			const m = e.mentions.find((x) => x.paragraph === p.n) ?? e.mentions[0];
			const s = p.sentences[m.sentence];
			const set = listed.get(e);
			const first = e.mentions[0].paragraph === p.n;
			const title = e.title && !HONORIFICS.test(e.title) ? e.title : undefined;
			const relation = set
				? relationOf(set)
				: first && title
					? title
					: first && e.apposition
						? words(e.apposition, 10)
						: 'TODO: its relation here, a short label';
			const role = set
				? set.name.startsWith('TODO')
					? `TODO: its role (the article lists it with ${joinList(set.members.filter((x) => x !== displayName(e)))})`
					: `one of the ${set.name}`
				: first && title
					? `the ${title}`
					: first && e.apposition
						? e.apposition.replace(/^who\s+/, 'the person who ')
						: 'TODO: its role, completing “The article names … as …”';
			const aliases = [...e.aliases].filter((a) => a !== e.name);
			add(
				p,
				s.start + m.start,
				s.text,
				e.name,
				{
					type: 'entity',
					statement: `The article names ${displayName(e)} as ${role.replace(/^TODO: .*/, 'TODO: (role)')}.`,
					entity: displayName(e),
					...(aliases.length ? { aliases } : {}),
					category: e.kind,
					relation,
					role
				},
				[`kind “${e.kind}”: ${e.kindWhy}`]
			);
		}
	}
	if (options.lessons) {
		for (const d of lessonDefinitions(options.lessons, text)) {
			add(
				null,
				0,
				d.sentence,
				`term ${d.term}`,
				{
					type: 'definition',
					statement: d.sentence,
					term: d.term,
					meaning: d.meaning,
					background: true,
					section: d.section,
					anchor: d.anchor
				},
				[
					`from the heading “${d.heading}” in section ${d.section}`,
					...(d.usedIn ? [`the article uses the term in paragraph ${d.usedIn}`] : [])
				]
			);
		}
	}
	return drafts.sort((a, b) => a.paragraph - b.paragraph || a.at - b.at);
}

/** Titles that say nothing of a person's role ("Dr", "Mrs"). */
const HONORIFICS =
	/^(?:Dr|Doctor|Mr|Mrs|Ms|Miss|Professor|Prof|Sir|Dame|Lord|Lady|Rev|Reverend)\.?$/;

/** What a figure measures, from the words after it; a TODO when the article leaves that to its context. */
function measureOf(n: NumberFind): string {
	const tail = n.tail.replace(/\s+(?:in|on|at|by|for|from|of|to)$/, '');
	if (n.unit === '%') {
		if (/^of\s/.test(tail)) return `the share ${tail}`;
		const first = tail.split(/\s+/)[0] ?? '';
		const noun =
			/^[a-z]+$/.test(first) &&
			!/^(?:after|before|since|than|over|in|on|at|by|for|from|to|the|a|an|was|were|is|are)$/.test(
				first
			) &&
			lastWordTags(`the ${first}`).has('Noun');
		if (noun) return `the ${tail}, in per cent`;
		return 'TODO: what the percentage measures, as a noun phrase (“the share of …”)';
	}
	if (!tail) return `TODO: what the ${n.unit} are, as a noun phrase (“${n.unit} that …”)`;
	const verb = /^(?:have|has|had|were|was|are|is|came|took|said|will|would|can|could)\b/.test(tail);
	const people =
		/people|children|parents|researchers|runners|members|migrants|farmers|workers|staff|patients/.test(
			n.unit
		);
	return `${n.unit} ${verb ? (people ? 'who ' : 'that ') : ''}${tail}`;
}

function lastWord(name: string): string {
	return name.split(/\s+/).slice(-1)[0] ?? name;
}

function joinList(list: string[]): string {
	return list.length < 2
		? list.join('')
		: `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

/** "argues that …", "urges the UK to …": how the article reports a view, for the statement to rewrite. */
function verbPhrase(verb: string, position: string): string {
	if (position.startsWith(`${verb} `) || position.startsWith('calls ')) return position;
	return `${verb}${/^(?:said|says|stated|states)$/.test(verb) ? '' : ' that'} ${position}`;
}

function relationOf(set: SetFind): string {
	return set.name.startsWith('TODO')
		? 'TODO: what the listed names share'
		: `among the ${set.name}`;
}

/** Who a sentence reports a figure from ("According to the union, …", "… according to the WHO"). */
function reportedBy(
	text: string,
	names: NameIndex,
	paragraph: number,
	sentence: number
): string | undefined {
	const m = /\b[Aa]ccording to\s+([^,.;]+)/.exec(text);
	if (!m) return undefined;
	const start = m.index + m[0].length - m[1].length;
	const mention = names
		.inSentence(paragraph, sentence)
		.find((x) => x.start >= start && x.start < start + m[1].length && !x.possessive);
	return mention ? displayName(mention.entity) : trimClause(m[1]);
}

/** What happened at a date: the clause around it, the date taken out ("a study published"). */
function eventPhrase(text: string, d: DateFind): string {
	// "a December agreement between…", "a 2023 study by his group": the date names the thing.
	const attributive = new RegExp(`\\b(?:an?|the)\\s+${escape(d.text)}\\s+[a-z]`).exec(text);
	if (attributive && !/^(?:on|in|since|by|from|until|between|during|of)\s/i.test(d.text)) {
		const np = text
			.slice(attributive.index)
			.split(/[;:.]\s|,\s(?!(?:and\s)?(?:the\s)?\p{Lu})|\s(?:to|which|that|who|in which)\s/u)[0];
		return words(trimClause(np), 14);
	}
	const clauses = text.split(/(?<=[,;:])\s+/);
	let offset = 0;
	let index = 0;
	for (let i = 0; i < clauses.length; i++) {
		if (d.start >= offset && d.start < offset + clauses[i].length + 1) {
			index = i;
			break;
		}
		offset += clauses[i].length + 1;
	}
	const strip = (c: string) =>
		trimClause(
			c
				.replace(d.text, ' ')
				.replace(/^(?:According to|Since|In|On|By|From|During)\s+/i, '')
				.replace(/\b(?:on|in|since|by|from|until|between|during|of)\s*$/i, '')
		);
	let event = strip(clauses[index] ?? text);
	if (/^(?:which|that|who)\b/.test(event) && index > 0)
		event = `${strip(clauses[index - 1])
			.split(/\s+/)
			.slice(-3)
			.join(' ')} ${event.replace(/^(?:which|that|who)\s+/, '')}`;
	if (event.split(/\s+/).length < 2)
		event = strip(clauses[index + 1] ?? clauses[index - 1] ?? text);
	if (event.split(/\s+/).length < 2) event = `TODO: what happened (${d.text})`;
	const out = words(
		event.replace(/^.*?\b(?:said|says|argues|believes|insists|warned|claims)\s+(?:that\s+)?/, ''),
		14
	);
	return /^(?:The|A|An|Its|His|Her|Their|This|These|Those|Some|Several|Many|Most|Other|Only)\s/.test(
		out
	)
		? out.charAt(0).toLowerCase() + out.slice(1)
		: out;
}

/**
 * Entities to draft in a paragraph: each name at its first real mention (not only as an owner or before a
 * plural noun, as in "Channel crossings"), and again where a later paragraph lists it; a later mention where it
 * speaks or holds a view is covered by that quotation or position.
 */
function entitiesToDraft(p: Paragraph, names: NameIndex, listed: Map<Entity, SetFind>): Entity[] {
	const real = (e: Entity, n: number) =>
		e.mentions.some(
			(m) =>
				m.paragraph === n &&
				!m.possessive &&
				!(m.modifier && (m.modifier.plural || NOT_KINDS.has(m.modifier.noun)))
		);
	const out: Entity[] = [];
	for (const e of names.entities) {
		if (!e.mentions.some((m) => m.paragraph === p.n)) continue;
		const firstReal = e.mentions.find((m) => real(e, m.paragraph))?.paragraph;
		if (firstReal === undefined) continue;
		if (listed.has(e) || firstReal === p.n) out.push(e);
	}
	return out;
}

/** A definition read from a lesson's key-terms heading. */
interface LessonDefinition {
	term: string;
	meaning: string;
	sentence: string;
	section: string;
	anchor: string;
	heading: string;
	usedIn?: number;
}

/**
 * Definitions from the headings of a key-terms section (a section or heading called "Key terms", "Glossary",
 * "Vocabulary"...): each heading whose first sentence says what it is ("An asylum seeker is a person who…").
 */
export function lessonDefinitions(lessons: LessonSection[], article = ''): LessonDefinition[] {
	const out: LessonDefinition[] = [];
	const paras = paragraphs(article).map((t) => normalise(t));
	for (const lesson of lessons) {
		const keyTerms = /\b(?:key terms?|glossary|vocabulary|definitions|words to know)\b/i.test(
			lesson.title
		);
		const headings = extractHeadings(lesson.body);
		const lines = lesson.body.split('\n');
		let inKeyTerms = keyTerms;
		for (const h of headings) {
			if (/\b(?:key terms?|glossary|vocabulary|definitions)\b/i.test(h.text)) {
				inKeyTerms = true;
				continue;
			}
			if (!inKeyTerms) continue;
			const start = lines.findIndex((l) => new RegExp(`^#{2,6}\\s+${escape(h.text)}\\s*$`).test(l));
			if (start === -1) continue;
			const body = lines
				.slice(start + 1)
				.join('\n')
				.split(/\n#{1,6}\s/)[0]
				.trim()
				.split(/\n\s*\n/)[0]
				.replace(/\s+/g, ' ')
				.trim();
			const first = /^(.+?[.!?])(?:\s|$)/.exec(body)?.[1] ?? body;
			const term = h.text.trim();
			const lowerTerm =
				/^\p{Lu}\p{Ll}/u.test(term) && term.split(/\s+/).every((w) => !/^\p{Lu}{2,}/u.test(w))
					? term.toLowerCase()
					: term;
			const is = new RegExp(
				`^(?:an?\\s+|the\\s+)?${escape(lowerTerm).replace(/\\ /g, '\\s+')}s?\\s+(?:is|are|means|refers to)\\s+(.+)$`,
				'i'
			).exec(first);
			if (!is || term.split(/\s+/).length > 4) continue;
			const meaning = is[1].replace(/[.!?]$/, '');
			const term2 = normalise(lowerTerm);
			const at = paras.findIndex(
				(p) => ` ${p} `.includes(` ${term2} `) || ` ${p} `.includes(` ${term2}s `)
			);
			out.push({
				term: lowerTerm,
				meaning,
				sentence: first,
				section: lesson.slug,
				anchor: h.id,
				heading: term,
				...(at >= 0 ? { usedIn: at + 1 } : {})
			});
		}
	}
	return out;
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The drafts as facts.yaml text: a header, `field:` when guessed, then each fact preceded by the sentence it came
 * from and the notes as comments, grouped by paragraph.
 */
export function draftsYaml(
	drafts: Draft[],
	options: { header?: string[]; field?: Field; fieldNote?: string } = {}
): string {
	const doc = new Document({
		...(options.field ? { field: options.field } : {}),
		facts: drafts.map((d) => d.fact)
	});
	const list = doc.get('facts', true);
	if (isSeq(list)) {
		let last = -1;
		(list.items as Node[]).forEach((node, i) => {
			const d = drafts[i];
			const lines: string[] = [];
			if (d.paragraph !== last) {
				lines.push(
					d.paragraph === 0
						? ' ---------------------------------------------------------------- from the lessons (background)'
						: ` ---------------------------------------------------------------- paragraph ${d.paragraph}`
				);
				last = d.paragraph;
			}
			lines.push(
				` ${d.paragraph === 0 ? 'lesson' : 'article'}: ${d.sentence}`,
				...d.notes.map((n) => ` note: ${n}`)
			);
			node.commentBefore = lines.join('\n');
			node.spaceBefore = i > 0;
			if (isMap(node)) {
				for (const key of ['source', 'members', 'aliases', 'figures']) {
					const value = node.get(key, true);
					if (value && (isMap(value) || isSeq(value))) (value as YAMLMap).flow = true;
				}
			}
		});
	}
	if (options.header?.length) doc.commentBefore = options.header.map((l) => ` ${l}`).join('\n');
	if (options.fieldNote && options.field) {
		const pair = doc.contents && isMap(doc.contents) ? doc.contents.items[0] : undefined;
		if (pair?.value && typeof pair.value === 'object' && 'comment' in pair.value)
			(pair.value as { comment?: string }).comment = ` ${options.fieldNote}`;
	}
	return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
