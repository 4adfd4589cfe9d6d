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

const quote = (id: string, speaker: string, words: string, speakerCategory: QuoteFact['speakerCategory'] = 'organisation'): QuoteFact => ({
	id,
	type: 'quote',
	statement: `${speaker} said: ${words}.`,
	source,
	section,
	speaker,
	speakerCategory,
	words,
	argues: `${words}, in other words`
});

/** The voices of the organised-immigration-crime module: the government, its critics and the Prime Minister. */
const critics: SetFact = {
	id: 'critics',
	type: 'set',
	statement: 'Amnesty International and the Refugee Council are among the human-rights organisations that criticised the UK’s stance.',
	source,
	section,
	name: 'human-rights organisations that criticised the UK’s stance',
	category: 'organisation',
	members: ['Amnesty International', 'the Refugee Council'],
	complete: false
};
const summitVoices: Fact[] = [
	critics,
	position('pm-cooperation', 'Keir Starmer', 'countries must cooperate to take smuggling gangs apart', 'person'),
	position('pm-intelligence', 'Keir Starmer', 'countries should share more intelligence and carry out enforcement jointly', 'person'),
	position('pm-routes', 'Keir Starmer', 'smuggling routes should be tackled at every stage', 'person'),
	quote('pm-quote', 'Keir Starmer', 'There is nothing progressive or compassionate about turning a blind eye to this', 'person'),
	position('government-crossings', 'the UK government', 'the dangerous boat crossings must be reduced'),
	position('government-warnings', 'the UK government', 'people thinking of migrating should be warned about smugglers'),
	quote('amnesty-quote', 'Amnesty International', 'everyone should be allowed to enter another country to seek asylum'),
	position('amnesty-asylum', 'Amnesty International', 'people should be able to enter another country to claim asylum'),
	position('council-pathways', 'the Refugee Council', 'the UK should expand legal pathways for seeking asylum'),
	position('council-enforcement', 'the Refugee Council', 'enforcement alone is ineffective'),
	position('groups-hardline', 'human-rights organisations', 'the UK’s stance is too hardline')
];
const critic = ['Amnesty International', 'the Refugee Council', 'human-rights organisations'];
const viewTemplates = new Set(['whosaid', 'position-tf', 'quote-tf']);
const SEEDS = ['a', 'b', 'c', 'd', 'e', 'f'];

describe('who holds it: allies are never each other’s distractors', () => {
	it('leaves out members of one set and the group that lists them, and keeps the other camp', () => {
		for (const seed of SEEDS) {
			const { get } = bank(summitVoices, seed);
			for (const id of ['government-crossings.whosaid', 'government-warnings.whosaid']) {
				expect(distractors(get(id)).sort()).toEqual([...critic].sort());
			}
			// The critics' only other-camp voice is the government: one wrong answer is too few for a choice.
			for (const id of ['amnesty-asylum', 'amnesty-quote', 'council-pathways', 'council-enforcement', 'groups-hardline']) {
				expect(get(`${id}.whosaid`), id).toBeUndefined();
			}
			const tf = get('amnesty-quote.quote-tf');
			expect(tf?.stem).not.toMatch(/Refugee Council|human-rights organisations/);
		}
	});
});

describe('views: wrong answers are module voices of other camps, never pool names', () => {
	const poolNames = Object.values(POOLS).flatMap((list) => list.flatMap((e) => [e.name, ...(e.aliases ?? [])]));
	// The sports, music and science names the pools once offered as voices.
	const formerVoices = ['Simone Biles', 'Lionel Messi', 'Rafael Nadal', 'Yo-Yo Ma', 'Usain Bolt', 'FIFA', 'the International Chess Federation', 'the International Olympic Committee', 'the Wikimedia Foundation', 'NASA'];
	const moduleVoices = ['Keir Starmer', 'the UK government', ...critic];
	const falseViews = (items: Item[]) =>
		items.filter((i) => (i.template === 'position-tf' || i.template === 'quote-tf') && i.type === 'truefalse' && i.answer === 'false');

	it('a view’s false version names a module voice of another camp', () => {
		const named = new Map<string, Set<string>>();
		for (const seed of SEEDS) {
			const { items } = bank(summitVoices, seed);
			for (const tf of falseViews(items)) {
				const fact = summitVoices.find((f) => f.id === tf.facts[0]);
				const holder = fact?.type === 'position' ? fact.holder : fact?.type === 'quote' ? fact.speaker : '';
				const who = /is held by (.+)\. True or false\?$|quotes (.+?) as saying/.exec(tf.stem)?.slice(1).filter(Boolean) ?? [];
				expect(who, tf.stem).toHaveLength(1);
				expect(moduleVoices).toContain(who[0]);
				expect(who[0]).not.toBe(holder);
				expect(critic.includes(who[0]) && critic.includes(holder), tf.stem).toBe(false);
				named.set(tf.id, new Set([...(named.get(tf.id) ?? []), who[0]]));
			}
		}
		expect(named.get('groups-hardline.position-tf')).toEqual(new Set(['the UK government']));
		expect(named.get('amnesty-quote.quote-tf')).toEqual(new Set(['the UK government']));
		const government = [...(named.get('government-crossings.position-tf') ?? []), ...(named.get('government-warnings.position-tf') ?? [])];
		expect(government.length).toBeGreaterThan(0);
		for (const who of government) expect(critic).toContain(who);
	});

	it('no pool name appears in any who-said item or true/false about a view', () => {
		for (const seed of SEEDS) {
			const { items } = bank(summitVoices, seed);
			const views = items.filter((i) => viewTemplates.has(i.template ?? ''));
			expect(views.length).toBeGreaterThan(10);
			for (const item of views) {
				const text = [item.stem, ...(isChoice(item) ? item.options.map((o) => o.text) : [])].join(' | ');
				for (const name of [...poolNames, ...formerVoices]) expect(text, item.id).not.toContain(name);
				if (item.type === 'whosaid') for (const o of item.options) expect(moduleVoices).toContain(o.text);
			}
		}
	});

	it('a voice with no other camp of its kind gets no who-said item and only the true statement', () => {
		for (const seed of SEEDS) {
			const { get } = bank(summitVoices, seed);
			for (const id of ['pm-cooperation.position-tf', 'pm-intelligence.position-tf', 'pm-routes.position-tf', 'pm-quote.quote-tf']) {
				expect(get(id)).toMatchObject({ answer: 'true' });
				expect(get(id)?.stem).toContain('Keir Starmer');
				expect(get(id.replace(/\.[a-z-]+$/, '.whosaid'))).toBeUndefined();
			}
		}
	});

	it('members of a list that counts a voice in are voices of its camp; two other-camp voices give three options', () => {
		const parties: Fact[] = [
			position('reform-cut', 'Reform UK', 'immigration must be cut sharply', 'party'),
			{
				id: 'hardliners',
				type: 'set',
				statement: 'Reform UK and the Conservative Party are among the parties demanding tougher border controls.',
				source,
				section,
				name: 'parties demanding tougher border controls',
				category: 'party',
				members: ['Reform UK', 'the Conservative Party'],
				complete: false
			},
			position('labour-routes', 'the Labour Party', 'safe legal routes should be widened', 'party')
		];
		for (const seed of SEEDS) {
			const { get } = bank(parties, seed);
			const labour = get('labour-routes.whosaid');
			expect(labour && isChoice(labour) ? labour.options.map((o) => o.text).sort() : []).toEqual(
				['Reform UK', 'the Conservative Party', 'the Labour Party'].sort()
			);
			// Reform UK's only other camp is Labour; the Conservatives stand with it.
			expect(get('reform-cut.whosaid')).toBeUndefined();
			const reform = get('reform-cut.position-tf');
			if (reform?.type === 'truefalse' && reform.answer === 'false') expect(reform.stem).toContain('the Labour Party');
			expect(reform?.stem).not.toContain('Conservative');
		}
	});
});

describe('the shared pools stand only in roles', () => {
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

	it('hold no politicians of the topic', () => {
		const all = Object.values(POOLS).flatMap((list) => list.map((e) => e.name));
		for (const name of politicians) expect(all).not.toContain(name);
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
