import { describe, expect, it } from 'vitest';
import { correctAnswerText, matchingRows, responseText, stemRuns } from './answer-text.ts';
import { blank, matching, multiple, numeric, ordering, single } from '../testing/items.ts';

describe('correctAnswerText', () => {
	it('names every key of a multiple-select item', () => {
		const keys = multiple.answer.map((id) => multiple.options.find((o) => o.id === id)?.text);
		expect(correctAnswerText(multiple)).toBe(keys.join('; '));
	});
	it('gives a numeric answer with its accepted window', () => {
		const text = correctAnswerText(numeric);
		expect(text).toContain(numeric.unit);
		expect(text).toContain(new Intl.NumberFormat('en-GB').format(numeric.answer));
	});
	it('lists the first accepted blank answer first', () => {
		expect(correctAnswerText(blank).startsWith(blank.accept[0])).toBe(true);
	});
	it('numbers the ordering and pairs the matching', () => {
		expect(correctAnswerText(ordering)).toMatch(/^1\. /);
		expect(correctAnswerText(matching)).toContain(
			`${matching.pairs[0].left}: ${matching.pairs[0].right}`
		);
	});
});

describe('responseText', () => {
	it('says No answer when nothing was given', () => {
		expect(responseText(single, undefined)).toBe('No answer');
		expect(responseText(single, { kind: 'choice', selected: [] })).toBe('No answer');
		expect(responseText(numeric, { kind: 'numeric', text: '  ' })).toBe('No answer');
	});
	it('shows the chosen option text, not its id', () => {
		const option = single.options[1];
		expect(responseText(single, { kind: 'choice', selected: [option.id] })).toBe(option.text);
	});
	it('marks unmatched pairs', () => {
		const choices = Object.fromEntries(matching.pairs.map((p) => [p.id, '']));
		expect(responseText(matching, { kind: 'matching', choices })).toContain('(none)');
	});
});

describe('stemRuns', () => {
	it('splits emphasised words from plain text', () => {
		expect(stemRuns('Which is **NOT** named?')).toEqual([
			{ text: 'Which is ', strong: false },
			{ text: 'NOT', strong: true },
			{ text: ' named?', strong: false }
		]);
	});
	it('leaves a stem without emphasis whole', () => {
		expect(stemRuns('Who spoke?')).toEqual([{ text: 'Who spoke?', strong: false }]);
	});
});

describe('matchingRows', () => {
	it('gives each item, the learner’s match, the right one and the verdict in words', () => {
		const rows = matchingRows(matching, {
			kind: 'matching',
			choices: {
				starmer: 'Prime Minister',
				cooper: 'Foreign Secretary',
				lammy: '',
				// Two people share a role: either copy of its text is right.
				other: 'Prime Minister'
			}
		});
		expect(rows.map((r) => [r.left, r.yours, r.right, r.verdict])).toEqual([
			['Keir Starmer', 'Prime Minister', 'Prime Minister', 'Correct'],
			['Yvette Cooper', 'Foreign Secretary', 'Home Secretary', 'Incorrect'],
			['David Lammy', 'No match', 'Foreign Secretary', 'Not matched'],
			['Someone else', 'Prime Minister', 'Prime Minister', 'Correct']
		]);
	});
	it('marks every item not matched when there is no answer, and has no rows for other types', () => {
		expect(matchingRows(matching, undefined).map((r) => r.verdict)).toEqual(
			Array(4).fill('Not matched')
		);
		expect(matchingRows(single, { kind: 'choice', selected: [] })).toEqual([]);
	});
});
