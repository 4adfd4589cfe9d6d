import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { ContentError } from '../content/problems.ts';
import { buildBank, paragraphs } from './bank.ts';
import { FIXTURE_FACTS } from '../testing/facts.ts';

const sections = new Map([
	['summit', []],
	['figures', []],
	['history', []],
	['voices', []],
	['background', []]
]);
const factsText = stringify({ facts: FIXTURE_FACTS });

const hand = (stem: string) =>
	stringify({
		questions: [
			{
				id: 'hand-host',
				type: 'single',
				facts: ['norland-host'],
				section: 'summit',
				stem,
				options: [
					{ id: 'norland', text: 'Norland' },
					{ id: 'veluria', text: 'Veluria' },
					{ id: 'tarsis', text: 'Tarsis' }
				],
				answer: 'norland',
				explanation: 'Norland hosted the summit.'
			}
		]
	});

describe('buildBank', () => {
	it('returns facts and generated plus hand items that pass every check', () => {
		const bank = buildBank(
			factsText,
			'f.yaml',
			hand('Which country hosted the harbour summit?'),
			'q.yaml',
			{ sections }
		);
		expect(bank.facts).toHaveLength(FIXTURE_FACTS.length);
		expect(bank.items.filter((i) => i.origin === 'hand').map((i) => i.id)).toEqual(['hand-host']);
		expect(bank.items.length).toBeGreaterThan(FIXTURE_FACTS.length);
	});

	it('fails on a planted flawed item with its line and the rule', () => {
		try {
			buildBank(
				factsText,
				'f.yaml',
				hand('Which country hosted the harbour summit, not Tarsis?'),
				'q.yaml',
				{ sections }
			);
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(ContentError);
			expect((e as ContentError).message).toBe(
				'q.yaml:2: item hand-host: negative-emphasised: the negative “not” in the stem must be emphasised (upper case or **bold**)'
			);
		}
	});

	it('passes facts errors through as path:line problems', () => {
		expect(() => buildBank('facts:\n  - id: x\n', 'f.yaml', null, 'q.yaml', { sections })).toThrow(
			/^f\.yaml:2: fact `x`/
		);
	});

	it('splits articles into paragraphs: one per line, or blocks between blank lines after an optional headline', () => {
		expect(paragraphs('One.\nTwo.\nThree.\n')).toEqual(['One.', 'Two.', 'Three.']);
		expect(paragraphs('One starts\nand goes on.\n\nTwo.\n\n\nThree.\n')).toEqual([
			'One starts and goes on.',
			'Two.',
			'Three.'
		]);
		expect(paragraphs('Webb finds early galaxies\n\nOne.\n\nTwo.')).toEqual(['One.', 'Two.']);
		expect(paragraphs('“A quoted opening line,” she said.\n\nTwo.')).toEqual([
			'“A quoted opening line,” she said.',
			'Two.'
		]);
	});
});
