import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptedWindow, chiSquarePValue, formatViolation, runChecks } from './checks.ts';
import type { EntityCategory, Fact, NumberQualifier } from './facts-types.ts';
import { generateItems, numericLadder } from './generate.ts';
import { FACT_TYPES, FIXTURE_FACTS, syntheticFacts, type FactSpec } from './test-fixtures.ts';
import { isChoice, keyIds, type Item } from './types.ts';

const items = generateItems(FIXTURE_FACTS, { seed: 'spec' });
const item = (id: string): Item => {
	const found = items.find((i) => i.id === id);
	if (!found) throw new Error(`no item ${id} among ${items.map((i) => i.id).join(', ')}`);
	return found;
};
const keyTexts = (i: Item): string[] => {
	if (!isChoice(i)) return [];
	const keys = new Set(keyIds(i));
	return i.options.filter((o) => keys.has(o.id)).map((o) => o.text);
};
const distractorTexts = (i: Item): string[] => {
	if (!isChoice(i)) return [];
	const keys = new Set(keyIds(i));
	return i.options.filter((o) => !keys.has(o.id)).map((o) => o.text);
};

describe('generateItems on the fixture module', () => {
	it('passes every check and covers all eight types', () => {
		expect(runChecks(items, FIXTURE_FACTS).map(formatViolation)).toEqual([]);
		expect(new Set(items.map((i) => i.type))).toEqual(
			new Set(['single', 'multiple', 'truefalse', 'numeric', 'blank', 'ordering', 'matching', 'whosaid'])
		);
	});

	it('is identical for the same seed and reshuffles for another', () => {
		expect(generateItems(FIXTURE_FACTS, { seed: 'spec' })).toEqual(items);
		const other = generateItems(FIXTURE_FACTS, { seed: 'other' });
		expect(other).not.toEqual(items);
	});

	it('number: numeric entry accepts the window its qualifier allows', () => {
		expect(item('delegations.numeric')).toMatchObject({ type: 'numeric', answer: 30, min: 30, max: 34.5, unit: 'delegations' });
		expect(item('seized-containers.numeric')).toMatchObject({ answer: 1200, min: 1200, max: 1200 });
		expect(item('inspectors.numeric')).toMatchObject({ answer: 450, min: 405, max: 495 });
	});

	it('number: figure choice keeps the qualifier, the rounding and disjoint windows', () => {
		const figure = item('delegations.figure');
		expect(keyTexts(figure)).toEqual(['over 30']);
		expect(distractorTexts(figure).every((t) => /^over \d+$/.test(t))).toBe(true);
		const about = item('inspectors.figure');
		expect(about.type === 'single' && about.options.every((o) => /^about \d+0$/.test(o.text))).toBe(true);
	});

	it('number: the ladder puts the key at any rank with non-overlapping windows', () => {
		for (const q of ['exact', 'over', 'about', 'at-least', 'under'] as NumberQualifier[]) {
			for (let rank = 0; rank < 4; rank++) {
				const values = numericLadder(6600, q, rank);
				expect(values?.[rank]).toBe(6600);
				const windows = (values ?? []).map((v) => acceptedWindow(v, q));
				windows.slice(1).forEach((w, i) => expect(w[0]).toBeGreaterThan(windows[i][1]));
			}
		}
		expect(numericLadder(10, 'at-least', 3)).toEqual([4, 5, 7, 10]);
	});

	it('number: the key’s rank among figure options is uniform over seeds', () => {
		const counts = [0, 0, 0, 0];
		for (let s = 0; s < 100; s++) {
			const figure = generateItems(FIXTURE_FACTS, { seed: `s${s}` }).find((i) => i.id === 'delegations.figure');
			if (figure?.type === 'single') counts[figure.options.findIndex((o) => o.id === figure.answer)] += 1;
		}
		const stat = counts.reduce((sum, c) => sum + (c - 25) ** 2 / 25, 0);
		expect(counts.reduce((a, b) => a + b)).toBe(100);
		expect(chiSquarePValue(stat, 3)).toBeGreaterThan(0.001);
	}, 30000);

	it('event: year entry, month choice and a timeline in sequence order', () => {
		expect(item('pact-signed.year')).toMatchObject({ type: 'numeric', answer: 2022, min: 2022, max: 2022 });
		expect(keyTexts(item('pact-signed.when'))).toEqual(['March 2022']);
		const timeline = item('pact-signed+scanner-rollout+summit-held.ordering');
		expect(timeline.type === 'ordering' && timeline.items.map((e) => e.id)).toEqual(['pact-signed', 'scanner-rollout', 'summit-held']);
	});

	it('entity: named choice with known-false distractors, blank and matching', () => {
		const named = item('norland-host.named');
		expect(keyTexts(named)).toEqual(['Norland']);
		for (const d of distractorTexts(named)) expect(JSON.stringify(FIXTURE_FACTS)).not.toContain(d);
		expect(item('norland-host.blank')).toMatchObject({ type: 'blank', accept: ['Norland'] });
		const matching = items.find((i) => i.type === 'matching');
		expect(matching?.type === 'matching' && matching.pairs.length).toBeGreaterThanOrEqual(3);
	});

	it('set: a complete list asks NOT (distractors are members), an incomplete one never does', () => {
		const not = item('pact-members.not-member');
		expect(not.stem).toContain('NOT');
		expect(['Norland', 'Veluria', 'Ostmark', 'Tarsis']).not.toContain(keyTexts(not)[0]);
		expect(distractorTexts(not).every((d) => ['Norland', 'Veluria', 'Ostmark', 'Tarsis'].includes(d))).toBe(true);
		expect(items.some((i) => i.id === 'attendees.not-member')).toBe(false);
	});

	it('set: multiple select keys are members and non-keys are not named anywhere', () => {
		const members = item('attendees.members');
		expect(members.type).toBe('multiple');
		expect(keyTexts(members).every((k) => ['Veluria', 'Quenland'].includes(k))).toBe(true);
		for (const d of distractorTexts(members)) expect(JSON.stringify(FIXTURE_FACTS)).not.toContain(d);
		// A complete list may use module names that the list leaves out.
		const complete = item('pact-members.member');
		expect(distractorTexts(complete).every((d) => !['Norland', 'Veluria', 'Ostmark', 'Tarsis'].includes(d))).toBe(true);
	});

	it('quote and position: who said it against the other voices of its kind, with a quote blank', () => {
		const watchdog = item('watchdog-position.whosaid');
		expect(watchdog.type).toBe('whosaid');
		expect(keyTexts(watchdog)).toEqual(['Harbour Rights Watch']);
		expect(distractorTexts(watchdog).sort()).toEqual(['the Dockers Union', 'the Harbour Board']);
		// The only person quoted: no other voice of her kind, so no who-said item and a true statement only.
		expect(items.find((i) => i.id === 'minister-quote.whosaid')).toBeUndefined();
		expect(item('minister-quote.quote-tf')).toMatchObject({ answer: 'true' });
		const blank = item('minister-quote.blank');
		expect(blank.type === 'blank' && blank.stem.split('___').length).toBe(2);
	});

	it('cause and definition: causes matched to their effects, term choice and blank', () => {
		const matching = item('fees-cause+gaps-cause+scanners-cause.matching');
		expect(matching.type === 'matching' && matching.pairs.find((p) => p.id === 'gaps-cause')?.right).toBe(
			'Smugglers switch to the weakest port'
		);
		expect(keyTexts(item('manifest.term'))).toEqual(['manifest']);
		expect(item('manifest.blank')).toMatchObject({ accept: ['manifest'] });
	});

	it('true/false: false statements swap in something known false; both answers occur', () => {
		const tfs = items.filter((i) => i.type === 'truefalse');
		const answers = tfs.map((i) => (i.type === 'truefalse' ? i.answer : ''));
		expect(answers.filter((a) => a === 'true').length).toBeGreaterThan(0);
		expect(answers.filter((a) => a === 'false').length).toBeGreaterThan(0);
		const named = item('norland-host.named-tf');
		if (named.type === 'truefalse' && named.answer === 'false') expect(named.stem).not.toContain('Norland');
	});

	it('true/false templates: each statement matches its answer', () => {
		const tf = (id: string) => {
			const found = item(id);
			if (found.type !== 'truefalse') throw new Error(`${id} is not true/false`);
			return found;
		};
		const before = tf('pact-signed+scanner-rollout.before-tf');
		const saysPactFirst = before.stem.indexOf('the signing of the harbour pact') < before.stem.indexOf('the scanner roll-out');
		expect(before.answer).toBe(saysPactFirst ? 'true' : 'false');
		const figure = tf('delegations.figure-tf');
		expect(figure.answer).toBe(figure.stem.includes('over 30 as') ? 'true' : 'false');
		const when = tf('pact-signed.when-tf');
		expect(when.answer).toBe(when.stem.includes('March 2022') ? 'true' : 'false');
		const quote = tf('minister-quote.quote-tf');
		expect(quote.answer).toBe(quote.stem.includes('Ada Brenn') ? 'true' : 'false');
		const position = tf('dockers-position.position-tf');
		expect(position.answer).toBe(position.stem.includes('Dockers Union') ? 'true' : 'false');
		const member = tf('pact-members.member-tf');
		expect(member.answer).toBe(/Norland|Veluria|Ostmark|Tarsis/.test(member.stem) ? 'true' : 'false');
		const definition = tf('manifest.definition-tf');
		expect(definition.answer).toBe(definition.stem.includes('the list of goods') ? 'true' : 'false');
	});

	it('definition: meaning choice offers other definitions’ meanings', () => {
		const meaning = item('manifest.meaning');
		expect(keyTexts(meaning)).toEqual(['the list of goods a ship declares it carries']);
		expect(distractorTexts(meaning).length).toBeGreaterThanOrEqual(2);
	});

	it('falls back to the fact’s own statement when no template fits', () => {
		const lone: Fact = {
			id: 'lone-cause',
			type: 'cause',
			statement: 'Because the tide turned, the ferry waited.',
			source: { article: 'x', paragraph: 1 },
			section: 's',
			cause: 'the tide turned',
			effect: 'the ferry waited'
		};
		expect(generateItems([lone], { seed: 'x' })).toMatchObject([
			{ id: 'lone-cause.statement-tf', type: 'truefalse', answer: 'true', stem: 'Because the tide turned, the ferry waited. True or false?' }
		]);
	});

	it('emphasises negatives it writes into stems', () => {
		const fact: Fact = {
			id: 'no-lists',
			type: 'position',
			statement: 'The Dockers Union says checks do not help.',
			source: { article: 'x', paragraph: 1 },
			section: 's',
			holder: 'the Dockers Union',
			holderCategory: 'organisation',
			position: 'checks do not help'
		};
		const stems = generateItems([fact], { seed: 'x' }).map((i) => i.stem);
		expect(stems.every((stem) => !/\bnot\b/.test(stem))).toBe(true);
		expect(stems.some((stem) => stem.includes('do NOT help'))).toBe(true);
	});

	it('keeps ids when unrelated facts are added', () => {
		const extra: Fact[] = [
			{
				id: 'cranes',
				type: 'number',
				statement: 'About 80 cranes work on the quays.',
				source: { article: 'harbour-summit', paragraph: 6 },
				section: 'figures',
				value: 80,
				unit: 'cranes',
				qualifier: 'about',
				measure: 'cranes on the quays'
			}
		];
		const before = items.map((i) => i.id);
		const bank = generateItems([...FIXTURE_FACTS, ...extra], { seed: 'spec' });
		const after = new Set(bank.map((i) => i.id));
		expect(before.filter((id) => !after.has(id))).toEqual([]);
		expect(after.has('cranes.numeric')).toBe(true);
		// Content stays too, but for the few keys moved to keep positions balanced.
		const now = new Map(bank.map((i) => [i.id, JSON.stringify(i)]));
		const changed = items.filter((i) => now.get(i.id) !== JSON.stringify(i));
		expect(changed.length).toBeLessThanOrEqual(Math.ceil(items.length / 10));
	});
});

const specArb: fc.Arbitrary<FactSpec> = fc.record({
	type: fc.constantFrom(...FACT_TYPES),
	value: fc.integer({ min: 1, max: 200000 }),
	qualifier: fc.constantFrom<NumberQualifier>('exact', 'over', 'at-least', 'about', 'under', 'up-to'),
	category: fc.constantFrom<EntityCategory>('country', 'organisation', 'agency', 'company', 'person', 'party', 'city', 'region'),
	year: fc.integer({ min: 1990, max: 2030 }),
	month: fc.integer({ min: 1, max: 12 }),
	granularity: fc.constantFrom<FactSpec['granularity']>('year', 'month', 'relative'),
	sequence: fc.integer({ min: 1, max: 9 }),
	members: fc.integer({ min: 2, max: 5 }),
	complete: fc.boolean()
});

describe('generateItems on random valid fact sets', () => {
	it('always passes every check and is deterministic for a seed', () => {
		fc.assert(
			fc.property(fc.array(specArb, { minLength: 1, maxLength: 30 }), fc.string({ maxLength: 8 }), (list, seed) => {
				const facts = syntheticFacts(list);
				const bank = generateItems(facts, { seed });
				expect(runChecks(bank, facts).map(formatViolation)).toEqual([]);
				expect(generateItems(facts, { seed })).toEqual(bank);
			}),
			{ numRuns: 100 }
		);
	}, 60000);
});
