import { describe, expect, it } from 'vitest';
import { formatViolation, runChecks } from './checks.ts';
import { definitionKind } from './fact-text.ts';
import type { CauseFact, DefinitionFact, EntityFact, Fact, PositionFact, QuoteFact, SetFact } from './facts-types.ts';
import { parseFacts } from './facts.ts';
import { generateItems } from './generate.ts';
import { POOLS } from './pools.ts';
import { isChoice, keyIds, type Item } from './types.ts';

const source = { article: 'a', paragraph: 1 };
const section = 's';

const position = (id: string, holder: string, text: string, holderCategory: PositionFact['holderCategory'] = 'organisation'): PositionFact => ({
	id,
	type: 'position',
	statement: `${holder} holds that ${text}.`,
	source,
	section,
	holder,
	holderCategory,
	position: text
});

const distractors = (item: Item | undefined): string[] => {
	if (!item || !isChoice(item)) return [];
	const keys = new Set(keyIds(item));
	return item.options.filter((o) => !keys.has(o.id)).map((o) => o.text);
};

const bank = (facts: Fact[], seed = 'd') => {
	const items = generateItems(facts, { seed });
	expect(runChecks(items, facts).map(formatViolation)).toEqual([]);
	const byId = new Map(items.map((i) => [i.id, i]));
	return { items, get: (id: string) => byId.get(id) };
};

describe('who holds it: allies are never each other’s distractors', () => {
	const critics: SetFact = {
		id: 'critics',
		type: 'set',
		statement: 'Amnesty International and the Refugee Council are among the human-rights organisations that criticised the government.',
		source,
		section,
		name: 'human-rights organisations that criticised the government',
		category: 'organisation',
		members: ['Amnesty International', 'the Refugee Council'],
		complete: false
	};
	const facts: Fact[] = [
		critics,
		position('amnesty-asylum', 'Amnesty International', 'people should be able to enter another country to claim asylum'),
		position('council-pathways', 'the Refugee Council', 'the UK should expand legal pathways for seeking asylum'),
		position('council-enforcement', 'the Refugee Council', 'enforcement alone is ineffective'),
		position('groups-hardline', 'human-rights organisations', 'the stance is too hardline'),
		position('government-crossings', 'the UK government', 'the dangerous boat crossings must be reduced'),
		{
			id: 'amnesty-quote',
			type: 'quote',
			statement: 'Amnesty International said everyone should be allowed to seek asylum.',
			source,
			section,
			speaker: 'Amnesty International',
			speakerCategory: 'organisation',
			words: 'everyone should be allowed to seek asylum',
			argues: 'crossing a border to ask for protection must stay possible'
		} satisfies QuoteFact
	];

	it('leaves out members of one set and the group that lists them, and keeps the other camp', () => {
		for (const seed of ['a', 'b', 'c']) {
			const { get } = bank(facts, seed);
			const amnesty = distractors(get('amnesty-asylum.whosaid'));
			expect(amnesty).not.toContain('the Refugee Council');
			expect(amnesty).not.toContain('human-rights organisations');
			expect(amnesty).toContain('the UK government');
			for (const id of ['council-pathways.whosaid', 'council-enforcement.whosaid']) {
				expect(distractors(get(id))).not.toContain('Amnesty International');
				expect(distractors(get(id))).toContain('the UK government');
			}
			expect(distractors(get('amnesty-quote.whosaid'))).not.toContain('the Refugee Council');
			const tf = get('amnesty-quote.quote-tf');
			expect(tf?.stem).not.toMatch(/Refugee Council|human-rights organisations/);
		}
	});
});

describe('pool voices are clearly unconnected to the views', () => {
	const politicians = [
		'Yvette Cooper',
		'Rishi Sunak',
		'Emmanuel Macron',
		'Olaf Scholz',
		'Giorgia Meloni',
		'Ursula von der Leyen',
		'Pedro Sánchez',
		'Mark Rutte',
		'Donald Tusk'
	];
	const rightsBodies = ['Human Rights Watch', 'Médecins Sans Frontières', 'Save the Children', 'Oxfam', 'the Red Cross', 'UNICEF'];
	const voices = (category: 'person' | 'organisation') =>
		POOLS[category].filter((e) => e.use !== 'role').map((e) => e.name);

	it('the shared pools hold no politicians of the topic, and rights bodies only stand in roles', () => {
		const all = Object.values(POOLS).flatMap((list) => list.map((e) => e.name));
		for (const name of politicians) expect(all).not.toContain(name);
		expect(voices('organisation')).not.toContain('Human Rights Watch');
		expect(voices('person').length).toBeGreaterThanOrEqual(6);
		expect(voices('organisation').length).toBeGreaterThanOrEqual(6);
	});

	it('speakers and holders are only ever set against pool voices', () => {
		const facts: Fact[] = [
			position('pm-cooperation', 'Keir Starmer', 'countries must cooperate to take smuggling gangs apart', 'person'),
			position('pm-routes', 'Keir Starmer', 'smuggling routes should be tackled at every stage', 'person'),
			{
				id: 'pm-quote',
				type: 'quote',
				statement: 'Keir Starmer said turning a blind eye is not compassionate.',
				source,
				section,
				speaker: 'Keir Starmer',
				speakerCategory: 'person',
				words: 'There is nothing compassionate about turning a blind eye',
				argues: 'strong action can be defended'
			},
			position('amnesty-asylum', 'Amnesty International', 'people should be able to enter another country to claim asylum')
		];
		for (const seed of ['a', 'b', 'c', 'd']) {
			const { items } = bank(facts, seed);
			const people = voices('person');
			for (const id of ['pm-cooperation.whosaid', 'pm-routes.whosaid', 'pm-quote.whosaid']) {
				const offered = distractors(items.find((i) => i.id === id));
				expect(offered.length).toBeGreaterThanOrEqual(2);
				for (const d of offered) {
					expect(people).toContain(d);
					expect(politicians).not.toContain(d);
				}
			}
			for (const d of distractors(items.find((i) => i.id === 'amnesty-asylum.whosaid'))) {
				expect(voices('organisation')).toContain(d);
				expect(rightsBodies).not.toContain(d);
			}
			for (const tf of items.filter((i) => i.type === 'truefalse' && i.answer === 'false')) {
				const named = [...people, ...voices('organisation')].filter((n) => tf.stem.includes(n));
				expect(named.length, tf.stem).toBe(1);
			}
		}
	});
});

describe('definitions: wrong meanings and terms of the same kind', () => {
	const definition = (id: string, term: string, meaning: string, kind?: DefinitionFact['kind']): DefinitionFact => ({
		id,
		type: 'definition',
		statement: `${term} means ${meaning}.`,
		section,
		term,
		meaning,
		background: true,
		...(kind ? { kind } : {})
	});
	const agencies = [
		definition('europol', 'Europol', "the European Union's law-enforcement agency, which supports police cooperation"),
		definition('interpol', 'Interpol', 'an international organisation that helps police forces share information'),
		definition('afripol', 'Afripol', "the African Union's body for police cooperation between African countries")
	];
	const acts = [
		definition('smuggling', 'people smuggling', 'helping someone cross a border without permission for payment'),
		definition('trafficking', 'human trafficking', 'recruiting or moving people by force or deception to exploit them'),
		definition('deportation', 'deportation', 'the official removal of a person from a country by its government')
	];
	const people = [
		definition('refugee', 'refugee', 'a person who fled their country over a well-founded fear of persecution'),
		definition('asylum-seeker', 'asylum seeker', 'a person who has applied for refugee protection and awaits a decision')
	];

	it('reads the kind from the meaning’s head noun, or takes the `kind` field', () => {
		expect(agencies.map(definitionKind)).toEqual(['organisation', 'organisation', 'organisation']);
		expect(acts.map(definitionKind)).toEqual(['act', 'act', 'act']);
		expect(people.map(definitionKind)).toEqual(['person', 'person']);
		expect(definitionKind(definition('transit', 'transit country', 'a nation that migrants travel through'))).toBe('place');
		expect(definitionKind(definition('manifest', 'manifest', 'the list of goods a ship carries'))).toBe('thing');
		expect(definitionKind(definition('crew', 'crew', 'the list of people aboard', 'person'))).toBe('person');
	});

	it('an agency’s meaning is only set against other agencies’ meanings', () => {
		const facts = [...agencies, ...acts, ...people];
		for (const seed of ['a', 'b', 'c']) {
			const { get } = bank(facts, seed);
			const meanings = (ds: DefinitionFact[]) => ds.map((d) => d.meaning);
			for (const d of agencies) {
				const others = meanings(agencies.filter((g) => g !== d));
				const item = get(`${d.id}.meaning`);
				if (item) expect(distractors(item).every((t) => others.includes(t))).toBe(true);
				expect(distractors(get(`${d.id}.term`)).every((t) => ['Europol', 'Interpol', 'Afripol'].includes(t))).toBe(true);
				const tf = get(`${d.id}.definition-tf`);
				if (tf?.type === 'truefalse' && tf.answer === 'false') expect(tf.stem).not.toMatch(/a person|helping|recruiting|removal/);
			}
			expect(get('europol.meaning') ?? get('afripol.meaning')).toBeDefined();
			for (const d of acts) {
				expect(distractors(get(`${d.id}.meaning`)).every((t) => meanings(acts).includes(t))).toBe(true);
			}
			// Two person terms are too few for a choice: no item offers a non-person meaning for them.
			for (const d of people) {
				expect(get(`${d.id}.meaning`)).toBeUndefined();
				expect(get(`${d.id}.term`)).toBeUndefined();
			}
		}
	});

	it('facts.yaml accepts an optional `kind` and rejects an unknown one', () => {
		const yaml = (kind: string) =>
			`facts:\n  - id: europol\n    type: definition\n    statement: Europol is the EU agency.\n    section: s\n    term: Europol\n    meaning: the EU's police agency\n    background: true\n    kind: ${kind}\n`;
		const ctx = { sections: new Map([['s', []]]) };
		expect(parseFacts(yaml('organisation'), 'f.yaml', ctx)[0]).toMatchObject({ kind: 'organisation' });
		expect(() => parseFacts(yaml('gadget'), 'f.yaml', ctx)).toThrow(/f\.yaml:9: fact `europol`: `kind`/);
	});
});

describe('cause and effect: no single choice with unproven wrong answers', () => {
	const cause = (id: string, c: string, e: string): CauseFact => ({
		id,
		type: 'cause',
		statement: `Because ${c}, ${e}.`,
		source,
		section,
		cause: c,
		effect: e
	});
	const facts = [
		cause('purpose', 'irregular migration is a growing challenge', 'leaders met in the capital'),
		cause('platforms', 'traffickers use digital platforms', 'social media companies joined the talks'),
		cause('pressure', 'support for the opposition party grows', 'political pressure on the government stays high')
	];

	it('matches each cause with its own effect instead', () => {
		const { items, get } = bank(facts);
		expect(items.some((i) => /\.(cause|effect)$/.test(i.id))).toBe(false);
		const matching = get('platforms+pressure+purpose.matching');
		expect(matching?.type).toBe('matching');
		if (matching?.type !== 'matching') return;
		expect(matching.pairs).toEqual(
			facts
				.map((f) => ({ id: f.id, left: f.cause.charAt(0).toUpperCase() + f.cause.slice(1), right: f.effect.charAt(0).toUpperCase() + f.effect.slice(1) }))
				.sort((a, b) => a.id.localeCompare(b.id))
		);
	});

	it('states a lone cause as a true statement of its fact', () => {
		const { items } = bank(facts.slice(0, 2));
		expect(items.map((i) => [i.id, i.type === 'truefalse' && i.answer])).toEqual([
			['platforms.statement-tf', 'true'],
			['purpose.statement-tf', 'true']
		]);
	});
});

describe('countries from the pool: well known and of the key’s kind', () => {
	const attended = (id: string, entity: string): EntityFact => ({
		id,
		type: 'entity',
		statement: `${entity} took part in the summit.`,
		source,
		section,
		entity,
		category: 'country',
		relation: 'attended the summit',
		role: 'a nation taking part in the summit'
	});
	const obscure = ['Trinidad and Tobago', 'Papua New Guinea', 'the Philippines', 'the Dominican Republic', 'Sri Lanka', 'Costa Rica'];
	const major = POOLS.country.filter((e) => e.tier === 'major').map((e) => e.name);

	it('the pool leaves out little-known countries', () => {
		const names = POOLS.country.map((e) => e.name);
		for (const n of obscure) expect(names).not.toContain(n);
	});

	it('a major power is set against other major economies, and keeps its item', () => {
		for (const seed of ['a', 'b', 'c', 'd']) {
			const { get } = bank([attended('us', 'the United States'), attended('vietnam', 'Vietnam')], seed);
			const us = distractors(get('us.named'));
			expect(us).toHaveLength(3);
			for (const d of us) expect(major).toContain(d);
			const vietnam = distractors(get('vietnam.named'));
			expect(vietnam).toHaveLength(3);
			for (const d of vietnam) expect(major).not.toContain(d);
		}
	});
});
