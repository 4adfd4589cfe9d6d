import { describe, expect, it } from 'vitest';
import { ContentError } from './content/problems.ts';
import { readContentFiles } from './content/read-files.ts';
import { itemSignature } from './questions/check-bank.ts';
import { higherSkillShare } from './questions/skills.ts';
import { isChoice, SKILLS, type Item } from './questions/types.ts';
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

	it('asks 35% or more above key-detail, mostly generated, in every skill and at least seven types', () => {
		const items = bank?.items ?? [];
		expect(higherSkillShare(items)).toBeGreaterThanOrEqual(0.35);
		const higher = items.filter((i) => i.skill !== 'key-detail');
		expect(higher.filter((i) => i.origin === 'generated').length / higher.length).toBeGreaterThan(
			0.75
		);
		expect(new Set(items.map((i) => i.skill))).toEqual(new Set(SKILLS));
		expect(new Set(items.map((i) => i.type)).size).toBeGreaterThanOrEqual(7);
		expect(items.filter((i) => i.origin === 'hand').length).toBeGreaterThanOrEqual(10);
		// Quality over count: roughly one to one and a half key-detail items per fact, not three.
		const keyDetail = items.filter((i) => i.skill === 'key-detail' && i.origin === 'generated');
		expect(keyDetail.length / (bank?.facts.length ?? 1)).toBeLessThanOrEqual(1.5);
	});

	it('asks no question twice and no fact three ways', () => {
		const items = bank?.items ?? [];
		const signatures = items.map(itemSignature);
		expect(new Set(signatures).size).toBe(signatures.length);
		const perFact = new Map<string, number>();
		for (const i of items)
			if (i.origin === 'generated' && i.facts.length === 1)
				perFact.set(i.facts[0], (perFact.get(i.facts[0]) ?? 0) + 1);
		for (const [fact, n] of perFact) expect(n, fact).toBeLessThanOrEqual(2);
	});

	it('holds none of the wrong or arguable keys the review found', () => {
		const items = bank?.items ?? [];
		const text = (i: Item) =>
			[i.stem, ...(isChoice(i) ? i.options.map((o) => o.text) : [])].join(' | ');
		// No true/false puts a view or words in another side's mouth, nor keys "False" for a definition that is true.
		for (const i of items) {
			if (i.origin !== 'generated' || i.type !== 'truefalse') continue;
			expect(
				i.answer === 'false' && i.template !== 'before-tf' && i.template !== 'conclusion-tf',
				i.id
			).toBe(false);
		}
		// Interpol's definition is its own: worldwide, about 196 members, so it fits neither Europol nor Afripol.
		const interpol = bank?.facts.find((f) => f.id === 'term-interpol');
		expect(interpol?.type === 'definition' && interpol.meaning).toMatch(/worldwide.*196/);
		// "Hardline" is the article's word, not the critics'; no "too" is invented.
		for (const i of items) expect(text(i), i.id).not.toMatch(/too hardline/);
		// The record quarter and the summit are never set in order: the article does not date the summit.
		for (const i of items.filter((x) => x.skill === 'sequence' && x.origin === 'generated')) {
			expect(
				i.facts.includes('record-crossings-event') && i.facts.includes('summit-held-2025'),
				i.id
			).toBe(false);
		}
		// The article's own phrase is a right answer.
		const transit = items.filter((i) => i.type === 'blank' && i.accept.includes('transit country'));
		for (const i of transit) if (i.type === 'blank') expect(i.accept).toContain('transit nation');
		// Figure options carry no qualifier (which made them nest) and always a unit.
		for (const i of items) {
			if (i.template !== 'figure' || !isChoice(i)) continue;
			for (const o of i.options)
				expect(o.text, i.id).toMatch(/^\d[\d,.]*( million| billion)? [a-z]/);
		}
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
