// Test mode marks nothing until the end, so a question skipped by a slip would only show in the results.
// Before the learner leaves a question with no answer (or finishes with some left) the quiz says so in a
// sentence and lets them go on or stay. Going back (Previous) is never warned about: it loses nothing, and
// the way forward passes the question again.

/** What the quiz says before the learner leaves a question unanswered, and the two ways on. */
export interface LeaveWarning {
	/** The sentence shown and announced. */
	text: string;
	/** Label of the button that goes on anyway. */
	goLabel: string;
	/** Label of the button that stays to answer. */
	stayLabel: string;
	/** Index of the question the stay button shows: the one on screen, or the first with no answer. */
	stayAt: number;
}

/** "questions 2, 5 and 9", from 0-based indexes. */
function questionList(indexes: readonly number[]): string {
	const numbers = indexes.map((i) => String(i + 1));
	if (numbers.length === 1) return `Question ${numbers[0]}`;
	return `Questions ${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
}

/**
 * The warning before moving on from question `index` (0-based): to the next question, or to finish.
 * `unanswered` holds the 0-based indexes of the questions with no answer. Null when nothing is left unanswered
 * by the move.
 */
export function leaveWarning(
	to: 'next' | 'finish',
	index: number,
	unanswered: readonly number[]
): LeaveWarning | null {
	const here = unanswered.includes(index);
	if (to === 'next') {
		if (!here) return null;
		return {
			text: `Question ${index + 1} has no answer yet. You can go on and come back to it with Previous, or stay and answer it now.`,
			goLabel: `Go on to question ${index + 2}`,
			stayLabel: 'Stay and answer',
			stayAt: index
		};
	}
	if (unanswered.length === 0) return null;
	const sorted = [...unanswered].sort((a, b) => a - b);
	const many = sorted.length > 1;
	return {
		text: `${questionList(sorted)} ${many ? 'have' : 'has'} no answer, and ${many ? 'they' : 'it'} would score nothing. Finish now, or go back and answer ${many ? 'them' : 'it'}?`,
		goLabel: 'Finish anyway',
		stayLabel: here ? 'Stay and answer' : `Go to question ${sorted[0] + 1}`,
		stayAt: here ? index : sorted[0]
	};
}
