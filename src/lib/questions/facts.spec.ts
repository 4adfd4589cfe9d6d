import { describe, expect, it } from 'vitest';
import { ContentError } from '../content/problems.ts';
import { parseFacts, parseFactsFile } from './facts.ts';

const sections = new Map([
	['summit', ['who-came', 'why']],
	['background', []]
]);

function problems(text: string): string[] {
	try {
		parseFacts(text, 'questions/m/facts.yaml', { sections, articles: new Map([['art', 6]]) });
	} catch (e) {
		if (e instanceof ContentError) return e.message.split('\n');
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
		expect(facts[0]).toMatchObject({
			type: 'number',
			value: 40,
			source: { article: 'art', paragraph: 1 }
		});
	});

	it('refuses a draft at its `draft` line, and keeps it for author tools when asked', () => {
		const text = VALID.replace('    type: number\n', '    type: number\n    draft: true\n');
		expect(problems(text)).toEqual([
			'questions/m/facts.yaml:4: fact `nations`: is a draft (`draft: true`): check it against its sentence, rewrite its statement and every TODO in your own words, then delete the `draft` line (or delete the fact)'
		]);
		const kept = parseFacts(text, 'f.yaml', { sections, drafts: 'keep' });
		expect(kept[0]).toMatchObject({ id: 'nations', draft: true });
	});

	it('refuses a TODO placeholder left in a fact that is no longer a draft', () => {
		const text = VALID.replace(
			'measure: nations at the summit',
			'measure: "TODO: what is counted"'
		);
		expect(problems(text)).toEqual([
			'questions/m/facts.yaml:8: fact `nations`: `measure` is still a placeholder (TODO): write it'
		]);
	});

	it('reports a missing required field at the fact', () => {
		const text = VALID.replace('    unit: nations\n', '');
		expect(problems(text)).toEqual([
			'questions/m/facts.yaml:2: fact `nations`: missing required field `unit`'
		]);
	});

	it('reports an unknown field and a wrong type at their keys', () => {
		const text = VALID.replace('    value: 40\n', '    value: forty\n    colour: red\n');
		expect(problems(text)).toEqual([
			'questions/m/facts.yaml:5: fact `nations`: `value` must be a number (got `forty`)',
			'questions/m/facts.yaml:6: fact `nations`: unknown field `colour`; allowed fields are id, type, statement, source, section, anchor, background, draft, value, unit, qualifier, period, reportedBy, measure, to, ask, bounds, shows, cannotShow'
		]);
	});

	it('hints at the field a typo meant, and names nested fields by their path', () => {
		expect(problems(VALID.replace('    unit: nations\n', '    unti: nations\n'))).toEqual([
			'questions/m/facts.yaml:2: fact `nations`: missing required field `unit`',
			'questions/m/facts.yaml:6: fact `nations`: unknown field `unti` (did you mean `unit`?); allowed fields are id, type, statement, source, section, anchor, background, draft, value, unit, qualifier, period, reportedBy, measure, to, ask, bounds, shows, cannotShow'
		]);
		expect(
			problems(VALID.replace('{ article: art, paragraph: 1 }', '{ article: art, para: one }'))
		).toEqual([
			'questions/m/facts.yaml:9: fact `nations`: unknown field `source.para`; allowed fields are article, paragraph',
			'questions/m/facts.yaml:9: fact `nations`: missing required field `source.paragraph`'
		]);
		expect(problems(VALID.replace('value: 40', 'value: 40\n    constructor: x'))).toEqual([
			'questions/m/facts.yaml:6: fact `nations`: unknown field `constructor`; allowed fields are id, type, statement, source, section, anchor, background, draft, value, unit, qualifier, period, reportedBy, measure, to, ask, bounds, shows, cannotShow'
		]);
	});

	it('refuses a key written twice in a fact, at its line', () => {
		expect(
			problems(VALID.replace('    unit: nations\n', '    unit: nations\n    unit: people\n'))
		).toEqual(['questions/m/facts.yaml:7: YAML syntax error: Map keys must be unique']);
	});

	it('reports duplicate ids', () => {
		const text = VALID.replace('id: term-asylum', 'id: nations');
		expect(problems(text)).toContainEqual(
			'questions/m/facts.yaml:12: fact `nations`: duplicate id `nations` (first on line 2)'
		);
	});

	it('reports unknown sections and anchors', () => {
		expect(problems(VALID.replace('section: summit', 'section: nowhere'))[0]).toMatch(
			/^questions\/m\/facts.yaml:10: .*section `nowhere` does not exist/
		);
		expect(problems(VALID.replace('anchor: who-came', 'anchor: lost'))).toEqual([
			'questions/m/facts.yaml:11: fact `nations`: anchor `lost` is not a heading id of section `summit`'
		]);
	});

	it('wants a positive integer paragraph within the article', () => {
		expect(problems(VALID.replace('paragraph: 1', 'paragraph: 0'))[0]).toContain(
			'source paragraph must be a positive integer'
		);
		expect(problems(VALID.replace('paragraph: 1', 'paragraph: 1.5'))[0]).toContain(
			'positive integer'
		);
		expect(problems(VALID.replace('paragraph: 1', 'paragraph: 9'))[0]).toContain('past the end');
	});

	it('wants a source on article facts and none on background definitions', () => {
		expect(problems(VALID.replace('    source: { article: art, paragraph: 1 }\n', ''))).toEqual([
			'questions/m/facts.yaml:2: fact `nations`: has no source paragraph (`source: {article, paragraph}`)'
		]);
		const withSource = VALID.replace(
			'    background: true\n',
			'    background: true\n    source: { article: art, paragraph: 2 }\n'
		);
		expect(problems(withSource)[0]).toContain('a background fact is not from the article');
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
		expect(found[0]).toBe(
			'questions/m/facts.yaml:6: fact `e`: `when: 2024-13` does not match granularity `month`'
		);
		expect(
			found.some((p) =>
				p.startsWith('questions/m/facts.yaml:12: fact `odd`: `type` must be one of')
			)
		).toBe(true);
	});

	it('reports YAML syntax errors and a missing facts list with lines', () => {
		const syntax = problems('facts:\n  - id: [unclosed\n');
		expect(syntax).toHaveLength(1);
		expect(syntax[0]).toMatch(/^questions\/m\/facts.yaml:3: YAML syntax error: Flow sequence/);
		expect(problems('items: []\n')).toEqual([
			'questions/m/facts.yaml:1: unknown top-level field `items`; allowed fields are facts, field, alternatives',
			'questions/m/facts.yaml:1: expected a top-level `facts:` list'
		]);
		expect(problems('fact:\n  - id: x\n')[0]).toBe(
			'questions/m/facts.yaml:1: unknown top-level field `fact` (did you mean `facts`?); allowed fields are facts, field, alternatives'
		);
		expect(problems('')).toEqual(['questions/m/facts.yaml:1: expected a top-level `facts:` list']);
		expect(problems('facts: none\n')).toEqual([
			'questions/m/facts.yaml:1: `facts` must be a list (got `none`)'
		]);
	});

	it('carries every problem on the error', () => {
		try {
			parseFacts(
				VALID.replace('    unit: nations\n', '').replace('section: background', 'section: gone'),
				'f.yaml',
				{ sections }
			);
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(ContentError);
			expect((e as ContentError).problems).toHaveLength(2);
			expect((e as ContentError).problems[0]).toEqual({
				file: 'f.yaml',
				line: 2,
				message: 'fact `nations`: missing required field `unit`'
			});
		}
	});

	it('reads the article’s field and the author’s alternatives per kind', () => {
		const file = parseFactsFile(
			`field: [science-space, health]\nalternatives:\n  space agency: [JAXA, ISRO]\n${VALID}`,
			'f.yaml',
			{ sections }
		);
		expect(file.fields).toEqual(['science-space', 'health']);
		expect(file.alternatives.get('space agency')).toEqual(['JAXA', 'ISRO']);
		expect(problems(`field: astrology\n${VALID}`)).toEqual([
			'questions/m/facts.yaml:1: `field`: `astrology` is not a field (fields: government-politics, science-space, health, economy-business, sport, environment, culture)'
		]);
		expect(problems(`alternatives:\n  Space Agency: [JAXA]\n${VALID}`)).toEqual([
			'questions/m/facts.yaml:2: `alternatives`: kind `Space Agency` must be lower-case words'
		]);
	});

	it('takes open kinds, ranges, bounds, spans, links and background on any fact, each checked with its line', () => {
		const fact = (body: string) =>
			`facts:\n  - id: x\n    statement: S.\n    source: { article: art, paragraph: 1 }\n    section: summit\n${body}`;
		const telescope = fact(
			'    type: entity\n    entity: Hubble\n    category: space telescope\n    relation: older telescope\n    role: an older telescope\n'
		);
		expect(parseFacts(telescope, 'f.yaml', { sections })[0]).toMatchObject({
			category: 'space telescope'
		});
		expect(problems(telescope.replace('space telescope', 'Telescope!'))[0]).toMatch(
			/:8: fact `x`: `category: Telescope!` must name the kind in lower-case words/
		);
		const range = fact(
			'    type: number\n    value: 600\n    to: 350\n    unit: years\n    qualifier: over\n    measure: the age\n    bounds: [400, 500]\n'
		);
		expect(problems(range)).toEqual([
			'questions/m/facts.yaml:8: fact `x`: `to: 350` must be greater than `value: 600`',
			'questions/m/facts.yaml:8: fact `x`: a range takes `qualifier: exact` or `about`',
			'questions/m/facts.yaml:12: fact `x`: the figure lies outside its own `bounds: [400, 500]`'
		]);
		const span = fact(
			'    type: event\n    event: the survey\n    when: 2023-09\n    until: 2023-08\n    granularity: month\n    after: [nowhere]\n'
		);
		expect(problems(span)).toEqual([
			'questions/m/facts.yaml:9: fact `x`: `until: 2023-08` must come after `when: 2023-09`'
		]);
		expect(problems(span.replace('until: 2023-08', 'until: 2023-10'))).toEqual([
			'questions/m/facts.yaml:11: fact `x`: `after` names `nowhere`, which is not a fact id'
		]);
		const background = `facts:\n  - id: age\n    type: number\n    statement: The universe is about 13.8 billion years old.\n    background: true\n    section: summit\n    value: 13800000000\n    unit: years\n    qualifier: about\n    measure: the age of the universe\n`;
		expect(parseFacts(background, 'f.yaml', { sections })[0]).toMatchObject({
			background: true,
			value: 13.8e9
		});
	});

	it('checks that a comparison names number facts', () => {
		const text = `${VALID}  - id: cmp\n    type: comparison\n    statement: S.\n    source: { article: art, paragraph: 1 }\n    section: summit\n    figures: [nations, term-asylum]\n    finding: they differ\n    notShown: [a, b]\n`;
		expect(problems(text)).toEqual([
			'questions/m/facts.yaml:24: fact `cmp`: `figures` names `term-asylum`, a definition fact (expected number)'
		]);
	});
});
