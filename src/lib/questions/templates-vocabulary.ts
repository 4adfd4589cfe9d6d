// Definition facts (vocabulary in context) and section gists (main idea).
import { endSentence, type Base } from './arrange.ts';
import { definitionKind } from './fact-text.ts';
import type { DefinitionFact } from './facts-types.ts';
import { pickDistractors } from './knowledge.ts';
import { capitalise } from '../format.ts';
import type { Generator } from './generator.ts';
import { type SectionGist, OPTIONS, distinct } from './generate-helpers.ts';

// ------------------------------------------------------------------ vocabulary

export function definitionItems(gen: Generator, f: DefinitionFact): void {
	const group = `${f.id}:vocabulary`;
	// Only definitions of the same kind: "a person who..." is no wrong meaning for an agency.
	const kind = definitionKind(f);
	const others = gen.facts.filter(
		(g): g is DefinitionFact =>
			g.type === 'definition' && g.id !== f.id && definitionKind(g) === kind
	);
	const meaning = endSentence(f.meaning);
	const meanings = distinct(
		others.map((g) => endSentence(g.meaning)),
		[meaning]
	);
	const author = distinct((f.alternatives ?? []).map(endSentence), [meaning]);
	const terms = distinct(
		others.map((g) => g.term),
		[f.term, ...(f.aliases ?? [])]
	);
	const inArticle = f.background ? '' : 'In the article, ';
	const rng = gen.rng(`${f.id}.meaning`);
	const blank = {
		...gen.base([f], 'blank', 'vocabulary', `___ is the term for ${meaning}.`, f.statement),
		type: 'blank' as const,
		accept: [f.term, ...(f.aliases ?? [])]
	};
	let rank = 0;
	// About one term in three is typed: the reader recalls the word rather than recognising it.
	if (gen.third(f.id) && gen.add({ kind: 'ready', item: blank }, group, rank)) rank += 1;
	const meaningItem = gen.choice(
		gen.base(
			[f],
			'meaning',
			'vocabulary',
			`${inArticle}what does “${f.term}” mean?`.replace(/^w/, 'W'),
			f.statement
		),
		'single',
		meaning,
		pickDistractors(meaning, { module: [], author, pool: meanings }, OPTIONS - 1, rng)
	);
	if (gen.add(meaningItem, group, rank)) rank += 1;
	const termItem = gen.choice(
		gen.base(
			[f],
			'term',
			'vocabulary',
			`Which term ${f.background ? 'means' : 'does the article use for'} ${meaning}?`,
			f.statement
		),
		'single',
		f.term,
		pickDistractors(
			f.term,
			{ module: terms, author: [], pool: [] },
			OPTIONS - 1,
			gen.rng(`${f.id}.term`)
		)
	);
	if (gen.add(termItem, group, rank)) rank += 1;
	if (!gen.third(f.id)) gen.add({ kind: 'ready', item: blank }, group, rank);
}

// ------------------------------------------------------------------ main idea

/** Per section with a gist: what is it mainly about, against the other sections' gists. */
export function mainIdeaItems(gen: Generator): void {
	const gists = gen.sections.filter(
		(s): s is SectionGist & { gist: string } => typeof s.gist === 'string' && s.gist.trim() !== ''
	);
	for (const s of gists) {
		const facts = gen.facts.filter((f) => f.section === s.slug);
		if (facts.length === 0) {
			continue;
		}
		const key = capitalise(endSentence(s.gist));
		const others = gists
			.filter((g) => g.slug !== s.slug)
			.map((g) => capitalise(endSentence(g.gist)));
		const base: Base = {
			id: `${s.slug}.main-idea`,
			origin: 'generated',
			template: 'main-idea',
			skill: 'main-idea',
			facts: facts.map((f) => f.id),
			section: s.slug,
			stem: `What is the lesson section “${s.title}” mainly about?`,
			explanation: `The section “${s.title}” is mainly about this: ${endSentence(s.gist).charAt(0).toLowerCase()}${endSentence(s.gist).slice(1)}.`
		};
		const draft = gen.choice(
			base,
			'single',
			key,
			pickDistractors(
				key,
				{ module: others, author: [], pool: [] },
				OPTIONS - 1,
				gen.rng(`${s.slug}.main-idea`)
			)
		);
		gen.add(draft, `${s.slug}:main-idea`);
	}
}
