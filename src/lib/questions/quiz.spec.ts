import { describe, expect, it } from 'vitest';
import { generateItems } from './generate.ts';
import { drawQuiz } from './quiz.ts';
import { FIXTURE_FACTS } from '../testing/facts.ts';

describe('drawQuiz', () => {
	const items = generateItems(FIXTURE_FACTS, { seed: 'quiz' });

	it('never puts two items about the same fact in one quiz', () => {
		const quiz = drawQuiz(items, 15, 'learner-1');
		const facts = quiz.flatMap((i) => i.facts);
		expect(new Set(facts).size).toBe(facts.length);
		expect(quiz.length).toBeGreaterThan(5);
	});

	it('is repeatable for a seed', () => {
		expect(drawQuiz(items, 10, 'a').map((i) => i.id)).toEqual(
			drawQuiz(items, 10, 'a').map((i) => i.id)
		);
	});
});
