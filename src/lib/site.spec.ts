import { describe, expect, it } from 'vitest';
import { ContentError } from './content/load.ts';
import { readContentFiles } from './content/read-files.ts';
import { buildSite } from './site.ts';

const MODULE = 'organised-immigration-crime-summit';
const FACTS = `questions/${MODULE}/facts.yaml`;
const QUESTIONS = `questions/${MODULE}/questions.yaml`;
const files = readContentFiles(process.cwd());

function ids(source: Record<string, string>): string[] {
	return (buildSite(source).banks.get(MODULE)?.items ?? []).map((i) => i.id).sort();
}

describe('the first module as the site builds it', () => {
	const bank = buildSite(files).banks.get(MODULE);

	it('has a bank of at least 130 items in all eight types, with at least 10 hand-written', () => {
		const items = bank?.items ?? [];
		expect(items.length).toBeGreaterThanOrEqual(130);
		expect(new Set(items.map((i) => i.type)).size).toBe(8);
		expect(items.filter((i) => i.origin === 'hand').length).toBeGreaterThanOrEqual(10);
	});

	it('has at least 40 facts, at least four from each of the six paragraphs', () => {
		const facts = bank?.facts ?? [];
		expect(facts.length).toBeGreaterThanOrEqual(40);
		for (let paragraph = 1; paragraph <= 6; paragraph++) {
			expect(facts.filter((f) => f.source?.paragraph === paragraph).length).toBeGreaterThanOrEqual(
				4
			);
		}
	});

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
