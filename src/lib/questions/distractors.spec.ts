import { describe, expect, it } from 'vitest';
import { formatViolation } from './check-rules.ts';
import { runChecks } from './checks.ts';
import { definitionKind } from './fact-text.ts';
import type {
	DefinitionFact,
	EntityFact,
	Fact,
	Field,
	PositionFact,
	QuoteFact,
	SetFact
} from './facts-types.ts';
import { parseFacts } from './facts.ts';
import { generateItems } from './generate.ts';
import { POOLS, poolFor } from './pools.ts';
import { isChoice, keyIds, type Item } from './types.ts';

const source = { article: 'a', paragraph: 1 };
const section = 's';
const SEEDS = ['a', 'b', 'c', 'd', 'e', 'f'];

const distractors = (item: Item | undefined): string[] => {
	if (!item || !isChoice(item)) return [];
	const keys = new Set(keyIds(item));
	return item.options.filter((o) => !keys.has(o.id)).map((o) => o.text);
};

const bank = (
	facts: Fact[],
	seed = 'd',
	fields: Field[] = [],
	alternatives = new Map<string, string[]>(),
	corpus = ''
) => {
	const items = generateItems(facts, { seed, corpus, file: { fields, alternatives } });
	expect(runChecks(items, facts).map(formatViolation)).toEqual([]);
	const byId = new Map(items.map((i) => [i.id, i]));
	return { items, get: (id: string) => byId.get(id) };
};

const entity = (
	id: string,
	name: string,
	category: string,
	relation: string,
	role: string,
	extra: Partial<EntityFact> = {}
): EntityFact => ({
	id,
	type: 'entity',
	statement: `${name} is ${role}.`,
	source,
	section,
	entity: name,
	category,
	relation,
	role,
	...extra
});

const position = (
	id: string,
	holder: string,
	text: string,
	holderCategory = 'organisation'
): PositionFact => ({
	id,
	type: 'position',
	statement: `${holder} holds that ${text}.`,
	source,
	section,
	holder,
	holderCategory,
	position: text
});

const quote = (
	id: string,
	speaker: string,
	words: string,
	speakerCategory = 'organisation'
): QuoteFact => ({
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

describe('distractors fit the article’s field and the key’s kind', () => {
	// The science release that once offered heads of government as the astronomer and border agencies beside NASA.
	const science: Fact[] = [
		entity(
			'lead',
			'Amara Okafor',
			'astronomer',
			'led the survey',
			'the astronomer who led the survey'
		),
		entity(
			'agency',
			'NASA',
			'space agency',
			'runs the telescope',
			'a space agency that runs the telescope'
		),
		entity(
			'telescope',
			'the James Webb Space Telescope',
			'telescope',
			'used for the survey',
			'the telescope the team used'
		)
	];
	const politicsPool = POOLS.filter((p) => p.field === 'government-politics').flatMap((p) =>
		p.entries.map((e) => e.name)
	);

	it('never offers a name from another field’s pool, nor one of another kind', () => {
		let asked = 0;
		for (const seed of SEEDS) {
			const { items } = bank(science, seed, ['science-space']);
			for (const i of items)
				for (const d of distractors(i)) expect(politicsPool, `${i.id}: ${d}`).not.toContain(d);
			// About one name in three is typed instead (a blank): the choice, when asked, is of the key's kind.
			const agency = items.find((i) => i.id === 'agency.named');
			if (agency) {
				asked += 1;
				expect(distractors(agency)).toHaveLength(3);
				const spaceAgencies = poolFor('space agency', ['science-space']).map((e) => e.name);
				for (const d of distractors(agency)) expect(spaceAgencies).toContain(d);
			}
			const telescope = distractors(items.find((i) => i.id === 'telescope.named'));
			for (const d of telescope)
				expect(poolFor('telescope', ['science-space']).map((e) => e.name)).toContain(d);
		}
		expect(asked).toBeGreaterThan(0);
	});

	it('gives no choice item when no wrong answer of the kind exists, and says why', () => {
		const notes: string[] = [];
		const items = generateItems(science, {
			seed: 'a',
			file: { fields: ['science-space'], alternatives: new Map() },
			onNote: (id, n) => notes.push(`${id}: ${n}`)
		});
		expect(items.find((i) => i.id === 'lead.named')).toBeUndefined();
		expect(items.find((i) => i.facts[0] === 'lead')?.type).toBe('blank');
		expect(notes.join('\n')).toMatch(
			/lead: no choice item: wrong answers of kind `astronomer`: module 0, author 0, shared pool 0/
		);
	});

	it('uses no shared pool at all for a module that names no field', () => {
		for (const seed of SEEDS) {
			const { items } = bank(science, seed, []);
			expect(items.filter((i) => i.template === 'named')).toEqual([]);
		}
	});

	it('takes the module’s own names of the kind first, then the author’s alternatives, then the pool', () => {
		const facts = [
			...science,
			entity(
				'hubble',
				'the Hubble Space Telescope',
				'telescope',
				'older telescope',
				'an older telescope that found only a few such galaxies'
			)
		];
		const alternatives = new Map([['astronomer', ['Lena Fischer', 'Tomás Ibarra', 'Mei Chen']]]);
		let asked = 0;
		for (const seed of SEEDS) {
			const { get } = bank(facts, seed, ['science-space'], alternatives);
			const telescope = get('telescope.named');
			if (telescope) expect(distractors(telescope)).toContain('the Hubble Space Telescope');
			const lead = get('lead.named');
			if (lead)
				expect(distractors(lead).sort()).toEqual(['Lena Fischer', 'Mei Chen', 'Tomás Ibarra']);
			asked += (telescope ? 1 : 0) + (lead ? 1 : 0);
		}
		expect(asked).toBeGreaterThanOrEqual(4);
	});

	it('never offers a pool name that the article mentions anywhere', () => {
		const corpus = 'The survey used the James Webb Space Telescope; ESA and JAXA also took part.';
		for (const seed of SEEDS) {
			const { get } = bank(science, seed, ['science-space'], new Map(), corpus);
			for (const d of distractors(get('agency.named')))
				expect(['the European Space Agency', 'JAXA']).not.toContain(d);
		}
	});
});

describe('who holds it: allies are never each other’s distractors', () => {
	const critics: SetFact = {
		id: 'critics',
		type: 'set',
		statement:
			'Amnesty International and the Refugee Council are among the human-rights organisations that criticised the UK’s stance.',
		source,
		section,
		name: 'human-rights organisations that criticised the UK’s stance',
		category: 'organisation',
		members: ['Amnesty International', 'the Refugee Council'],
		complete: false
	};
	const voices: Fact[] = [
		critics,
		{
			...position(
				'government-warnings',
				'the UK government',
				'people thinking of migrating should be warned about smugglers'
			),
			contestedBy: ['council-enforcement']
		},
		position(
			'government-deport',
			'the UK government',
			'people with no right to stay should be deported'
		),
		position(
			'amnesty-asylum',
			'Amnesty International',
			'people should be able to enter another country to claim asylum'
		),
		position('council-enforcement', 'the Refugee Council', 'enforcement alone is ineffective'),
		position(
			'groups-criticise',
			'human-rights organisations',
			'the UK’s stance deserves criticism'
		),
		quote(
			'amnesty-quote',
			'Amnesty International',
			'everyone should be allowed to enter another country to seek asylum'
		)
	];

	it('leaves out members of one set and the group that lists them, and keeps the other camp', () => {
		for (const seed of SEEDS) {
			const { items, get } = bank(voices, seed);
			expect(distractors(get('government-warnings.whosaid')).sort()).toEqual(
				['Amnesty International', 'human-rights organisations', 'the Refugee Council'].sort()
			);
			// A critic's only other-camp voice is the government: no who-said item, and never an ally as a wrong answer.
			for (const i of items) {
				const fact = voices.find((f) => f.id === i.facts[0]);
				const holder =
					fact?.type === 'position' ? fact.holder : fact?.type === 'quote' ? fact.speaker : '';
				if (
					!['Amnesty International', 'the Refugee Council', 'human-rights organisations'].includes(
						holder
					)
				)
					continue;
				for (const d of distractors(i))
					expect([
						'Amnesty International',
						'the Refugee Council',
						'human-rights organisations'
					]).not.toContain(d);
			}
		}
	});

	it('asks who argues a view only against voices known to disagree; otherwise the holder is typed', () => {
		for (const seed of SEEDS) {
			const { items } = bank(voices, seed);
			// The Refugee Council contests the government's view: that view gets a who-argues item.
			expect(
				items.some((i) => i.template === 'whosaid' && i.facts[0] === 'government-warnings')
			).toBe(true);
			// Nobody is recorded as disagreeing with "people with no right to stay should be deported": a
			// critic might share it unrecorded, so no choice of voices, only the holder typed.
			const deport = items.filter(
				(i) => i.facts[0] === 'government-deport' && i.skill === 'claims-evidence'
			);
			expect(deport.map((i) => i.template)).toEqual(['holder-blank']);
		}
	});

	it('a view’s wrong answers are other camps’ views, never a pool name', () => {
		const poolNames = POOLS.flatMap((p) =>
			p.entries.flatMap((e) => [e.name, ...(e.aliases ?? [])])
		);
		for (const seed of SEEDS) {
			const { items } = bank(voices, seed, ['government-politics']);
			const claims = items.filter((i) => i.skill === 'claims-evidence');
			expect(claims.length).toBeGreaterThanOrEqual(4);
			for (const i of claims) for (const d of distractors(i)) expect(poolNames).not.toContain(d);
			const view = items.find((i) => i.template === 'view' && i.facts[0] === 'amnesty-asylum');
			if (view)
				for (const d of distractors(view))
					expect([
						'People thinking of migrating should be warned about smugglers',
						'People with no right to stay should be deported'
					]).toContain(d);
		}
	});

	it('no true/false puts a view in another side’s mouth', () => {
		for (const seed of SEEDS) {
			for (const i of bank(voices, seed).items) {
				if (i.type === 'truefalse') expect(i.answer, i.stem).toBe('true');
			}
		}
	});
});

describe('definitions: wrong meanings of the same kind, or the author’s', () => {
	const definition = (
		id: string,
		term: string,
		meaning: string,
		extra: Partial<DefinitionFact> = {}
	): DefinitionFact => ({
		id,
		type: 'definition',
		statement: `${term} means ${meaning}.`,
		section,
		term,
		meaning,
		background: true,
		...extra
	});
	const agencies = [
		definition(
			'europol',
			'Europol',
			"the European Union's law-enforcement agency, which supports police cooperation"
		),
		definition(
			'interpol',
			'Interpol',
			'the worldwide police organisation, with about 196 member countries'
		),
		definition(
			'afripol',
			'Afripol',
			"the African Union's body for police cooperation between African countries"
		)
	];
	const people = [
		definition(
			'refugee',
			'refugee',
			'a person who fled their country over a well-founded fear of persecution'
		),
		definition(
			'asylum-seeker',
			'asylum seeker',
			'a person who has applied for refugee protection and awaits a decision',
			{
				alternatives: [
					'a person who moves abroad to take up a job offered there',
					'a person sent back home by the authorities after a refusal'
				],
				aliases: ['asylum-seeker']
			}
		)
	];

	it('reads the kind from the meaning’s head noun, or takes the `kind` field', () => {
		expect(agencies.map(definitionKind)).toEqual(['organisation', 'organisation', 'organisation']);
		expect(people.map(definitionKind)).toEqual(['person', 'person']);
		expect(
			definitionKind(
				definition('transit', 'transit country', 'a nation that migrants travel through')
			)
		).toBe('place');
		expect(
			definitionKind(definition('crew', 'crew', 'the list of people aboard', { kind: 'person' }))
		).toBe('person');
	});

	it('an agency’s meaning is only set against other agencies’ meanings', () => {
		for (const seed of SEEDS) {
			const { items } = bank([...agencies, ...people], seed);
			for (const d of agencies) {
				const i = items.find((x) => x.facts[0] === d.id);
				const others = agencies.filter((g) => g !== d).flatMap((g) => [g.meaning, g.term]);
				for (const t of distractors(i)) expect(others).toContain(t);
			}
		}
	});

	it('the author’s wrong meanings stand in where too few definitions share the kind', () => {
		const asked = new Set<string>();
		for (const seed of SEEDS) {
			const { items } = bank(people, seed);
			const i = items.find((x) => x.facts[0] === 'asylum-seeker');
			asked.add(i?.template ?? '');
			if (i?.template === 'meaning') {
				for (const t of distractors(i))
					expect([...(people[1].alternatives ?? []), people[0].meaning]).toContain(t);
			}
			if (i?.type === 'blank') expect(i.accept).toEqual(['asylum seeker', 'asylum-seeker']);
		}
		expect(asked.has('meaning')).toBe(true);
	});

	it('facts.yaml accepts an optional `kind` and rejects an unknown one', () => {
		const yaml = (kind: string) =>
			`facts:\n  - id: europol\n    type: definition\n    statement: Europol is the EU agency.\n    section: s\n    term: Europol\n    meaning: the EU's police agency\n    background: true\n    kind: ${kind}\n`;
		const ctx = { sections: new Map([['s', []]]) };
		expect(parseFacts(yaml('organisation'), 'f.yaml', ctx)[0]).toMatchObject({
			kind: 'organisation'
		});
		expect(() => parseFacts(yaml('gadget'), 'f.yaml', ctx)).toThrow(
			/f\.yaml:9: fact `europol`: `kind`/
		);
	});
});

describe('countries from the pool: well known and of the key’s kind', () => {
	const attended = (id: string, name: string) =>
		entity(id, name, 'country', 'attended the summit', 'a nation taking part in the summit');
	const countries = poolFor('country', ['government-politics']);
	const major = countries.filter((e) => e.tier === 'major').map((e) => e.name);

	it('the pool leaves out little-known countries and serves every field', () => {
		const names = countries.map((e) => e.name);
		for (const n of ['Trinidad and Tobago', 'Papua New Guinea', 'Sri Lanka'])
			expect(names).not.toContain(n);
		expect(poolFor('country', ['sport']).map((e) => e.name)).toEqual(names);
	});

	it('a major power is set against other major economies', () => {
		let asked = 0;
		for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
			const { get } = bank(
				[attended('us', 'the United States'), attended('vietnam', 'Vietnam')],
				seed,
				['government-politics']
			);
			// Names sharing one role are asked together: the major economy is among the keys.
			const item = get('us+vietnam.named');
			if (!item) continue;
			asked += 1;
			expect(distractors(item)).toHaveLength(3);
			for (const d of distractors(item)) expect(countries.map((e) => e.name)).toContain(d);
		}
		expect(asked).toBeGreaterThan(0);
		for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
			const only = bank([attended('us', 'the United States')], seed, ['government-politics']).get(
				'us.named'
			);
			for (const d of distractors(only)) expect(major).toContain(d);
		}
	});
});

describe('the shared pools', () => {
	it('are organised by field and kind, and hold no politicians of European migration politics', () => {
		for (const p of POOLS) {
			expect(p.kinds.length).toBeGreaterThan(0);
			expect(p.entries.length).toBeGreaterThanOrEqual(4);
		}
		const fields = new Set(POOLS.map((p) => p.field));
		for (const f of [
			'government-politics',
			'science-space',
			'health',
			'economy-business',
			'sport',
			'environment',
			'culture'
		])
			expect(fields.has(f as Field)).toBe(true);
		const all = POOLS.flatMap((p) => p.entries.map((e) => e.name));
		for (const name of [
			'Yvette Cooper',
			'Rishi Sunak',
			'Emmanuel Macron',
			'Olaf Scholz',
			'Giorgia Meloni'
		])
			expect(all).not.toContain(name);
	});
});

describe('camps are not made of the reporter or of placeholders', () => {
	const person = (id: string, entity: string, role: string): EntityFact => ({
		id,
		type: 'entity',
		statement: `The article names ${entity} as ${role}.`,
		source,
		section,
		entity,
		category: 'person',
		relation: role,
		role
	});
	const view = (id: string, holder: string, position: string): PositionFact => ({
		id,
		type: 'position',
		statement: `${holder} says that ${position}.`,
		source,
		section,
		holder,
		holderCategory: holder === 'the article' ? 'reporter' : 'person',
		position
	});
	it('sets two speakers against each other though every statement says what "the article" names', async () => {
		const { Knowledge } = await import('./knowledge.ts');
		const facts: Fact[] = [
			person('lead', 'Ana Ruiz', 'the chemist who led the study'),
			person('critic', 'Tom Lee', 'the director of a drug partnership'),
			person('third', 'Kim Park', 'TODO: its role'),
			person('fourth', 'Lu Chen', 'TODO: its role'),
			view('ruiz-view', 'Ana Ruiz', 'the model speeds up the search'),
			view('lee-view', 'Tom Lee', 'most such compounds fail in trials'),
			view('reporter', 'the article', 'the bacterium is among the hardest to treat')
		];
		const k = new Knowledge(facts, '');
		expect(k.allied('Ana Ruiz', 'Tom Lee')).toBe(false);
		// Two drafts' shared placeholder role is no relation they share.
		expect(k.allied('Kim Park', 'Lu Chen')).toBe(false);
		expect(k.candidates('person', ['the chemist who led the study'], ['Ana Ruiz']).module).toEqual([
			'Tom Lee',
			'Kim Park',
			'Lu Chen'
		]);
	});
});
