/**
 * Drafting facts from an article for an author to check: figures, dates, names, quotations, views, lists,
 * causes and definitions, each a schema v2 fact marked `draft: true` with the sentence it came from.
 */
import { paragraphs } from './bank.ts';
import { findCauses } from './draft-causes.ts';
import { displayName, findPositions, findQuotes, findReporterWords } from './draft-claims.ts';
import { findDefinitions } from './draft-definitions.ts';
import { findSets, type SetFind } from './draft-sets.ts';
import { findDates } from './draft-dates.ts';
import { findNumbers, type NumberFind } from './draft-figures.ts';
import type { Entity, NameIndex } from './draft-name-index.ts';
import { NOT_KINDS } from './draft-name-words.ts';
import { findNames } from './draft-names.ts';
import { readParagraph, upperFirst, words, type Paragraph } from './draft-text.ts';
import { slugId } from './text.ts';
import { lessonDefinitions, type LessonSection } from './draft-lessons.ts';
import {
	HONORIFICS,
	QUALIFIER_WORDS,
	eventPhrase,
	figureText,
	joinList,
	lastWord,
	measureOf,
	relationOf,
	reportedBy,
	verbPhrase
} from './draft-wording.ts';

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
