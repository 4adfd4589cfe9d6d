// Quotation and position facts: who said or argues what, for which reason, on which evidence, against whom; the reporter's own words (claims and evidence).
import nlp from 'compromise';
import { endSentence, type Draft } from './arrange.ts';
import { isReporter } from './fact-text.ts';
import type { Fact, PositionFact, QuoteFact } from './facts-types.ts';
import { nameKey, pickDistractors } from './knowledge.ts';
import { normalise, STOPWORDS } from './text.ts';
import { capitalise } from '../format.ts';
import type { Item } from './types.ts';
import type { Generator } from './generator.ts';
import {
	OPTIONS,
	WEAK_WORDS,
	voiceFamily,
	REPORTER_STEMS,
	lowerFirst,
	distinct
} from './generate-helpers.ts';

// ------------------------------------------------------------------ claims and evidence

/**
 * Module voices of a kind other than `except`: speakers, holders and the members of a list that counts one
 * of them in, never one recorded with the same words or view and never an ally of `except` (see
 * `Knowledge.allied`), nor the reporter. What is left stands in another camp: a plausible voice on the topic
 * whose views differ.
 */
export function otherVoices(
	gen: Generator,
	except: string,
	kind: string,
	same: (f: QuoteFact | PositionFact) => boolean
): string[] {
	const blocked = new Set(
		gen.facts
			.filter(
				(f): f is QuoteFact | PositionFact =>
					(f.type === 'quote' || f.type === 'position') && same(f)
			)
			.map((f) => nameKey(f.type === 'quote' ? f.speaker : f.holder))
	);
	const out: string[] = [];
	const seen = new Set([nameKey(except)]);
	for (const name of voices(gen).get(kind.toLowerCase()) ?? []) {
		if (
			seen.has(nameKey(name)) ||
			blocked.has(nameKey(name)) ||
			isReporter(name) ||
			gen.know.allied(name, except)
		)
			continue;
		seen.add(nameKey(name));
		out.push(name);
	}
	return out;
}

/** Module voices by kind, in fact order: speakers, holders, and the members of a set listing one of them. */
export function voices(gen: Generator): Map<string, string[]> {
	if (gen.voiceList) return gen.voiceList;
	const speakers = new Set(
		gen.facts.flatMap((f) =>
			f.type === 'quote' ? [f.speaker] : f.type === 'position' ? [f.holder] : []
		)
	);
	const out = new Map<string, string[]>();
	const add = (kind: string, names: string[]) =>
		out.set(kind.toLowerCase(), [...(out.get(kind.toLowerCase()) ?? []), ...names]);
	for (const f of gen.facts) {
		if (f.type === 'quote') add(f.speakerCategory, [f.speaker]);
		if (f.type === 'position') add(f.holderCategory, [f.holder]);
		if (f.type === 'set' && f.members.some((m) => [...speakers].some((s) => gen.know.allied(m, s))))
			add(f.category, f.members);
	}
	gen.voiceList = out;
	return out;
}

/** Other names the facts give a voice (an entity's aliases), with and without a leading "the". */
export function aliasesOf(gen: Generator, name: string): string[] {
	const out: string[] = [];
	for (const f of gen.facts) {
		if (f.type === 'entity' && nameKey(f.entity) === nameKey(name))
			out.push(f.entity, ...(f.aliases ?? []));
	}
	if (/^the\s/i.test(name)) out.push(name.replace(/^the\s+/i, ''));
	return out;
}

/** Whether a voice is a person or a group, from the kind its facts give it. */
export function familyOf(gen: Generator, name: string): 'person' | 'group' {
	for (const f of gen.facts) {
		if (f.type === 'position' && nameKey(f.holder) === nameKey(name))
			return voiceFamily(f.holderCategory);
		if (f.type === 'quote' && nameKey(f.speaker) === nameKey(name))
			return voiceFamily(f.speakerCategory);
	}
	return 'group';
}

/** Views (positions and quotations' points) of voices in other camps than `holder`: another side's claim. */
export function otherViews(
	gen: Generator,
	holder: string,
	sameFamily = false,
	reasons = false
): string[] {
	// With `sameFamily`, only voices of the holder's own family (people with people, groups with groups): a
	// person may speak for a group in ways the facts do not record (a chief executive for the company), so
	// "which view is the company's" never offers the chief executive's.
	const family = sameFamily ? familyOf(gen, holder) : undefined;
	// Where the facts say who contests whom, only the holder's opponents speak against it: a third voice
	// may share the holder's view unrecorded.
	const opponents = opponentsOf(gen, holder);
	const other = (name: string, kind: string) =>
		!isReporter(name) &&
		nameKey(name) !== nameKey(holder) &&
		!gen.know.allied(name, holder) &&
		(family === undefined || voiceFamily(kind) === family) &&
		(opponents.size === 0 ||
			[...opponents].some((o) => nameKey(o) === nameKey(name) || gen.know.allied(o, name)));
	// With `reasons`, other sides' reasons first: they read as reasons, where a bare view may not.
	const own = reasons
		? gen.facts.flatMap((g) =>
				g.type === 'position' && g.reason && other(g.holder, g.holderCategory) ? [g.reason] : []
			)
		: [];
	return distinct([
		...own,
		...gen.facts.flatMap((g) => {
			if (g.type === 'position' && other(g.holder, g.holderCategory)) return [g.position];
			if (g.type === 'quote' && other(g.speaker, g.speakerCategory)) return [g.argues];
			return [];
		})
	]).map((t) => capitalise(endSentence(t)));
}

/** Voices of the views that contest this one, or that this one contests (`contestedBy`, either way). */
export function positionOpponents(gen: Generator, f: PositionFact): Set<string> {
	const voiceOf = (g: Fact | undefined) =>
		g?.type === 'position' ? g.holder : g?.type === 'quote' ? g.speaker : undefined;
	const out = new Set<string>();
	for (const id of f.contestedBy ?? []) {
		const v = voiceOf(gen.byId.get(id));
		if (v) out.add(v);
	}
	for (const g of gen.facts) {
		if (g.type === 'position' && (g.contestedBy ?? []).includes(f.id)) out.add(g.holder);
	}
	return out;
}

/** Voices whose positions contest the holder's, or that the holder's contest (`contestedBy`). */
export function opponentsOf(gen: Generator, holder: string): Set<string> {
	const voiceOf = (g: Fact | undefined) =>
		g?.type === 'position' ? g.holder : g?.type === 'quote' ? g.speaker : undefined;
	const out = new Set<string>();
	for (const f of gen.facts) {
		if (f.type !== 'position') continue;
		for (const id of f.contestedBy ?? []) {
			const other = voiceOf(gen.byId.get(id));
			if (!other) continue;
			if (nameKey(f.holder) === nameKey(holder)) out.add(other);
			if (nameKey(other) === nameKey(holder)) out.add(f.holder);
		}
	}
	return out;
}

export function quoteItems(gen: Generator, f: QuoteFact): void {
	const group = `${f.id}:claims`;
	const same = (g: QuoteFact | PositionFact) =>
		g.type === 'quote' && normalise(g.words) === normalise(f.words);
	const voices = otherVoices(gen, f.speaker, f.speakerCategory, same);
	const why = `${f.statement} ${f.argues ? capitalise(endSentence(f.argues)) + '.' : ''}`.trim();
	let rank = 0;
	const whosaid = gen.choice(
		gen.base(
			[f],
			'whosaid',
			'claims-evidence',
			`Who, according to the article, said “${f.words}”?`,
			why
		),
		'whosaid',
		f.speaker,
		pickDistractors(
			f.speaker,
			{ module: voices, author: [], pool: [] },
			OPTIONS - 1,
			gen.rng(`${f.id}.whosaid`)
		)
	);
	if (gen.add(whosaid, group, rank)) rank += 1;
	const point = capitalise(endSentence(f.argues));
	const views = otherViews(gen, f.speaker).filter((v) => normalise(v) !== normalise(point));
	const stem = `What point is ${f.speaker} making, according to the article, in saying “${f.words}”?`;
	if (
		gen.add(
			gen.choice(
				gen.base([f], 'point', 'claims-evidence', stem, why),
				'single',
				point,
				pickDistractors(
					point,
					{ module: views, author: [], pool: [] },
					OPTIONS - 1,
					gen.rng(`${f.id}.point`)
				)
			),
			group,
			rank
		)
	)
		rank += 1;
	if (rank === 0)
		gen.note(f.id, 'no claims item: the article has fewer than two voices or views in other camps');

	// Nouns and adjectives carry a quotation's meaning; a preposition or a verb with one sensible choice
	// ("through", "shut") tests nothing.
	const nouns = new Set(
		(nlp(f.words).terms().json() as { terms: { text: string; tags: string[] }[] }[])
			.flatMap((t) => t.terms)
			.filter(
				(t) =>
					t.tags.some((tag) => tag === 'Noun' || tag === 'Adjective') && !t.tags.includes('Pronoun')
			)
			.map((t) => t.text.toLowerCase())
	);
	const words: string[] = (f.words.match(/[\p{L}’']+/gu) ?? []).filter((w) =>
		nouns.has(w.toLowerCase())
	);
	const candidates = [
		...new Set(
			words.filter(
				(w) =>
					w.length >= 5 &&
					!STOPWORDS.has(w.toLowerCase()) &&
					!WEAK_WORDS.has(w.toLowerCase()) &&
					!/[’']/.test(w)
			)
		)
	].sort((a, b) => b.length - a.length || words.indexOf(a) - words.indexOf(b));
	// The longest word: one that carries the quotation's meaning, not a function word or a filler verb.
	const gap = candidates[0];
	if (gap) {
		const text = f.words.replace(new RegExp(`(?<![\\p{L}])${gap}(?![\\p{L}])`, 'u'), '___');
		gen.add(
			{
				kind: 'ready',
				item: {
					...gen.base([f], 'blank', 'key-detail', `${f.speaker} said: “${text}”.`, why),
					type: 'blank',
					accept: [gap]
				}
			},
			group,
			rank
		);
	}
}

export function positionItems(gen: Generator, f: PositionFact): void {
	const group = `${f.id}:claims`;
	const position = endSentence(f.position);
	let rank = 0;
	const next = (draft: Draft | null) => {
		if (gen.add(draft, group, rank)) rank += 1;
	};
	if (isReporter(f.holder) && gen.reporterAsked < REPORTER_STEMS.length) {
		// The reporter's own words set against what the sides argue.
		const sides = distinct(
			gen.facts.flatMap((g) => (g.type === 'position' && !isReporter(g.holder) ? [g.position] : []))
		).map((t) => capitalise(endSentence(t)));
		// Each reporter's statement gets its own wording of the question, so no two stems repeat.
		const stem = REPORTER_STEMS[gen.reporterAsked++];
		const why = `${f.statement} The other statements are views the article attributes to the people and groups it reports on.`;
		next(
			gen.choice(
				gen.base([f], 'reporter', 'claims-evidence', stem, why),
				'single',
				capitalise(position),
				pickDistractors(
					position,
					{ module: sides, author: [], pool: [] },
					OPTIONS - 1,
					gen.rng(`${f.id}.reporter`)
				)
			)
		);
	}
	if (f.reason) {
		const key = capitalise(endSentence(f.reason));
		const stem = `What reason does the article report ${f.holder} giving for the view that ${position}?`;
		const wrong = otherViews(gen, f.holder, false, true).filter(
			(v) => normalise(v) !== normalise(key) && normalise(v) !== normalise(position)
		);
		next(
			gen.choice(
				gen.base([f], 'reason', 'claims-evidence', stem, f.statement),
				'single',
				key,
				pickDistractors(
					key,
					{ module: wrong, author: [], pool: [] },
					OPTIONS - 1,
					gen.rng(`${f.id}.reason`)
				)
			)
		);
	}
	const against = (f.contestedBy ?? [])
		.map((id) => gen.byId.get(id))
		.filter((g): g is QuoteFact | PositionFact => g?.type === 'position' || g?.type === 'quote');
	if (against.length > 0) {
		const g = against[0];
		const key = capitalise(endSentence(g.type === 'position' ? g.position : g.argues));
		const allies = distinct(
			gen.facts.flatMap((h) =>
				h.type === 'position' &&
				h.id !== f.id &&
				!isReporter(h.holder) &&
				(nameKey(h.holder) === nameKey(f.holder) || gen.know.allied(h.holder, f.holder))
					? [h.position]
					: []
			)
		).map((t) => capitalise(endSentence(t)));
		const stem = `Which view reported in the article goes against ${f.holder}'s view that ${position}?`;
		const why = `${f.statement} ${g.statement}`;
		next(
			gen.choice(
				gen.base([f, g], 'contested', 'claims-evidence', stem, why),
				'single',
				key,
				pickDistractors(
					key,
					{ module: allies, author: [], pool: [] },
					OPTIONS - 1,
					gen.rng(`${f.id}.contested`)
				)
			)
		);
	}
	const evidence = (f.evidence ?? [])
		.map((id) => gen.byId.get(id))
		.filter((g): g is Fact => g !== undefined);
	if (evidence.length > 0) {
		// From the evidence to the view it is given for: "which view does the article give this in support
		// of?", against the views of the side's opponents. The other way round ("which of these supports the
		// view?") would set other evidence against it, and another side's evidence may support this view too
		// ("the old routes needed 35 drivers" for "the routes cost too much").
		const g = evidence[0];
		const key = capitalise(position);
		const opponents = opponentsOf(gen, f.holder);
		const wrong =
			opponents.size === 0
				? []
				: otherViews(gen, f.holder).filter((v) => normalise(v) !== normalise(key));
		const stem = `The article reports this: ${lowerFirst(endSentence(g.statement))}. Which view does it give this in support of?`;
		next(
			gen.choice(
				gen.base([f, g], 'evidence', 'claims-evidence', stem, `${f.statement} ${g.statement}`),
				'single',
				key,
				pickDistractors(
					key,
					{ module: wrong, author: [], pool: [] },
					OPTIONS - 1,
					gen.rng(`${f.id}.evidence`)
				)
			)
		);
	}
	// "Who argues X?" and "which view is theirs?" are only sound against voices known to disagree: a voice of
	// another camp may well share a view the article happens to report from one side only ("the crossings
	// must be reduced"). Without a `contestedBy` link on either side, the holder is typed instead.
	const opponents = positionOpponents(gen, f);
	if (!isReporter(f.holder) && opponents.size > 0) {
		const same = (g: QuoteFact | PositionFact) =>
			g.type === 'position' && normalise(g.position) === normalise(f.position);
		const voices = otherVoices(gen, f.holder, f.holderCategory, same).filter((v) =>
			[...opponents].some((o) => nameKey(o) === nameKey(v) || gen.know.allied(o, v))
		);
		const distractors = pickDistractors(
			f.holder,
			{ module: voices, author: [], pool: [] },
			OPTIONS - 1,
			gen.rng(`${f.id}.whosaid`)
		);
		next(
			gen.choice(
				gen.base(
					[f],
					'whosaid',
					'claims-evidence',
					`Who, according to the article, argues that ${position}?`,
					f.statement
				),
				'whosaid',
				f.holder,
				distractors
			)
		);
		// Which view is the holder's, against other camps' views: asked once per holder, so no two such stems repeat.
		const first = gen.facts.find(
			(g) =>
				g.type === 'position' &&
				nameKey(g.holder) === nameKey(f.holder) &&
				!gen.viewAsked.has(nameKey(g.holder))
		);
		if (first === f) {
			const key = capitalise(position);
			const wrong = otherViews(gen, f.holder, true).filter((v) => normalise(v) !== normalise(key));
			const draft = gen.choice(
				gen.base(
					[f],
					'view',
					'claims-evidence',
					`Which of these views does the article report ${f.holder} as holding?`,
					f.statement
				),
				'single',
				key,
				pickDistractors(
					key,
					{ module: wrong, author: [], pool: [] },
					OPTIONS - 1,
					gen.rng(`${f.id}.view`)
				)
			);
			if (draft) gen.viewAsked.add(nameKey(f.holder));
			next(draft);
		}
	}
	if (!isReporter(f.holder)) {
		// Last: who argues it, typed. Sound whatever the other voices: the answer is whom the article names.
		const names = [f.holder, ...aliasesOf(gen, f.holder)];
		const typed: Item = {
			...gen.base(
				[f],
				'holder-blank',
				'claims-evidence',
				`According to the article, ___ argues that ${position}.`,
				f.statement
			),
			type: 'blank',
			accept: [...new Set(names)]
		};
		const before = rank;
		next({ kind: 'ready', item: typed });
		rank = before;
	}
	if (rank === 0)
		gen.note(
			f.id,
			'no claims item: fewer than two voices or views of other camps; give `reason`, `evidence` or `contestedBy`'
		);
}
