import { describe, expect, it } from 'vitest';
import type { Fact } from '../questions/facts-types.ts';
import { FIXTURE_FACTS } from '../testing/facts.ts';
import { flashcardId, flashcardsFor } from './flashcards.ts';

const facts: Fact[] = [
	{
		id: 'crossings',
		type: 'number',
		statement: 'More than 6,600 people crossed in the first three months of 2025.',
		value: 6600,
		unit: 'people',
		qualifier: 'over',
		measure: 'people crossing the Channel in small boats',
		period: 'January to March 2025',
		section: 'numbers',
		anchor: 'crossings'
	},
	{
		id: 'summit-held',
		type: 'event',
		statement: 'The summit was held in London in March 2025.',
		event: 'the Organised Immigration Crime Summit',
		when: '2025-03',
		granularity: 'month',
		sequence: 2,
		section: 'summit'
	},
	{
		id: 'asylum-seeker',
		type: 'definition',
		statement: 'An asylum seeker has asked for protection and awaits a decision.',
		term: 'asylum seeker',
		meaning: 'a person who has applied for refugee protection and awaits a decision',
		background: true,
		section: 'key-terms',
		anchor: 'asylum-seeker'
	},
	{
		id: 'host',
		type: 'entity',
		statement: 'The UK hosted the summit.',
		entity: 'United Kingdom',
		category: 'country',
		relation: 'host',
		role: 'the host country',
		section: 'summit'
	},
	{
		id: 'channel',
		type: 'definition',
		statement: 'The Channel crossings are boat journeys from France to England.',
		term: 'Channel crossings',
		meaning: 'dangerous boat journeys from France to England',
		background: false,
		section: 'numbers'
	}
];

describe('flashcardsFor', () => {
	const cards = flashcardsFor('summit', facts);

	it('makes terms first, then key facts, each in file order, skipping other facts', () => {
		expect(cards.map((c) => c.factId)).toEqual([
			'asylum-seeker',
			'channel',
			'crossings',
			'summit-held'
		]);
		expect(cards.map((c) => c.kind)).toEqual(['term', 'term', 'fact', 'fact']);
	});

	it('puts the term on the front and its meaning on the back, marking background terms', () => {
		expect(cards[0]).toEqual({
			id: 'card:asylum-seeker',
			key: 'summit/card:asylum-seeker',
			module: 'summit',
			factId: 'asylum-seeker',
			kind: 'term',
			front: 'asylum seeker',
			back: 'A person who has applied for refugee protection and awaits a decision',
			background: true,
			section: 'key-terms',
			anchor: 'asylum-seeker'
		});
		expect(cards[1].background).toBe(false);
		expect('anchor' in cards[1]).toBe(false);
	});

	it('asks about a figure’s measure and period, answered by the statement', () => {
		expect(cards[2].front).toBe(
			'What figure does the article give for the number of people crossing the Channel in small boats (January to March 2025)?'
		);
		expect(cards[2].back).toBe(facts[0].statement);
		expect(cards[2].background).toBe(false);
	});

	it('asks when an event took place, answered by the statement', () => {
		expect(cards[3].front).toBe(
			'When, according to the article, did the Organised Immigration Crime Summit take place?'
		);
		expect(cards[3].back).toBe(facts[1].statement);
	});

	it('derives ids from fact ids only, so they survive reordering and other edits', () => {
		const reordered = flashcardsFor('summit', [...facts].reverse());
		const edited = flashcardsFor(
			'summit',
			facts.map((f) => ({ ...f, statement: `${f.statement} (revised)` }))
		);
		const ids = (list: typeof cards) => list.map((c) => c.id).sort();
		expect(ids(reordered)).toEqual(ids(cards));
		expect(ids(edited)).toEqual(ids(cards));
		expect(flashcardId('x')).toBe('card:x');
	});

	it('gives unique ids and questions ending in "?" for the fixture module', () => {
		const fixture = flashcardsFor('fixture', FIXTURE_FACTS);
		expect(fixture.length).toBeGreaterThan(0);
		expect(new Set(fixture.map((c) => c.key)).size).toBe(fixture.length);
		for (const card of fixture.filter((c) => c.kind === 'fact')) expect(card.front).toMatch(/\?$/);
		for (const card of fixture) expect(card.back.length).toBeGreaterThan(0);
	});
});
