import { describe, expect, it } from 'vitest';
import { checkBank } from './check-bank.ts';
import { isFigureOption } from './check-options.ts';
import { formatViolation, type Rule } from './check-rules.ts';
import { checkItem, runChecks } from './checks.ts';
import type { Fact } from './facts-types.ts';
import type { BlankItem, Item, NumericItem, SingleItem, TrueFalseItem } from './types.ts';

const FACTS: Fact[] = [
	{
		id: 'host',
		type: 'entity',
		statement: 'Norland hosted the harbour summit.',
		source: { article: 'a', paragraph: 1 },
		section: 's',
		entity: 'Norland',
		category: 'country',
		relation: 'host',
		role: 'the host of the summit'
	},
	{
		id: 'crossings',
		type: 'number',
		statement: 'Over 6,600 ships docked in 2025.',
		source: { article: 'a', paragraph: 2 },
		section: 's',
		value: 6600,
		unit: 'ships',
		qualifier: 'over',
		measure: 'ships that docked in 2025'
	}
];
const byId = new Map(FACTS.map((f) => [f.id, f]));

function single(over: Partial<SingleItem> = {}): SingleItem {
	return {
		id: 'q',
		type: 'single',
		origin: 'generated',
		template: 'named',
		skill: 'key-detail',
		facts: ['host'],
		section: 's',
		stem: 'Which of these does the article name as the host of the summit?',
		explanation: 'Norland hosted it.',
		options: [
			{ id: 'norland', text: 'Norland' },
			{ id: 'portugal', text: 'Portugal' },
			{ id: 'finland', text: 'Finland' },
			{ id: 'iceland', text: 'Iceland' }
		],
		answer: 'norland',
		...over
	};
}

function numeric(over: Partial<NumericItem> = {}): NumericItem {
	return {
		id: 'n',
		type: 'numeric',
		origin: 'generated',
		skill: 'key-detail',
		facts: ['crossings'],
		section: 's',
		stem: 'What figure does the article give for the number of ships that docked in 2025?',
		explanation: 'Over 6,600.',
		answer: 6600,
		min: 6600,
		max: 7590,
		unit: 'ships',
		...over
	};
}

const rules = (item: Item): Rule[] => checkItem(item, byId).map((v) => v.rule);
const opts = (...texts: string[]) => texts.map((text, i) => ({ id: `o${i}`, text }));

describe('item checks', () => {
	it('pass a well-written item', () => {
		expect(checkItem(single(), byId)).toEqual([]);
		expect(checkItem(numeric(), byId)).toEqual([]);
	});

	it('option-count: single choice needs 3 or 4 options, true/false 2', () => {
		expect(rules(single({ options: opts('Norland', 'Portugal'), answer: 'o0' }))).toContain(
			'option-count'
		);
		const tf: TrueFalseItem = {
			...single(),
			type: 'truefalse',
			stem: 'The article names Norland as the host of the summit. True or false?',
			options: opts('True', 'False', 'Maybe'),
			answer: 'o0'
		};
		expect(rules(tf)).toContain('option-count');
	});

	it('one-key: exactly one key that exists', () => {
		expect(rules(single({ answer: 'nobody' }))).toContain('one-key');
		expect(
			rules({
				...single(),
				type: 'multiple',
				answer: ['norland', 'portugal', 'finland', 'iceland']
			})
		).toContain('one-key');
	});

	it('unique-options: after normalising case, punctuation and numbers', () => {
		expect(
			rules(single({ options: opts('Norland', 'norland.', 'Finland', 'Iceland'), answer: 'o0' }))
		).toContain('unique-options');
		const figures = single({
			options: opts('6,600', '6600', '7,000', '8,000'),
			answer: 'o0',
			facts: ['crossings']
		});
		expect(rules(figures)).toContain('unique-options');
	});

	it('disjoint-windows: numeric options may not overlap', () => {
		const item = single({
			facts: ['crossings'],
			stem: 'Which figure does the article give for the number of ships that docked in 2025?',
			options: [
				{ id: 'a', text: 'over 6,600', min: 6600, max: 7590 },
				{ id: 'b', text: 'over 7,000', min: 7000, max: 8050 },
				{ id: 'c', text: 'over 9,000', min: 9000, max: 10350 }
			],
			answer: 'a'
		});
		expect(rules(item)).toContain('disjoint-windows');
	});

	it('same-kind-options: all numbers or none, one unit', () => {
		expect(
			rules(single({ options: opts('Norland', '12', 'Finland', 'Iceland'), answer: 'o0' }))
		).toContain('same-kind-options');
		expect(
			rules(
				single({ options: opts('6,600', '9000', '12,000'), answer: 'o0', facts: ['crossings'] })
			)
		).toContain('same-kind-options');
		expect(
			rules(
				single({
					options: opts('6,600 ships', '7,000 boats', '9,000 ships'),
					answer: 'o0',
					facts: ['crossings']
				})
			)
		).toContain('same-kind-options');
	});

	it('same-kind-options: a figure is an option that starts with a number; each message names its options', () => {
		expect(isFigureOption('over 6,600 arrivals')).toBe(true);
		expect(isFigureOption('350 to 600 million years')).toBe(true);
		expect(isFigureOption('700 million to 1.2 billion years')).toBe(true);
		expect(isFigureOption('18%')).toBe(true);
		expect(isFigureOption('Wide Field Camera 3')).toBe(false);
		expect(isFigureOption('the first three months of 2025')).toBe(false);
		const camera = single({
			options: opts('Wide Field Camera 3', 'the Near Infrared Camera', 'the Faint Object Camera'),
			answer: 'o0'
		});
		expect(rules(camera)).not.toContain('same-kind-options');
		const mixed = checkItem(
			single({ options: opts('Norland', '12 ships', 'Finland', 'Iceland'), answer: 'o0' }),
			byId
		);
		expect(mixed.find((v) => v.rule === 'same-kind-options')?.message).toBe(
			'mix figures (“12 ships”) and other options (“Norland”, “Finland”, “Iceland”)'
		);
		const units = checkItem(
			single({
				options: opts('6,600 ships', '7,000 boats', '9,000 ships'),
				answer: 'o0',
				facts: ['crossings']
			}),
			byId
		);
		expect(units.find((v) => v.rule === 'same-kind-options')?.message).toContain('“7,000 boats”');
	});

	it('not-more-precise: with the qualifier shown beside the box, the answer is the figure the article gives and nothing wider', () => {
		expect(rules(numeric({ prefix: 'over', min: 6600, max: 6600 }))).toEqual([]);
		expect(
			checkItem(numeric({ prefix: 'over', min: 6600, max: 7590 }), byId).map(formatViolation)
		).toEqual([
			'item n: not-more-precise: the answer accepts [6600, 7590], figures the article never gives; with “over” shown, accept 6,600 only'
		]);
		expect(rules(numeric({ prefix: 'about', min: 6600, max: 6600 }))).toContain('not-more-precise');
	});

	it('key-length: key at most 1.25 times the mean distractor', () => {
		expect(
			rules(
				single({
					options: opts('Norland and its neighbours', 'Peru', 'Chad', 'Iran'),
					answer: 'o0'
				})
			)
		).toContain('key-length');
	});

	it('no-all-none-of-above', () => {
		expect(
			rules(
				single({
					options: opts('Norland', 'Portugal', 'Finland', 'None of the above'),
					answer: 'o0'
				})
			)
		).toContain('no-all-none-of-above');
	});

	it('negative-emphasised: a lower-case NOT in a stem fails, upper case or bold passes', () => {
		const stem = (s: string) => single({ stem: s });
		expect(rules(stem('Which of these did not host the summit?'))).toContain('negative-emphasised');
		expect(rules(stem('Which of these does the article name as the host, except Peru?'))).toContain(
			'negative-emphasised'
		);
		expect(rules(stem('Which of these did NOT host the summit?'))).not.toContain(
			'negative-emphasised'
		);
		expect(rules(stem('Which of these did **not** host the summit?'))).not.toContain(
			'negative-emphasised'
		);
		expect(rules(stem('Who, according to the article, said “ports are not safe”?'))).not.toContain(
			'negative-emphasised'
		);
	});

	it('no-absolute-words in options', () => {
		expect(
			rules(
				single({ options: opts('Norland', 'Only Portugal', 'Finland', 'Iceland'), answer: 'o0' })
			)
		).toContain('no-absolute-words');
	});

	it('stem-key-clue: a content word shared by stem and key alone', () => {
		const item = single({
			stem: 'Which of these does the article name as the host country of the summit?',
			options: opts('Norland country', 'Portugal', 'Finland', 'Iceland'),
			answer: 'o0'
		});
		expect(rules(item)).toContain('stem-key-clue');
	});

	it('stem-form: a question ends with ?, a blank has exactly one ___', () => {
		expect(rules(single({ stem: 'Name the host of the summit.' }))).toContain('stem-form');
		const blank: BlankItem = {
			...numeric(),
			type: 'blank',
			facts: ['host'],
			stem: 'The article names ___ as the host of the ___.',
			accept: ['Norland']
		};
		expect(rules(blank)).toContain('stem-form');
		expect(rules({ ...blank, stem: 'The article names ___ as the host of the summit.' })).toEqual(
			[]
		);
	});

	it('length-limits: stem 220, option 120', () => {
		expect(
			rules(single({ stem: `Which of these ${'very '.repeat(50)}hosted the summit?` }))
		).toContain('length-limits');
		expect(
			rules(
				single({ options: opts('Norland', 'x'.repeat(121), 'Finland', 'Iceland'), answer: 'o0' })
			)
		).toContain('length-limits');
	});

	it('unknown-fact: items name facts that exist', () => {
		expect(rules(single({ facts: ['ghost'] }))).toContain('unknown-fact');
		expect(rules(single({ facts: [] }))).toContain('unknown-fact');
	});

	it('key-supported: a generated key comes from its facts', () => {
		expect(
			rules(single({ options: opts('Estavia', 'Portugal', 'Finland', 'Iceland'), answer: 'o0' }))
		).toContain('key-supported');
		expect(
			rules(numeric({ answer: 7000, min: 7000, max: 8000, stem: 'How many ships docked?' }))
		).toContain('key-supported');
	});

	it('not-more-precise: windows at least as wide as the qualifier, no figures the facts lack', () => {
		expect(rules(numeric({ max: 6600 }))).toContain('not-more-precise');
		expect(
			rules(
				numeric({
					stem: 'What figure does the article give for ships that docked in 2025, 6,650 or so?'
				})
			)
		).toContain('not-more-precise');
	});

	it('structure: a numeric answer lies inside its window', () => {
		expect(rules(numeric({ min: 7000, max: 8000 }))).toContain('structure');
	});
});

describe('bank checks', () => {
	const many = (n: number, at: (i: number) => number): SingleItem[] =>
		Array.from({ length: n }, (_, i) => {
			const options = [...single().options];
			const key = options.shift();
			if (key) options.splice(at(i), 0, key);
			return single({ id: `q${i}`, options });
		});

	it('key-position: keys bunched at one position fail the chi-square test', () => {
		const violations = checkBank(
			many(20, () => 0),
			FACTS
		);
		expect(violations.map((v) => v.rule)).toContain('key-position');
		expect(
			checkBank(
				many(20, (i) => i % 4),
				FACTS
			).map((v) => v.rule)
		).not.toContain('key-position');
	});

	it('key-longest: the key is the longest option in too many items', () => {
		const items = Array.from({ length: 12 }, (_, i) =>
			single({
				id: `l${i}`,
				options: opts(
					'the Norland coast guard service',
					'the Peru police',
					'the Chad army',
					'the Iran navy'
				),
				answer: 'o0'
			})
		).map((item, i) => {
			const options = [...item.options];
			const key = options.shift();
			if (key) options.splice(i % 4, 0, key);
			return { ...item, options };
		});
		expect(checkBank(items, FACTS).map((v) => v.rule)).toContain('key-longest');
	});

	it('giveaway: another item’s stem states this item’s answer', () => {
		const a = single();
		const b = numeric({
			id: 'b',
			stem: 'What figure does the article give for ships that docked in 2025 at the summit hosted by Norland?'
		});
		const violations = checkBank([a, b], FACTS).filter((v) => v.rule === 'giveaway');
		expect(violations).toEqual([
			{
				itemId: 'b',
				rule: 'giveaway',
				message: 'the stem gives away the answer of item q (“Norland”)',
				related: 'q'
			}
		]);
		// Items sharing a fact never meet in one quiz, so they may overlap.
		expect(
			checkBank([a, { ...b, facts: ['crossings', 'host'] }], FACTS).filter(
				(v) => v.rule === 'giveaway'
			)
		).toEqual([]);
	});

	it('duplicate: the same stem with the same options twice is a build error', () => {
		const a = single({ id: 'a' });
		const b = single({ id: 'b', options: [...single().options].reverse() });
		expect(
			checkBank([a, b], FACTS)
				.filter((v) => v.rule === 'duplicate')
				.map(formatViolation)
		).toEqual(['item b: duplicate: asks the same question with the same answers as item a']);
		expect(
			checkBank(
				[a, single({ id: 'c', options: opts('Norland', 'Peru', 'Chad', 'Malta'), answer: 'o0' })],
				FACTS
			).filter((v) => v.rule === 'duplicate')
		).toEqual([]);
	});

	it('fact-used: every fact appears in some item', () => {
		expect(checkBank([single()], FACTS).map(formatViolation)).toEqual([
			'bank: fact-used: fact `crossings` is used by no item'
		]);
	});

	it('runChecks finds duplicate ids and formats item violations', () => {
		const found = runChecks([single(), single({ answer: 'x' }), numeric()], FACTS);
		expect(found.map(formatViolation)).toContain('item q: structure: duplicate item id');
		expect(found.map(formatViolation)).toContain(
			'item q: one-key: the answer names an option that does not exist'
		);
	});
});
