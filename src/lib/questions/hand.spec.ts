import { describe, expect, it } from 'vitest';
import { ContentError } from '../content/problems.ts';
import { parseQuestions, parseQuestionsWithLines } from './hand.ts';
import { FIXTURE_FACTS } from '../testing/facts.ts';

const sections = new Map([
	['summit', ['who-came']],
	['voices', []]
]);
const ctx = { facts: FIXTURE_FACTS, sections };

const VALID = `questions:
  - id: hand-host
    type: single
    facts: [norland-host]
    section: summit
    anchor: who-came
    stem: Which country hosted the harbour summit?
    options:
      - { id: norland, text: Norland }
      - { id: veluria, text: Veluria, feedback: Veluria attended but did not host. }
      - { id: tarsis, text: Tarsis }
    answer: norland
    explanation: Norland hosted it.
  - id: hand-tf
    type: truefalse
    facts: norland-host
    section: summit
    stem: Did Norland host the summit?
    answer: true
    explanation: It did.
  - id: hand-order
    type: ordering
    facts: [pact-signed, scanner-rollout, summit-held]
    section: summit
    stem: In what order did these happen?
    items:
      - { id: pact, text: The pact }
      - { id: scanners, text: The scanners }
      - { id: summit, text: The summit }
    explanation: Pact, scanners, summit.
`;

function problems(text: string): string[] {
	try {
		parseQuestions(text, 'q.yaml', ctx);
	} catch (e) {
		if (e instanceof ContentError) return e.message.split('\n');
		throw e;
	}
	return [];
}

describe('parseQuestions', () => {
	it('reads hand items with origin hand and default true/false options', () => {
		const { items, lines } = parseQuestionsWithLines(VALID, 'q.yaml', ctx);
		expect(items.map((i) => [i.id, i.type, i.origin])).toEqual([
			['hand-host', 'single', 'hand'],
			['hand-tf', 'truefalse', 'hand'],
			['hand-order', 'ordering', 'hand']
		]);
		expect(items[1]).toMatchObject({
			facts: ['norland-host'],
			answer: 'true',
			options: [{ id: 'true' }, { id: 'false' }]
		});
		expect(items[0]).toMatchObject({
			options: [{}, { feedback: 'Veluria attended but did not host.' }, {}]
		});
		expect(lines.get('hand-tf')).toBe(14);
	});

	it('reports unknown facts, sections, anchors and answers at their lines', () => {
		const text = VALID.replace('facts: [norland-host]', 'facts: [ghost]')
			.replace('anchor: who-came', 'anchor: nowhere')
			.replace('answer: norland', 'answer: nobody');
		expect(problems(text)).toEqual([
			'q.yaml:4: question `hand-host`: fact `ghost` does not exist in facts.yaml',
			'q.yaml:6: question `hand-host`: anchor `nowhere` is not a heading id of section `summit`',
			'q.yaml:12: question `hand-host`: answer `nobody` is not an option id'
		]);
	});

	it('reports missing fields, wrong types and duplicate ids', () => {
		const text = VALID.replace('    stem: Did Norland host the summit?\n', '').replace(
			'id: hand-order',
			'id: hand-tf'
		);
		const found = problems(text);
		expect(found).toContain('q.yaml:14: question `hand-tf`: missing required field `stem`');
		expect(found).toContain(
			'q.yaml:20: question `hand-tf`: duplicate id `hand-tf` (first on line 14)'
		);
		expect(problems(VALID.replace('answer: true', 'answer: maybe'))[0]).toBe(
			'q.yaml:19: question `hand-tf`: `answer` must be `true` or `false` (got `maybe`)'
		);
	});

	it('names a bad option by its number, and hints at a mistyped field', () => {
		const text = VALID.replace(
			'      - { id: tarsis, text: Tarsis }',
			'      - { id: tarsis, txt: Tarsis }'
		).replace('    explanation: It did.', '    explantion: It did.');
		expect(problems(text)).toEqual([
			'q.yaml:11: question `hand-host`: unknown field `txt` in item 3 of `options` (did you mean `text`?); allowed fields are id, text, feedback',
			'q.yaml:11: question `hand-host`: missing required field `text` in item 3 of `options`',
			'q.yaml:14: question `hand-tf`: missing required field `explanation`',
			'q.yaml:20: question `hand-tf`: unknown field `explantion` (did you mean `explanation`?); allowed fields are id, type, facts, section, anchor, skill, stem, explanation, options, answer'
		]);
	});
});
