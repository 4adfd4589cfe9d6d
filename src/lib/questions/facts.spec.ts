import { describe, expect, it } from 'vitest';
import { parseFacts, QuestionsError } from './facts.ts';

const sections = new Map([
	['summit', ['who-came', 'why']],
	['background', []]
]);

function problems(text: string): string[] {
	try {
		parseFacts(text, 'questions/m/facts.yaml', { sections, articles: new Map([['art', 6]]) });
	} catch (e) {
		if (e instanceof QuestionsError) return e.message.split('\n');
		throw e;
	}
	return [];
}

const VALID = `facts:
  - id: nations
    type: number
    statement: Over 40 nations came.
    value: 40
    unit: nations
    qualifier: over
    measure: nations at the summit
    source: { article: art, paragraph: 1 }
    section: summit
    anchor: who-came
  - id: term-asylum
    type: definition
    statement: Asylum is protection a state gives.
    term: asylum
    meaning: protection a state gives to someone fleeing danger
    background: true
    section: background
`;

describe('parseFacts', () => {
	it('returns typed facts from a valid file', () => {
		const facts = parseFacts(VALID, 'f.yaml', { sections });
		expect(facts.map((f) => f.id)).toEqual(['nations', 'term-asylum']);
		expect(facts[0]).toMatchObject({ type: 'number', value: 40, source: { article: 'art', paragraph: 1 } });
	});

	it('reports a missing required field at the fact', () => {
		const text = VALID.replace('    unit: nations\n', '');
		expect(problems(text)).toEqual(['questions/m/facts.yaml:2: fact `nations`: missing field `unit`']);
	});

	it('reports an unknown field and a wrong type at their keys', () => {
		const text = VALID.replace('    value: 40\n', '    value: forty\n    colour: red\n');
		expect(problems(text)).toEqual([
			'questions/m/facts.yaml:5: fact `nations`: `value` must be a number',
			'questions/m/facts.yaml:6: fact `nations`: unknown field `colour` (expected id, type, statement, source, section, anchor, value, unit, qualifier, period, reportedBy, measure)'
		]);
	});

	it('reports duplicate ids', () => {
		const text = VALID.replace('id: term-asylum', 'id: nations');
		expect(problems(text)).toContainEqual('questions/m/facts.yaml:12: fact `nations`: duplicate id `nations` (first on line 2)');
	});

	it('reports unknown sections and anchors', () => {
		expect(problems(VALID.replace('section: summit', 'section: nowhere'))[0]).toMatch(/^questions\/m\/facts.yaml:10: .*section `nowhere` does not exist/);
		expect(problems(VALID.replace('anchor: who-came', 'anchor: lost'))).toEqual([
			'questions/m/facts.yaml:11: fact `nations`: anchor `lost` is not a heading id of section `summit`'
		]);
	});

	it('wants a positive integer paragraph within the article', () => {
		expect(problems(VALID.replace('paragraph: 1', 'paragraph: 0'))[0]).toContain('source paragraph must be a positive integer');
		expect(problems(VALID.replace('paragraph: 1', 'paragraph: 1.5'))[0]).toContain('positive integer');
		expect(problems(VALID.replace('paragraph: 1', 'paragraph: 9'))[0]).toContain('past the end');
	});

	it('wants a source on article facts and none on background definitions', () => {
		expect(problems(VALID.replace('    source: { article: art, paragraph: 1 }\n', ''))).toEqual([
			'questions/m/facts.yaml:2: fact `nations`: has no source paragraph (`source: {article, paragraph}`)'
		]);
		const withSource = VALID.replace('    background: true\n', '    background: true\n    source: { article: art, paragraph: 2 }\n');
		expect(problems(withSource)[0]).toContain('a background definition is not from the article');
	});

	it('checks event dates against their granularity and unknown types', () => {
		const event = `facts:
  - id: e
    type: event
    statement: It happened.
    event: the thing
    when: '2024-13'
    granularity: month
    sequence: 1
    source: { article: art, paragraph: 1 }
    section: summit
  - id: odd
    type: rumour
`;
		const found = problems(event);
		expect(found[0]).toBe('questions/m/facts.yaml:6: fact `e`: `when: 2024-13` does not match granularity `month`');
		expect(found.some((p) => p.startsWith('questions/m/facts.yaml:12: fact `odd`: `type` must be one of'))).toBe(true);
	});

	it('reports YAML syntax errors and a missing facts list with lines', () => {
		expect(problems('facts:\n  - id: [unclosed\n')[0]).toMatch(/^questions\/m\/facts.yaml:\d+: YAML: /);
		expect(problems('items: []\n')[0]).toBe('questions/m/facts.yaml:1: unknown top-level key `items` (expected `facts`)');
	});

	it('carries every problem on the error', () => {
		try {
			parseFacts(VALID.replace('    unit: nations\n', '').replace('section: background', 'section: gone'), 'f.yaml', { sections });
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(QuestionsError);
			expect((e as QuestionsError).problems).toHaveLength(2);
			expect((e as QuestionsError).problems[0]).toEqual({ file: 'f.yaml', line: 2, message: 'fact `nations`: missing field `unit`' });
		}
	});
});
