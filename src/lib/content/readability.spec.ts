import { describe, expect, it } from 'vitest';
import { countsOf, readability, sentencesOf } from './readability.ts';

describe('sentencesOf', () => {
	it('splits paragraphs at sentence ends and keeps list items and table rows apart', () => {
		const body = [
			'## A heading is left out',
			'',
			'The first one. "The second," he said? (The third.) A [link](x) reads as its text.',
			'It goes on',
			'over two lines.',
			'',
			'- an item without a full stop',
			'- another',
			'',
			'| who | what |',
			'| --- | --- |',
			'| Amnesty | a quote |',
			'',
			'```',
			'code is not read',
			'```',
			'<!-- nor are comments -->'
		].join('\n');
		expect(sentencesOf(body)).toEqual([
			'The first one.',
			'"The second," he said?',
			'(The third.)',
			'A link reads as its text.',
			'It goes on over two lines.',
			'an item without a full stop',
			'another',
			'who what',
			'Amnesty a quote'
		]);
	});

	it('does not end a sentence inside a number or before a lower-case word', () => {
		expect(sentencesOf('Over 6,600 arrived, e.g. by boat. Then 3.5 more.')).toEqual([
			'Over 6,600 arrived, e.g. by boat.',
			'Then 3.5 more.'
		]);
	});
});

describe('readability', () => {
	it('counts words, sentences and syllables, a number as one word of one syllable', () => {
		expect(countsOf('The cat sat on the mat. Over 6,600 came.')).toEqual({
			words: 9,
			sentences: 2,
			syllables: 10
		});
	});

	it('applies Flesch–Kincaid: short sentences of short words score low, long ones of long words high', () => {
		const easy = readability(countsOf('The cat sat. The dog ran. We went home.'));
		const hard = readability(
			countsOf(
				'International organisations increasingly coordinate intelligence-sharing arrangements, notwithstanding considerable institutional disagreement regarding jurisdictional responsibilities.'
			)
		);
		expect(easy.grade).toBeLessThan(1);
		expect(hard.grade).toBeGreaterThan(20);
		// 0.39 × (9 / 3) + 11.8 × (9 / 9) − 15.59 = −2.62
		expect(easy.grade).toBe(-2.6);
	});

	it('adds counts before applying the formula, so a level is measured as one text', () => {
		const a = countsOf('One two three four five six seven eight nine ten.');
		const b = countsOf('Go.');
		const together = readability(a, b);
		expect(together.words).toBe(11);
		expect(together.sentences).toBe(2);
		expect(together.grade).not.toBe((readability(a).grade + readability(b).grade) / 2);
	});

	it('gives reading minutes at 200 words a minute, at least one, and grade 0 for no words', () => {
		expect(readability(countsOf('word '.repeat(699) + 'word.')).minutes).toBe(4);
		expect(readability(countsOf('')).minutes).toBe(1);
		expect(readability(countsOf('')).grade).toBe(0);
	});
});
