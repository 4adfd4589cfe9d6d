import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { suggestFacts, suggestionsYaml } from './suggest.ts';
import { FIXTURE_FACTS } from './test-fixtures.ts';

const lesson = `## Who came

Norland hosted the meeting. Delegates from Brazil and Quenland attended, along with more than 70 journalists.
The minister Jonas Keller said "every port must share its lists" at the opening in March 2024.
`;

describe('suggestFacts', () => {
	const suggestions = suggestFacts(new Map([['summit', lesson]]), FIXTURE_FACTS);
	const types = suggestions.map((s) => s.fact.type);

	it('proposes figures with their qualifier and unit', () => {
		expect(suggestions.find((s) => s.fact.type === 'number')?.fact).toMatchObject({
			value: 70,
			qualifier: 'over',
			unit: 'journalists'
		});
	});

	it('proposes new names but not ones the facts already have', () => {
		const names = suggestions.filter((s) => s.fact.type === 'entity').map((s) => s.fact.entity);
		expect(names).toContain('Brazil');
		expect(names).not.toContain('Norland');
		expect(names).not.toContain('Quenland');
	});

	it('proposes quotations with a speaker and dates', () => {
		expect(suggestions.find((s) => s.fact.type === 'quote')?.fact).toMatchObject({
			words: 'every port must share its lists'
		});
		expect(suggestions.find((s) => s.fact.type === 'event')?.fact).toMatchObject({
			when: '2024-03',
			granularity: 'month'
		});
		expect(types).toContain('quote');
	});

	it('prints YAML with the source sentence as a comment', () => {
		const text = suggestionsYaml(suggestions);
		expect(text).toContain('# from: Delegates from Brazil and Quenland attended');
		expect((parse(text) as { facts: unknown[] }).facts).toHaveLength(suggestions.length);
	});
});
