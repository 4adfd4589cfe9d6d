import { describe, expect, it } from 'vitest';
import { leaveWarning } from './leaving.ts';

describe('leaveWarning', () => {
	it('says nothing when the question on screen has an answer', () => {
		expect(leaveWarning('next', 2, [])).toBeNull();
		expect(leaveWarning('next', 2, [0, 4])).toBeNull();
	});

	it('warns before going on from an unanswered question, and offers to stay on it', () => {
		expect(leaveWarning('next', 2, [2, 4])).toEqual({
			text: 'Question 3 has no answer yet. You can go on and come back to it with Previous, or stay and answer it now.',
			goLabel: 'Go on to question 4',
			stayLabel: 'Stay and answer',
			stayAt: 2
		});
	});

	it('finishes without a word when every question has an answer', () => {
		expect(leaveWarning('finish', 9, [])).toBeNull();
	});

	it('names every unanswered question before finishing, in order', () => {
		const warning = leaveWarning('finish', 9, [7, 1, 4]);
		expect(warning?.text).toBe(
			'Questions 2, 5 and 8 have no answer, and they would score nothing. Finish now, or go back and answer them?'
		);
		expect(warning?.goLabel).toBe('Finish anyway');
		// The last question is answered: staying goes to the first that is not.
		expect(warning?.stayLabel).toBe('Go to question 2');
		expect(warning?.stayAt).toBe(1);
	});

	it('stays on the last question when it is the one without an answer', () => {
		const warning = leaveWarning('finish', 9, [9]);
		expect(warning?.text).toBe(
			'Question 10 has no answer, and it would score nothing. Finish now, or go back and answer it?'
		);
		expect(warning?.stayLabel).toBe('Stay and answer');
		expect(warning?.stayAt).toBe(9);
	});
});
