import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { guessField } from './draft-field.ts';
import { lessonDefinitions } from './draft-lessons.ts';
import { draftsYaml } from './draft-yaml.ts';
import { draftFacts, type Draft } from './draft.ts';
import { parseFactsFile } from './facts.ts';

/** An article of our own, with every trap the first drafting tool fell into. */
const ARTICLE = `Hubble and Webb team up to map a distant galaxy cluster

Astronomers at the California Institute of Technology (Caltech) in Pasadena said on 12 December 2024 that they had mapped over 3,000 galaxies in a distant cluster. The galaxies formed between 350 million and 600 million years after the Big Bang, and a few hundred million years later they had already merged. The next images are due on 12 December.

The team used the Hubble Space Telescope's Wide Field Camera 3 for about 40 hours, and the Webb telescope for fewer than 20 hours. "We never expected to see so much so early," said Dr Lena Ortiz, who led the study. Is the universe really that old? The headline question, "Is it real?", remains open.

Other observatories took part, including the Keck Observatory, the Subaru Telescope and the Gemini Observatory. The survey was run by two agencies, namely NASA and the European Space Agency. The cluster is bright because its galaxies are still forming stars. As a result, it can be seen from very far away.

According to Professor Raj Patel, an astronomer at Leiden University, the masses "may be overestimated by a factor of two". NASA insists that the cluster is real. Budget cuts led to delays in the programme, and at least 12 staff left the Green Party office in Bristol.
`;

const drafts = draftFacts(ARTICLE, { article: 'cluster', sectionOf: (n) => `part-${n}` });
const of = (type: string) => drafts.filter((d) => d.fact.type === type).map((d) => d.fact);
const find = (type: string, key: string, value: unknown) =>
	of(type).find((f) => JSON.stringify(f[key]) === JSON.stringify(value));

describe('draftFacts: figures', () => {
	it('reads "12 December" as a date, never as a number', () => {
		expect(find('event', 'when', '2024-12-12')).toMatchObject({ granularity: 'day' });
		expect(find('event', 'when', '12 December')).toMatchObject({ granularity: 'relative' });
		expect(
			of('number')
				.filter((f) => f.value === 12)
				.map((f) => f.unit)
		).toEqual(['staff']);
	});

	it('reads "Wide Field Camera 3" as a name, not the number 3', () => {
		expect(of('number').map((f) => f.value)).not.toContain(3);
		expect(of('entity').map((f) => f.entity)).toContain('Wide Field Camera 3');
	});

	it('keeps a range whole and a vague amount vague', () => {
		expect(find('number', 'value', 350_000_000)).toMatchObject({
			to: 600_000_000,
			unit: 'years',
			qualifier: 'exact'
		});
		const vague = drafts.find(
			(d) => d.fact.type === 'number' && d.notes.some((n) => n.includes('vague'))
		);
		expect(vague?.fact).toMatchObject({ qualifier: 'about' });
		expect(vague?.fact.value).not.toBe(100_000_000);
		expect(vague?.notes[0]).toContain('a few hundred million');
	});

	it('gives each figure its unit and the qualifier the article uses', () => {
		expect(find('number', 'value', 3000)).toMatchObject({ unit: 'galaxies', qualifier: 'over' });
		expect(find('number', 'value', 40)).toMatchObject({ unit: 'hours', qualifier: 'about' });
		expect(find('number', 'value', 20)).toMatchObject({ unit: 'hours', qualifier: 'under' });
		expect(find('number', 'value', 12)).toMatchObject({ qualifier: 'at-least' });
	});
});

describe('draftFacts: names, quotations, views', () => {
	it('guesses the kind of a name from its context', () => {
		const kind = (name: string) =>
			of('entity').find((f) => String(f.entity).replace(/^the /, '') === name)?.category;
		expect(kind('Lena Ortiz')).toBe('person');
		expect(kind('Raj Patel')).toBe('person');
		expect(kind('Leiden University')).toBe('university');
		expect(kind('European Space Agency')).toBe('space agency');
		expect(kind('Webb')).toBe('telescope');
		expect(kind('Green Party')).toBe('party');
		expect(kind('Bristol')).toBe('city');
		expect(
			of('entity').find((f) => String(f.entity).includes('California Institute'))?.aliases
		).toContain('Caltech');
	});

	it('finds quotations with their speaker, and no question without one', () => {
		expect(of('quote').map((f) => [f.speaker, f.words])).toEqual([
			['Lena Ortiz', 'We never expected to see so much so early'],
			['Raj Patel', 'may be overestimated by a factor of two']
		]);
		expect(JSON.stringify(drafts)).not.toContain('"words":"Is it real');
	});

	it('finds a view with its holder', () => {
		expect(find('position', 'holder', 'NASA')).toMatchObject({ position: 'the cluster is real' });
	});
});

describe('draftFacts: lists, causes, definitions', () => {
	it('reads lists as sets, complete only when the article says so', () => {
		expect(of('set').map((f) => [f.members, f.complete])).toEqual([
			[['the Keck Observatory', 'the Subaru Telescope', 'the Gemini Observatory'], false],
			[['NASA', 'the European Space Agency'], true]
		]);
	});

	it('reads "because", "as a result" and "led to" as causes', () => {
		const causes = of('cause').map((f) => [f.cause, f.effect]);
		expect(causes).toContainEqual([
			'its galaxies are still forming stars',
			'The cluster is bright'
		]);
		expect(causes).toContainEqual([
			'The cluster is bright because its galaxies are still forming stars',
			'it can be seen from very far away'
		]);
		expect(causes).toContainEqual(['Budget cuts', 'delays in the programme']);
	});

	it('reads the key-terms headings of a lesson as background definitions', () => {
		const lessons = [
			{
				slug: 'key-terms',
				title: 'Key terms',
				body: '## Redshift\n\nRedshift is the stretching of light to longer wavelengths.\n\n## Using the terms\n\nWords matter.\n'
			}
		];
		expect(lessonDefinitions(lessons, 'Light shows a redshift here.')).toEqual([
			expect.objectContaining({ term: 'redshift', anchor: 'redshift', usedIn: 1 })
		]);
		const withLessons = draftFacts(ARTICLE, { article: 'cluster', sectionOf: () => 'x', lessons });
		expect(withLessons.find((d) => d.fact.type === 'definition')?.fact).toMatchObject({
			term: 'redshift',
			meaning: 'the stretching of light to longer wavelengths',
			background: true,
			section: 'key-terms',
			anchor: 'redshift'
		});
	});
});

describe('draftFacts: every draft', () => {
	it('has a stable unique id, its paragraph, its sentence, a statement and draft: true', () => {
		const ids = drafts.map((d) => d.fact.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(
			draftFacts(ARTICLE, { article: 'cluster', sectionOf: (n) => `part-${n}` }).map(
				(d) => d.fact.id
			)
		).toEqual(ids);
		for (const d of drafts) {
			expect(d.fact).toMatchObject({
				draft: true,
				source: { article: 'cluster', paragraph: d.paragraph }
			});
			expect(String(d.fact.statement).length).toBeGreaterThan(10);
			expect(ARTICLE.replace(/\n/g, ' ')).toContain(d.sentence.slice(0, 30));
		}
		const taken = draftFacts(ARTICLE, {
			article: 'cluster',
			sectionOf: () => 'x',
			takenIds: ['nasa']
		});
		expect(taken.map((d) => d.fact.id)).not.toContain('nasa');
	});

	it('writes YAML that the facts schema accepts as drafts, each with its sentence as a comment', () => {
		const yaml = draftsYaml(drafts, { field: 'science-space', header: ['Drafted.'] });
		expect(yaml).toContain(
			'# article: The cluster is bright because its galaxies are still forming stars.'
		);
		const sections = new Map([1, 2, 3, 4].map((n) => [`part-${n}`, []]));
		const file = parseFactsFile(yaml, 'facts.yaml', { sections, drafts: 'keep' });
		expect(file.facts).toHaveLength(drafts.length);
		expect(file.fields).toEqual(['science-space']);
		expect(() => parseFactsFile(yaml, 'facts.yaml', { sections })).toThrow(
			/facts\.yaml:\d+: fact `.+`: is a draft/
		);
		expect((parse(yaml) as { facts: Draft['fact'][] }).facts.every((f) => f.draft === true)).toBe(
			true
		);
	});

	it('guesses the field from the article’s words, or says nothing when unsure', () => {
		expect(guessField(ARTICLE).field).toBe('science-space');
		expect(guessField('A short note about nothing much.').field).toBeUndefined();
	});
});

/** A health article of our own, with the traps an unseen article showed. */
const HEALTH = `Trial finds a new drug against a hospital superbug

Scientists at the Northgate Institute of Technology and Harrow University say their new model quickly picked out a single compound that kills Klebsiella fennica, a bacterium the health agency lists among the hardest to treat in every hospital ward of the country and in many care homes across the region as well.

Of the 180 compounds tested, seven showed activity against the bacterium. Because the drug targets only Klebsiella fennica, the researchers argue that resistance should be slow to appear.

Dr Ana Ruiz, research director of the Antibiotic Discovery and Development Alliance, said that such trials often take eight years or more. The results were published in Clinical Microbes Letters in March 2026.
`;

const health = draftFacts(HEALTH, { article: 'drug', sectionOf: () => 'lesson' });
const healthOf = (type: string) => health.filter((d) => d.fact.type === type).map((d) => d.fact);

describe('draftFacts: an article from another field', () => {
	it('splits two institutions joined by "and", and keeps one whose name holds "and"', () => {
		const names = healthOf('entity').map((f) => f.entity);
		expect(names).toContain('the Northgate Institute of Technology');
		expect(names).toContain('Harrow University');
		expect(names).toContain('the Antibiotic Discovery and Development Alliance');
		expect(names).not.toContain('Development Alliance');
	});

	it('reads a Latin species name as one name, of the kind the words beside it give', () => {
		const species = healthOf('entity').find((f) => f.entity === 'Klebsiella fennica');
		expect(species).toMatchObject({ category: 'bacterium' });
	});

	it('gives a role of several words, and a journal from what is published in it', () => {
		expect(healthOf('entity').find((f) => f.entity === 'Ana Ruiz')).toMatchObject({
			category: 'person',
			role: 'research director of the Antibiotic Discovery and Development Alliance'
		});
		expect(healthOf('entity').find((f) => f.entity === 'Clinical Microbes Letters')).toMatchObject({
			category: 'journal'
		});
	});

	it('holds the people who speak, not the last institution named before the verb', () => {
		const view = healthOf('position').find((f) =>
			/model quickly picked out/.test(String(f.position))
		);
		expect(view?.holder).toBe(
			'scientists at the Northgate Institute of Technology and Harrow University'
		);
		// Cut to 30 words, never on a word that needs another after it ("…hospital ward", not "…ward of the").
		expect(String(view?.position)).toMatch(/in every hospital ward$/);
	});

	it('reads "seven showed activity" as seven of the compounds, and "or more" as at least', () => {
		expect(healthOf('number').find((f) => f.value === 7)).toMatchObject({ unit: 'compounds' });
		expect(healthOf('number').find((f) => f.value === 8)).toMatchObject({
			unit: 'years',
			qualifier: 'at-least'
		});
	});

	it('takes no opening clause for a definition, and guesses the field', () => {
		expect(healthOf('definition').map((f) => f.term)).not.toContain('fennica');
		expect(guessField(HEALTH).field).toBe('health');
	});
});

describe('an article with damaged words', () => {
	it('drafts no kind the facts file would refuse (a fuzzed article once gave `category: w{ith`)', () => {
		const damaged = `Council approves river plan

The council of Northvale approved a £4.8 million plan on 12 March 2025 to reconnect the {iver Wendle w{ith its floodplain, the flat land beside a river that floods. "Rivers heal fast," said Dr Rhian Pryce, the trust's director.

Over 40 volunteers, including farmers, anglers and students, have cleared about 14 kilometres of bank since January.
`;
		const facts = draftFacts(damaged, { article: 'river', sectionOf: () => 'part-1' }).map(
			(d) => d.fact
		);
		const kinds = facts.flatMap((f) =>
			(['category', 'speakerCategory', 'holderCategory'] as const).flatMap((k) => {
				const v = (f as Record<string, unknown>)[k];
				return typeof v === 'string' ? [v] : [];
			})
		);
		expect(kinds.length).toBeGreaterThan(0);
		for (const kind of kinds) expect(kind).toMatch(/^[a-z][a-z0-9'’]*(?:[ -][a-z0-9'’]+)*$/);
	});
});
