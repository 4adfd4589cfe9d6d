import { describe, expect, it } from 'vitest';
import { ContentError } from './content/problems.ts';
import { buildSite } from './site.ts';
import { FIXTURE_MODULE, fixtureFiles } from './testing/module.ts';

// The live content's own tests are src/content.spec.ts.
const MODULE = FIXTURE_MODULE;
const FACTS = `questions/${MODULE}/facts.yaml`;
const QUESTIONS = `questions/${MODULE}/questions.yaml`;
const files = fixtureFiles();

function ids(source: Record<string, string>): string[] {
	return (buildSite(source).banks.get(MODULE)?.items ?? []).map((i) => i.id).sort();
}

describe('a module as the site builds it', () => {
	it('keeps every item id when an unrelated fact is added', () => {
		const before = ids(files);
		const extra = [
			'  - id: term-ferry',
			'    type: definition',
			'    statement: A ferry is a boat that carries passengers or vehicles on a regular route.',
			'    section: key-terms',
			'    term: ferry',
			'    meaning: a boat that carries passengers or vehicles across water on a regular route',
			'    background: true',
			''
		].join('\n');
		const after = ids({ ...files, [FACTS]: `${files[FACTS].trimEnd()}\n${extra}` });
		expect(after.length).toBeGreaterThan(before.length);
		expect(before.filter((id) => !after.includes(id))).toEqual([]);
	});

	it('fails the build on a planted flawed item, naming the file, line, item and rule', () => {
		const planted = [
			'  - id: hand-planted-flaw',
			'    type: single',
			'    facts: [summit-host-city-london]',
			'    section: the-summit',
			'    stem: Where was the summit held?',
			'    options:',
			'      - { id: a, text: London }',
			'      - { id: b, text: None of the above }',
			'      - { id: c, text: Paris }',
			'    answer: a',
			'    explanation: The summit met in London.',
			''
		].join('\n');
		const text = `${files[QUESTIONS].trimEnd()}\n${planted}`;
		const line = text.split('\n').indexOf('  - id: hand-planted-flaw') + 1;
		let error: unknown;
		try {
			buildSite({ ...files, [QUESTIONS]: text });
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(ContentError);
		expect((error as ContentError).message).toContain(
			`${QUESTIONS}:${line}: item hand-planted-flaw: no-all-none-of-above:`
		);
	});
});
