import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isFigureOption } from './check-options.ts';
import { formatViolation } from './check-rules.ts';
import { runChecks } from './checks.ts';
import type {
	CauseFact,
	EventFact,
	Fact,
	NumberFact,
	PositionFact,
	QuoteFact
} from './facts-types.ts';
import { generateItems, type SectionGist } from './generate.ts';
import { higherSkillShare } from './skills.ts';
import { FACT_TYPES, FIXTURE_FACTS, syntheticFacts, type FactSpec } from '../testing/facts.ts';
import { isChoice, keyIds, SKILLS, type Item } from './types.ts';

const GISTS: SectionGist[] = [
	{
		slug: 'summit',
		title: 'The summit',
		gist: 'Who met at the harbour meeting and what they agreed to work on'
	},
	{
		slug: 'figures',
		title: 'Figures',
		gist: 'What the counts of seizures and inspectors tell us about the port'
	},
	{
		slug: 'history',
		title: 'History',
		gist: 'How the pact and the scanners came about over the years'
	},
	{
		slug: 'voices',
		title: 'Voices',
		gist: 'Where dockers, campaigners and the board disagree on searches'
	}
];
const items = generateItems(FIXTURE_FACTS, { seed: 'spec', sections: GISTS });
const byId = new Map(items.map((i) => [i.id, i]));
const item = (id: string): Item => {
	const found = byId.get(id);
	if (!found) throw new Error(`no item ${id} among ${items.map((i) => i.id).join(', ')}`);
	return found;
};
const keyTexts = (i: Item | undefined): string[] => {
	if (!i || !isChoice(i)) return [];
	const keys = new Set(keyIds(i));
	return i.options.filter((o) => keys.has(o.id)).map((o) => o.text);
};
const distractorTexts = (i: Item | undefined): string[] => {
	if (!i || !isChoice(i)) return [];
	const keys = new Set(keyIds(i));
	return i.options.filter((o) => !keys.has(o.id)).map((o) => o.text);
};
const source = { article: 'a', paragraph: 1 };
const number = (id: string, extra: Partial<NumberFact>): NumberFact => ({
	id,
	type: 'number',
	statement: `Figure ${id}.`,
	source,
	section: 's',
	value: 40,
	unit: 'nations',
	qualifier: 'exact',
	measure: `nations at meeting ${id}`,
	...extra
});
const event = (
	id: string,
	when: string,
	granularity: EventFact['granularity'],
	extra: Partial<EventFact> = {}
): EventFact => ({
	id,
	type: 'event',
	statement: `Event ${id} happened.`,
	source,
	section: 's',
	event: `the ${id} event`,
	when,
	granularity,
	...extra
});

describe('generateItems on the fixture module', () => {
	it('passes every check, gives every item a skill, and is identical for the same seed', () => {
		expect(runChecks(items, FIXTURE_FACTS).map(formatViolation)).toEqual([]);
		for (const i of items) expect(SKILLS).toContain(i.skill);
		expect(generateItems(FIXTURE_FACTS, { seed: 'spec', sections: GISTS })).toEqual(items);
		expect(generateItems(FIXTURE_FACTS, { seed: 'other', sections: GISTS })).not.toEqual(items);
	});

	it('asks above key-detail for at least 35% of the bank, and mixes several types', () => {
		expect(higherSkillShare(items)).toBeGreaterThanOrEqual(0.35);
		expect(new Set(items.map((i) => i.skill)).size).toBeGreaterThanOrEqual(6);
		expect(new Set(items.map((i) => i.type)).size).toBeGreaterThanOrEqual(5);
		// True/false is a fallback now, not a third form of every fact.
		expect(items.filter((i) => i.type === 'truefalse').length / items.length).toBeLessThan(0.2);
	});

	it('asks each fact at most once per skill (matchings and timelines aside)', () => {
		const seen = new Map<string, string>();
		for (const i of items) {
			if (i.type === 'matching' || i.type === 'ordering' || i.template === 'main-idea') continue;
			const key = `${i.facts[0]}:${i.skill}`;
			expect(seen.get(key), `${i.id} repeats ${seen.get(key)}`).toBeUndefined();
			seen.set(key, i.id);
		}
	});

	it('covers every fact with an item that tests it (main-idea items test none)', () => {
		const tested = new Set(items.filter((i) => i.template !== 'main-idea').flatMap((i) => i.facts));
		for (const f of FIXTURE_FACTS) expect(tested.has(f.id), f.id).toBe(true);
	});

	it('main idea: each section with a gist, set against the other sections’ gists', () => {
		for (const s of GISTS) {
			const i = item(`${s.slug}.main-idea`);
			expect(i.skill).toBe('main-idea');
			expect(i.stem).toContain(s.title);
			expect(keyTexts(i)).toEqual([s.gist]);
			const others = GISTS.filter((g) => g !== s).map((g) => g.gist);
			for (const d of distractorTexts(i)) expect(others).toContain(d);
		}
	});
});

describe('numbers', () => {
	const facts = [
		number('a', { value: 40, qualifier: 'over', ask: 'How many nations sent delegates?' }),
		number('b', { value: 1200, unit: 'containers', measure: 'containers seized in 2023' }),
		number('c', {
			value: 450,
			unit: 'inspectors',
			qualifier: 'about',
			measure: 'inspectors at the port'
		})
	];
	const bank = (seed: string) => generateItems(facts, { seed });

	it('a qualified figure moves its qualifier into the stem; options are bare figures with their unit', () => {
		for (const seed of ['a', 'b', 'c', 'd', 'e', 'f']) {
			const all = bank(seed);
			expect(runChecks(all, facts).map(formatViolation)).toEqual([]);
			const detail = all.find((i) => i.facts[0] === 'a' && i.skill === 'key-detail');
			expect(detail?.stem).toBe(
				'How many nations sent delegates? The article gives a lower limit: which is it?'
			);
			if (detail?.type === 'numeric') {
				// The box shows "over": the answer is the figure the article gives, nothing it never gives.
				expect(detail).toMatchObject({
					answer: 40,
					min: 40,
					max: 40,
					prefix: 'over',
					unit: 'nations'
				});
			} else {
				expect(detail?.type).toBe('single');
				if (!detail || !isChoice(detail)) return;
				for (const o of detail.options) expect(o.text).toMatch(/^\d[\d,]* nations$/);
				expect(keyTexts(detail)).toEqual(['40 nations']);
			}
		}
	});

	it('figure options never nest, stay within a factor of four and are clearly apart', () => {
		for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
			for (const i of bank(seed)) {
				if (i.template !== 'figure' || !isChoice(i)) continue;
				const values = i.options.map((o) => Number(o.text.replace(/[^\d.]/g, '')));
				const key = Number(keyTexts(i)[0].replace(/[^\d.]/g, ''));
				for (const o of i.options)
					expect(o.text).not.toMatch(/^(over|about|at least|under|up to)\b/);
				for (const v of values) {
					expect(v).toBeGreaterThanOrEqual(key / 4);
					expect(v).toBeLessThanOrEqual(key * 4);
				}
				const sorted = [...values].sort((x, y) => x - y);
				for (let k = 1; k < sorted.length; k++)
					expect(sorted[k] / sorted[k - 1]).toBeGreaterThanOrEqual(1.19);
			}
		}
	});

	it('respects bounds: nothing older than the universe', () => {
		const age = number('age', {
			value: 13.8e9,
			unit: 'years',
			qualifier: 'about',
			measure: 'the age of the universe',
			bounds: [0, 13.8e9]
		});
		for (const seed of ['a', 'b', 'c', 'd']) {
			const i = generateItems([age], { seed }).find((x) => x.template === 'figure');
			expect(i && isChoice(i)).toBe(true);
			if (!i || !isChoice(i)) return;
			expect(keyTexts(i)).toEqual(['13.8 billion years']);
			for (const o of i.options)
				expect(Number(o.text.split(' ')[0]) * 1e9).toBeLessThanOrEqual(13.8e9);
			expect(i.stem).toBe(
				'What is the age of the universe, according to the article? The article gives a rough figure: which is it?'
			);
		}
	});

	it('a range is asked as a range, against ranges that overlap neither it nor each other', () => {
		const range = number('r', {
			value: 350e6,
			to: 600e6,
			unit: 'years',
			measure: 'the time after the Big Bang when the galaxies formed'
		});
		for (const seed of ['a', 'b', 'c', 'd', 'e']) {
			const i = generateItems([range], { seed }).find((x) => x.template === 'figure');
			if (!i || !isChoice(i)) throw new Error('no range item');
			expect(keyTexts(i)).toEqual(['350 to 600 million years']);
			const spans = i.options.map((o) => {
				const [lo, hi] = o.text.split(' to ').map((t) => parseFloat(t));
				const scale = /billion/.test(o.text) ? 1e9 : 1e6;
				return [lo * (/billion/.test(o.text.split(' to ')[0]) ? 1e9 : scale), hi * scale];
			});
			for (let x = 0; x < spans.length; x++) {
				for (let y = x + 1; y < spans.length; y++)
					expect(
						spans[x][1] < spans[y][0] || spans[y][1] < spans[x][0],
						i.options.map((o) => o.text).join(' | ')
					).toBe(true);
			}
		}
	});

	it('numbers-data: what a figure describes, against the module’s other figures', () => {
		const all = bank('a');
		const i = all.find((x) => x.template === 'measure' && x.facts[0] === 'b');
		expect(i?.skill).toBe('numbers-data');
		expect(i?.stem).toBe('What does the figure of 1,200 in the article describe?');
		expect(keyTexts(i)).toEqual(['The number of containers seized in 2023']);
		expect(distractorTexts(i).sort()).toEqual([
			'The number of inspectors at the port',
			'The number of nations at meeting a'
		]);
	});

	it('numbers-data: what a figure can and cannot show, when the author says', () => {
		const f = number('d', {
			shows: [
				'arrivals reached a record in those three months',
				'the crackdown had not stopped the crossings'
			],
			cannotShow: ['how many people will cross in the whole year']
		});
		const i = generateItems([f], { seed: 'x' }).find((x) => x.skill === 'numbers-data');
		expect(i?.template).toBe('limits');
		expect(i?.stem).toMatch(/NOT tell us\?$/);
		expect(keyTexts(i)).toEqual(['How many people will cross in the whole year']);
	});
});

describe('events and sequence', () => {
	it('a date span is asked with spans of its own length that do not overlap it', () => {
		const span = event('survey', '2023-08', 'month', { until: '2023-09' });
		const i = generateItems([span], { seed: 'a' }).find((x) => x.template === 'when');
		expect(keyTexts(i)).toEqual(['August to September 2023']);
		expect(i && isChoice(i) ? i.options.map((o) => o.text) : []).toContain(
			'October to November 2023'
		);
	});

	it('orders only what the text supports: a year and a month of that year are never set in order', () => {
		const facts = [
			event('summit', '2025', 'year'),
			event('record', '2025-01', 'month', { until: '2025-03' }),
			event('pact', 'December, earlier', 'relative')
		];
		const all = generateItems(facts, { seed: 'a' });
		expect(all.filter((i) => i.skill === 'sequence')).toEqual([]);
	});

	it('an `after` link and dates that do not overlap give a timeline', () => {
		const facts = [
			event('pact', 'December, before the summit', 'relative'),
			event('summit', '2025', 'year', { after: ['pact'] }),
			event('release', '2026-06', 'month'),
			event('record', '2025-01', 'month')
		];
		const all = generateItems(facts, { seed: 'a' });
		expect(runChecks(all, facts).map(formatViolation)).toEqual([]);
		const order = all.find((i) => i.type === 'ordering');
		expect(order?.type === 'ordering' ? order.items.map((e) => e.id) : []).toEqual([
			'pact',
			'summit',
			'release'
		]);
		expect(order?.stem).toBe('In what order does the article place these events, earliest first?');
	});
});

describe('claims and evidence', () => {
	const position = (
		id: string,
		holder: string,
		text: string,
		extra: Partial<PositionFact> = {}
	): PositionFact => ({
		id,
		type: 'position',
		statement: `${holder} holds that ${text}.`,
		source,
		section: 's',
		holder,
		holderCategory: 'organisation',
		position: text,
		...extra
	});
	const facts: Fact[] = [
		position('board', 'the Harbour Board', 'each container should be scanned', {
			reason: 'smugglers hide goods in cargo'
		}),
		position('dockers', 'the Dockers Union', 'inspections slow honest trade', {
			contestedBy: ['board']
		}),
		position('watch', 'Harbour Rights Watch', 'searches must respect privacy'),
		position('watch-judge', 'Harbour Rights Watch', 'a judge should approve searches'),
		{
			id: 'opponents',
			type: 'set',
			statement: 'The Dockers Union and Harbour Rights Watch oppose more searches.',
			source,
			section: 's',
			name: 'groups opposing more searches',
			category: 'organisation',
			members: ['the Dockers Union', 'Harbour Rights Watch'],
			complete: false
		},
		position('reporter', 'the article', 'the dispute has become bitter')
	];
	const all = generateItems(facts, { seed: 'c' });
	const find = (template: string) => all.find((i) => i.template === template);

	it('passes the checks and asks each view as a claim', () => {
		expect(runChecks(all, facts).map(formatViolation)).toEqual([]);
		for (const i of all) if (i.facts[0] !== 'opponents') expect(i.skill).toBe('claims-evidence');
	});

	it('the reason a side gives, against other sides’ views', () => {
		const i = find('reason');
		expect(i?.stem).toBe(
			'What reason does the article report the Harbour Board giving for the view that each container should be scanned?'
		);
		expect(keyTexts(i)).toEqual(['Smugglers hide goods in cargo']);
		expect(distractorTexts(i).sort()).toEqual([
			'A judge should approve searches',
			'Inspections slow honest trade',
			'Searches must respect privacy'
		]);
	});

	it('the reporter’s own words against what the sides argue; the reporter is never a voice', () => {
		const i = find('reporter');
		expect(keyTexts(i)).toEqual(['The dispute has become bitter']);
		for (const x of all)
			if (isChoice(x)) for (const o of x.options) expect(o.text).not.toMatch(/^the article$/i);
	});

	it('the view that goes against a side’s view', () => {
		const i = find('contested');
		expect(i?.facts).toEqual(['dockers', 'board']);
		expect(keyTexts(i)).toEqual(['Each container should be scanned']);
		// Only the side's allies' views are safe wrong answers: they do not go against it.
		expect(distractorTexts(i).sort()).toEqual([
			'A judge should approve searches',
			'Searches must respect privacy'
		]);
	});
});

describe('cause and effect', () => {
	const cause = (id: string, c: string, e: string, extra: Partial<CauseFact> = {}): CauseFact => ({
		id,
		type: 'cause',
		statement: `Because ${c}, ${e}.`,
		source,
		section: 's',
		cause: c,
		effect: e,
		...extra
	});

	it('asks the reason the article gives, against the author’s alternatives first', () => {
		const facts = [
			cause('fees', 'fees went up', 'small traders moved to other ports', {
				alternatives: ['the port closed at night', 'ships grew too large for the quay']
			})
		];
		const i = generateItems(facts, { seed: 'a' })[0];
		expect(i).toMatchObject({
			template: 'why',
			skill: 'cause-effect',
			stem: 'The article reports that small traders moved to other ports. What reason does it give?'
		});
		expect(distractorTexts(i).sort()).toEqual([
			'Ships grew too large for the quay',
			'The port closed at night'
		]);
	});

	it('never offers another fact’s cause as a wrong reason: without alternatives, causes are matched to their effects', () => {
		const facts = [
			cause('one', 'talks broke down', 'the dockworkers walked out'),
			cause('two', 'the port was shut by the strike', 'ships were sent to other ports'),
			cause('three', 'a storm hit the coast', 'the quay was damaged'),
			cause('four', 'a new quay opened', 'bigger ships called')
		];
		const all = generateItems(facts, { seed: 'a' });
		// "Talks broke down" is, through the strike, part of why ships went elsewhere: it is never a wrong answer.
		expect(all.filter((i) => i.template === 'why')).toEqual([]);
		const matching = all.find((i) => i.type === 'matching');
		expect(matching?.skill).toBe('cause-effect');
		expect(matching?.type === 'matching' ? matching.pairs.map((p) => p.id).sort() : []).toEqual([
			'four',
			'one',
			'three',
			'two'
		]);
	});
});

describe('forms of one fact', () => {
	it('a fact with no safe choice falls back to another form, never to nothing', () => {
		const lonely: Fact = {
			id: 'host',
			type: 'entity',
			statement: 'Norland hosted the summit.',
			source,
			section: 's',
			entity: 'Norland',
			category: 'telescope',
			relation: 'host',
			role: 'the host of the summit'
		};
		const notes: string[] = [];
		const all = generateItems([lonely], {
			seed: 'a',
			onNote: (id, n) => notes.push(`${id}: ${n}`)
		});
		expect(all.map((i) => i.template)).toEqual(['blank']);
		expect(notes.join('\n')).toMatch(
			/host: no choice item: wrong answers of kind `telescope`: module 0, author 0, no shared pool/
		);
	});

	it('keeps the ids of unrelated facts’ items when facts are added', () => {
		const extra: QuoteFact = {
			id: 'new-quote',
			type: 'quote',
			statement: 'A pilot spoke.',
			source,
			section: 'voices',
			speaker: 'Ola Pilot',
			speakerCategory: 'person',
			words: 'Fog closes the harbour twice a week',
			argues: 'weather matters'
		};
		const more = generateItems([...FIXTURE_FACTS, extra], { seed: 'spec', sections: GISTS });
		const ids = new Set(more.map((i) => i.id));
		const kept = items.filter((i) => ids.has(i.id)).length;
		expect(kept / items.length).toBeGreaterThanOrEqual(0.9);
	});
});

describe('generateItems on random valid fact sets', () => {
	const spec: fc.Arbitrary<FactSpec> = fc.record({
		type: fc.constantFrom(...FACT_TYPES),
		value: fc.integer({ min: 1, max: 200000 }),
		qualifier: fc.constantFrom('exact', 'over', 'at-least', 'about', 'under', 'up-to'),
		category: fc.constantFrom(
			'country',
			'organisation',
			'agency',
			'company',
			'person',
			'party',
			'city',
			'region',
			'telescope'
		),
		year: fc.integer({ min: 1990, max: 2030 }),
		month: fc.integer({ min: 1, max: 12 }),
		granularity: fc.constantFrom('year', 'month', 'relative'),
		sequence: fc.integer({ min: 1, max: 9 }),
		members: fc.integer({ min: 2, max: 5 }),
		complete: fc.boolean()
	});

	it('always passes every check, is deterministic for a seed, and never puts a figure option among words', () => {
		fc.assert(
			fc.property(
				fc.array(spec, { minLength: 1, maxLength: 14 }),
				fc.string({ minLength: 1, maxLength: 6 }),
				(specs, seed) => {
					const facts = syntheticFacts(specs);
					const out = generateItems(facts, {
						seed,
						file: { fields: ['government-politics'], alternatives: new Map() }
					});
					expect(runChecks(out, facts).map(formatViolation)).toEqual([]);
					expect(
						generateItems(facts, {
							seed,
							file: { fields: ['government-politics'], alternatives: new Map() }
						})
					).toEqual(out);
					for (const i of out) {
						if (!isChoice(i) || i.type === 'truefalse') continue;
						const figures = i.options.filter((o) => isFigureOption(o.text)).length;
						expect(figures === 0 || figures === i.options.length, i.id).toBe(true);
					}
				}
			),
			{ numRuns: 60 }
		);
	});
});

describe('items that would give each other away', () => {
	it('keeps both and lists the revealed item’s fact on the revealing one, so no quiz holds both', () => {
		const museum: Fact = {
			id: 'museum',
			type: 'entity',
			statement: 'The Whitcombe Museum in Leeds voted to return the objects.',
			source,
			section: 's',
			entity: 'the Whitcombe Museum',
			category: 'museum',
			relation: 'returns the objects',
			role: 'the museum in Leeds that voted to return the objects',
			alternatives: ['the Leeds City Museum', 'the Royal Armouries', 'the Henry Moore Institute']
		};
		const count = number('objects', {
			value: 38,
			unit: 'objects',
			measure: 'objects the Whitcombe Museum will return',
			ask: 'How many objects will the Whitcombe Museum return?'
		});
		const all = generateItems([museum, count], { seed: 'a' });
		expect(runChecks(all, [museum, count]).map(formatViolation)).toEqual([]);
		const named = all.find((i) => i.facts[0] === 'museum');
		const figure = all.find((i) => i.facts[0] === 'objects' && i.skill === 'key-detail');
		expect(named).toBeDefined();
		expect(figure?.facts).toEqual(['objects', 'museum']);
	});
});

describe('true/false with a falsehood the facts vouch for', () => {
	it('a cause with one alternative gives it as the false reason; a figure’s limits give a false "it tells us"', () => {
		const c: Fact = {
			id: 'why',
			type: 'cause',
			statement: 'Because the talks failed, the dockers walked out.',
			source,
			section: 's',
			cause: 'the talks failed',
			effect: 'the dockers walked out',
			alternatives: ['the port was sold']
		};
		const n = number('arrivals', {
			shows: ['a record was set in those months'],
			cannotShow: ['why more people crossed']
		});
		const stems = new Set<string>();
		for (const seed of ['a', 'b', 'c', 'd', 'e', 'f']) {
			for (const i of generateItems([c, n], { seed })) {
				if (i.type !== 'truefalse') continue;
				stems.add(`${i.answer}: ${i.stem}`);
				if (i.template === 'why-tf')
					expect(i.answer === 'false').toBe(i.stem.includes('the port was sold'));
				if (i.template === 'limits-tf')
					expect(i.answer === 'false').toBe(i.stem.includes('why more people crossed'));
			}
		}
		expect([...stems].some((t) => t.startsWith('false'))).toBe(true);
	});
});

describe('dates', () => {
	it('wrong dates stay between the events the article puts before and after the key', () => {
		const facts = [
			event('vote', '2026-01-15', 'day'),
			event('handover', '2026-04', 'month', { after: ['vote'] }),
			event('review', '2026-08', 'month', { after: ['handover'] })
		];
		let asked = 0;
		for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
			const i = generateItems(facts, { seed }).find(
				(x) => x.facts[0] === 'handover' && x.template === 'when'
			);
			if (!i || !isChoice(i)) continue;
			asked += 1;
			// Between the vote (15 January) and the review (August): never January, never August or later.
			for (const o of i.options)
				expect(o.text, i.options.map((x) => x.text).join(' | ')).toMatch(
					/^(February|March|April|May|June|July) 2026$/
				);
		}
		expect(asked).toBeGreaterThan(0);
	});
});
