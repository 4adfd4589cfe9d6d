import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ContentError } from '../content/problems.ts';
import { parseQuestionsWithLines } from '../questions/hand.ts';
import { buildSite, sectionAnchors } from '../site.ts';
import { fixtureFiles } from '../testing/module.ts';
import { toGift } from './gift.ts';
import {
	giftBlocks,
	importGift,
	itemsYaml,
	TODO_EXPLANATION,
	TODO_FACT,
	TODO_SECTION,
	TODO_UNIT
} from './import-gift.ts';
import { exportModule } from './module.ts';

const files = fixtureFiles();
const site = buildSite(files);
const module = site.index.modules[0];
const bank = site.banks.get(module.slug)!;
const questionsFile = `questions/${module.slug}/questions.yaml`;
const fixture = (name: string) =>
	readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const ctx = { facts: bank.facts, sections: sectionAnchors(module) };

/** The imported YAML once the author has written what GIFT could not say (a unit, some explanations). */
const filledIn = (yaml: string) =>
	yaml.replaceAll(TODO_UNIT, 'people').replaceAll(TODO_EXPLANATION, 'Because the lesson says so.');

/** questions.yaml with the imported items appended, parsed as the build parses it. */
function appendAndParse(yaml: string) {
	return parseQuestionsWithLines(`${files[questionsFile]}${yaml}`, questionsFile, ctx);
}

/** The build's problems with the imported YAML appended; fails the test when it is accepted. */
function problemsOf(yaml: string) {
	try {
		appendAndParse(yaml);
	} catch (e) {
		expect(e).toBeInstanceOf(ContentError);
		return (e as ContentError).problems;
	}
	throw new Error('expected the build to refuse the imported items');
}

describe('import-gift', () => {
	test("a teacher's file becomes hand items of every type it maps to, valid for the build once filled in", () => {
		const fact = bank.facts[0];
		const { items, problems } = importGift(fixture('teacher.gift'), 'teacher.gift', {
			facts: [fact.id],
			section: fact.section
		});
		expect(problems).toEqual([]);
		expect(items.map((i) => [i.id, i.type])).toEqual([
			['gift-host-city', 'single'],
			['gift-attendees', 'multiple'],
			['gift-cooperation', 'truefalse'],
			['gift-deaths', 'numeric'],
			['gift-term', 'blank'],
			['gift-who-does-what', 'matching'],
			['gift-no-answer-given', 'blank']
		]);
		const parsed = appendAndParse(filledIn(itemsYaml(items, 'teacher.gift')));
		const byId = new Map(parsed.items.map((i) => [i.id, i]));
		expect(byId.get('gift-host-city')).toMatchObject({
			type: 'single',
			stem: 'Where was the summit held?',
			answer: 'london',
			explanation: 'The summit took place in London.',
			options: [
				{ id: 'london', text: 'London', feedback: 'Yes: the UK hosted it.' },
				{ id: 'paris', text: 'Paris', feedback: 'Paris sent a delegation.' },
				{ id: 'rome', text: 'Rome' }
			]
		});
		expect(byId.get('gift-attendees')).toMatchObject({ answer: ['france', 'germany'] });
		expect(byId.get('gift-cooperation')).toMatchObject({ answer: 'true' });
		expect(byId.get('gift-deaths')).toMatchObject({ min: 10, max: 11.5 });
		expect(byId.get('gift-term')).toMatchObject({
			stem: 'A person whose refugee claim is still pending is an ___.',
			accept: ['asylum seeker', 'asylum-seeker']
		});
		expect(byId.get('gift-who-does-what')).toMatchObject({
			pairs: [
				{ left: 'Europol', right: 'EU law-enforcement agency' },
				{ left: 'NCA', right: 'UK crime agency' }
			],
			distractors: ['a charity']
		});
		expect(byId.get('gift-no-answer-given')).toMatchObject({
			stem: 'What is the capital of France? Answer: ___.',
			accept: ['Paris']
		});
	});

	test('without --facts and --section the items name placeholders that the build rejects by line', () => {
		const { items } = importGift(fixture('teacher.gift'), 'teacher.gift');
		const yaml = itemsYaml(items, 'teacher.gift');
		const problems = problemsOf(yaml);
		const firstLine = files[questionsFile].split('\n').length;
		expect(problems.length).toBeGreaterThanOrEqual(items.length * 2);
		expect(problems.every((p) => p.file === questionsFile && p.line >= firstLine)).toBe(true);
		expect(problems.map((p) => p.message).join('\n')).toContain(`fact \`${TODO_FACT}\``);
		expect(problems.map((p) => p.message).join('\n')).toContain(`section \`${TODO_SECTION}\``);
	});

	test('with facts and section given, a placeholder unit or explanation is still refused by line', () => {
		const fact = ctx.facts[0].id;
		const section = [...ctx.sections.keys()][0];
		const { items } = importGift(fixture('teacher.gift'), 'teacher.gift', {
			facts: [fact],
			section
		});
		const numeric = items.find((i) => i.type === 'numeric');
		expect(numeric).toMatchObject({ unit: TODO_UNIT });
		const yaml = itemsYaml(items, 'teacher.gift');
		const problems = problemsOf(yaml);
		const lines = `${files[questionsFile]}${yaml}`.split('\n');
		const unit = problems.find((p) => p.message.includes('`unit` is still a placeholder'));
		expect(lines[(unit?.line ?? 0) - 1]).toContain(`unit: ${TODO_UNIT}`);
		const placeholderExplanations = items.filter((i) => i.explanation === TODO_EXPLANATION).length;
		expect(placeholderExplanations).toBeGreaterThan(0);
		expect(
			problems.filter((p) => p.message.includes('`explanation` is still a placeholder'))
		).toHaveLength(placeholderExplanations);
	});

	test('what Briefing cannot take is reported as file:line, and the rest is still imported', () => {
		const { items, problems } = importGift(fixture('broken.gift'), 'broken.gift');
		expect(items).toEqual([]);
		expect(problems.map((p) => `${p.file}:${p.line}`)).toEqual([
			'broken.gift:3',
			'broken.gift:5',
			'broken.gift:11'
		]);
		expect(problems[0].message).toMatch(/essay/);
		expect(problems[1].message).toMatch(/needs a right answer/);
		expect(problems[2].message).toMatch(/not valid GIFT/);
	});

	test("new ids never clash with the file's own or with each other", () => {
		const text = '::Same:: One? {=a ~b}\n\n::Same:: Two? {=a ~b}\n';
		const { items } = importGift(text, 'x.gift', { existingIds: ['gift-same'] });
		expect(items.map((i) => i.id)).toEqual(['gift-same-2', 'gift-same-3']);
	});

	test('blocks keep the line each question starts on, after comments', () => {
		expect(giftBlocks('// c\n\n// note\n::a:: A? {T}\n\n\n::b:: B? {F}\n')).toEqual([
			{ line: 4, text: '// note\n::a:: A? {T}' },
			{ line: 7, text: '::b:: B? {F}' }
		]);
	});

	test("Briefing's own GIFT export imports back to the same stems and answers", () => {
		const some = bank.items.filter((i) => ['single', 'truefalse', 'blank'].includes(i.type));
		const { items, problems } = importGift(toGift(exportModule(module), some), 'export.gift');
		expect(problems).toEqual([]);
		expect(items.map((i) => i.stem)).toEqual(some.map((i) => i.stem));
		expect(items.map((i) => i.type)).toEqual(some.map((i) => i.type));
		// The right answer as the learner reads it: option ids are re-derived from the text on import.
		const key = (i: Record<string, unknown>) => {
			if (Array.isArray(i.accept)) return i.accept;
			const options = i.options as { id: string; text: string }[] | undefined;
			return (options?.find((o) => o.id === i.answer)?.text ?? String(i.answer)).toLowerCase();
		};
		expect(items.map(key)).toEqual(some.map((i) => key(i as unknown as Record<string, unknown>)));
	});
});
