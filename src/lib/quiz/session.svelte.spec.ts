import { describe, expect, it } from 'vitest';
import { finishAttempt, newAttempt, recordAnswer, type Attempt } from './attempt.ts';
import type { Response } from './grade.ts';
import { QuizSession } from './session.svelte.ts';
import { singleBank } from '../testing/items.ts';

const T0 = Date.UTC(2026, 10, 26, 12, 0, 0);
const BANK = singleBank(3);

function session(
	save: (attempt: Attempt) => boolean | void,
	mode: 'practice' | 'test' = 'practice'
) {
	const attempt = newAttempt({
		moduleSlug: 'm',
		bank: BANK,
		mode,
		length: 'all',
		seed: 's',
		history: {},
		now: T0
	});
	return new QuizSession({
		module: 'm',
		bank: BANK,
		passMark: 80,
		attempt,
		save,
		now: () => T0 + 1000
	});
}

const london: Response = { kind: 'choice', selected: ['london'] };

describe('QuizSession: a page that does not take answers', () => {
	it('records, checks and finishes nothing while another tab holds the quiz', () => {
		const saved: Attempt[] = [];
		const quiz = session((a) => void saved.push(a), 'test');
		quiz.taking = false;
		const id = quiz.current.item.id;
		quiz.respond(id, london);
		quiz.finish();
		expect(saved).toEqual([]);
		expect(quiz.attempt.answers).toEqual({});
		expect(quiz.finished).toBe(false);
		expect(quiz.showResults).toBe(false);
	});

	it('keeps the attempt as stored, draft included, when a save is refused', () => {
		// Storage takes the draft, then refuses the checked answer (the quiz moved to another tab).
		const quiz = session((a) => Object.keys(a.answers).length === 0 && a.finishedAt === undefined);
		const id = quiz.current.item.id;
		quiz.respond(id, london);
		const before = quiz.attempt;
		quiz.check(id);
		expect(quiz.attempt).toBe(before);
		expect(quiz.isRecorded(id)).toBe(false);
		expect(quiz.response(id)).toEqual(london);
		quiz.finish();
		expect(quiz.finished).toBe(false);
		expect(quiz.showResults).toBe(false);
	});

	it('records and shows an answer whose save went through', () => {
		const saved: Attempt[] = [];
		const quiz = session((a) => {
			saved.push(a);
			return true;
		});
		const id = quiz.current.item.id;
		quiz.respond(id, london);
		quiz.check(id);
		expect(quiz.isRecorded(id)).toBe(true);
		expect(saved.at(-1)?.answers[id].response).toEqual(london);
		expect(saved.at(-1)?.drafts).toBeUndefined();
	});

	it('keeps an answer chosen but not checked with the attempt, so a reload shows it (practice)', () => {
		const saved: Attempt[] = [];
		const quiz = session((a) => void saved.push(a));
		const id = quiz.current.item.id;
		quiz.respond(id, london);
		expect(saved.at(-1)?.drafts?.[id].response).toEqual(london);
		expect(saved.at(-1)?.answers).toEqual({});
		const again = session(() => true);
		again.open(saved.at(-1) as Attempt);
		expect(again.response(id)).toEqual(london);
		expect(again.isRecorded(id)).toBe(false);
	});
});

describe('QuizSession: practising mistakes', () => {
	it('starts a practice attempt on the questions a finished attempt did not get fully right', () => {
		const saved: Attempt[] = [];
		const quiz = session((a) => void saved.push(a), 'test');
		const [right, wrong] = quiz.attempt.items;
		const key = BANK[0].type === 'single' ? BANK[0].answer : '';
		let attempt = recordAnswer(quiz.attempt, right, { kind: 'choice', selected: [key] }, T0 + 1);
		attempt = recordAnswer(attempt, wrong, { kind: 'choice', selected: ['nowhere'] }, T0 + 2);
		quiz.open(finishAttempt(attempt, BANK, 80, T0 + 3));
		expect(quiz.mistakes.map((i) => i.id).sort()).toEqual(
			quiz.attempt.items.filter((id) => id !== right).sort()
		);
		expect(quiz.practiseMistakes()).toBe(true);
		expect(quiz.attempt.mode).toBe('practice');
		expect(quiz.attempt.items).not.toContain(right);
		expect(quiz.attempt.items).toContain(wrong);
		expect(quiz.finished).toBe(false);
		expect(saved.at(-1)).toBe(quiz.attempt);
	});
});

describe('QuizSession: questions without an answer (test mode)', () => {
	it('lists the questions not answered, and drops one once it has an answer', () => {
		const quiz = session(() => true, 'test');
		expect(quiz.unanswered).toEqual([0, 1, 2]);
		quiz.respond(quiz.current.item.id, london);
		expect(quiz.unanswered).toEqual([1, 2]);
		quiz.goTo(2);
		quiz.respond(quiz.current.item.id, london);
		expect(quiz.unanswered).toEqual([1]);
	});

	it('counts an answer cleared back to nothing as no answer', () => {
		const quiz = session(() => true, 'test');
		const id = quiz.current.item.id;
		quiz.respond(id, london);
		quiz.respond(id, { kind: 'choice', selected: [] });
		expect(quiz.hasAnswer(id)).toBe(false);
		expect(quiz.unanswered).toContain(0);
	});
});
