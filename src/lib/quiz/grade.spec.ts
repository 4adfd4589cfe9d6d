import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ITEM_TYPES } from '../questions/types.ts';
import {
	DEFAULT_PASS_MARK,
	SCORING_RULES,
	gradeAttempt,
	gradeItem,
	normaliseAnswer,
	parseNumber,
	skillScores,
	toPercent
} from './grade.ts';
import type { Response } from './grade.ts';
import {
	blank,
	everyType,
	matching,
	multiple,
	numeric,
	ordering,
	single,
	singleBank,
	truefalse,
	whosaid
} from '../testing/items.ts';

const choice = (...selected: string[]): Response => ({ kind: 'choice', selected });
const typed = (text: string): Response => ({ kind: 'numeric', text });
const words = (text: string): Response => ({ kind: 'blank', text });
const order = (...ids: string[]): Response => ({ kind: 'ordering', order: ids });
const match = (choices: Record<string, string>): Response => ({ kind: 'matching', choices });

describe('SCORING_RULES', () => {
	it('states a rule for every item type', () => {
		for (const type of ITEM_TYPES) expect(SCORING_RULES[type].length).toBeGreaterThan(20);
	});
});

describe('gradeItem: single, true/false, who said', () => {
	it('gives 1 for the key and 0 for anything else', () => {
		expect(gradeItem(single, choice('london'))).toMatchObject({
			score: 1,
			correct: true,
			answered: true
		});
		expect(gradeItem(single, choice('paris'))).toMatchObject({
			score: 0,
			correct: false,
			answered: true
		});
		expect(gradeItem(truefalse, choice('true')).score).toBe(1);
		expect(gradeItem(truefalse, choice('false')).score).toBe(0);
		expect(gradeItem(whosaid, choice('starmer')).score).toBe(1);
		expect(gradeItem(whosaid, choice('macron')).score).toBe(0);
	});

	it('gives nothing for the key ticked alongside another option', () => {
		expect(gradeItem(single, choice('london', 'paris')).score).toBe(0);
	});

	it('reports the picks for per-option feedback', () => {
		expect(gradeItem(single, choice('paris')).detail).toEqual({
			kind: 'choice',
			right: [],
			wrong: ['paris'],
			missed: ['london']
		});
	});

	it('treats no pick, unknown option ids and a missing response as unanswered', () => {
		for (const r of [choice(), choice('gone'), undefined]) {
			const g = gradeItem(single, r);
			expect(g).toMatchObject({ score: 0, correct: false, answered: false });
			expect(g.detail.kind).toBe('none');
		}
	});

	it('treats a response of the wrong kind as unanswered, not as an error', () => {
		const g = gradeItem(single, typed('3'));
		expect(g).toMatchObject({ score: 0, answered: false });
		expect(g.detail).toMatchObject({ kind: 'none', reason: expect.stringContaining('numeric') });
	});
});

describe('gradeItem: multiple', () => {
	it('gives (right - wrong) / keys, never below zero', () => {
		expect(gradeItem(multiple, choice('france', 'germany', 'china')).score).toBe(1);
		expect(gradeItem(multiple, choice('france', 'germany')).score).toBeCloseTo(2 / 3);
		expect(gradeItem(multiple, choice('france', 'germany', 'peru')).score).toBeCloseTo(1 / 3);
		expect(gradeItem(multiple, choice('france', 'peru')).score).toBe(0);
		expect(gradeItem(multiple, choice('peru', 'chad')).score).toBe(0);
		expect(gradeItem(multiple, choice('france', 'germany', 'china', 'peru')).score).toBeCloseTo(
			2 / 3
		);
	});

	it('is correct only with every key and no wrong pick', () => {
		expect(gradeItem(multiple, choice('france', 'germany', 'china')).correct).toBe(true);
		expect(gradeItem(multiple, choice('france', 'germany', 'china', 'chad')).correct).toBe(false);
	});

	it('counts a duplicated pick once', () => {
		expect(gradeItem(multiple, choice('france', 'france', 'france')).score).toBeCloseTo(1 / 3);
	});

	it('stays within 0..1 for any selection', () => {
		const ids = multiple.options.map((o) => o.id);
		fc.assert(
			fc.property(fc.subarray(ids), (picked) => {
				const { score } = gradeItem(multiple, choice(...picked));
				return score >= 0 && score <= 1;
			})
		);
	});
});

describe('parseNumber', () => {
	it.each([
		['6600', 6600],
		['6,600', 6600],
		[' 6 600 ', 6600],
		['6\u00a0600', 6600],
		['6\u202f600', 6600],
		['1,234,567', 1234567],
		['1 234 567.5', 1234567.5],
		['-2.5', -2.5],
		['+3', 3],
		['.5', 0.5],
		['7.', 7],
		['0', 0],
		['\u22124', -4],
		['\uff16\uff16\uff10\uff10', 6600]
	])('reads %j as %d', (text, value) => {
		expect(parseNumber(text)).toEqual({ value });
	});

	it.each([
		'',
		'   ',
		'abc',
		'6600 people',
		'66,00',
		'6,60',
		'1,2345',
		'6.600.000',
		'6 60',
		'1e3',
		'£6600',
		'--3',
		'6,600,',
		'Infinity',
		'NaN'
	])('rejects %j with a reason', (text) => {
		const parsed = parseNumber(text);
		expect(parsed).toHaveProperty('reason');
		expect('reason' in parsed && parsed.reason.length).toBeGreaterThan(5);
	});

	it('explains comma placement when commas are the problem', () => {
		expect(parseNumber('66,00')).toEqual({ reason: expect.stringContaining('groups of three') });
	});

	it('reads every integer written with or without thousands separators', () => {
		fc.assert(
			fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
				const plain = String(n);
				const commas = n.toLocaleString('en-GB');
				return (
					(parseNumber(plain) as { value: number }).value === n &&
					(parseNumber(commas) as { value: number }).value === n
				);
			})
		);
	});
});

describe('gradeItem: numeric', () => {
	it('is right anywhere within [min, max], inclusive', () => {
		for (const text of ['6600', '6,600', ' 6 600 ', '6500', '6700', '6,650.5']) {
			expect(gradeItem(numeric, typed(text))).toMatchObject({
				score: 1,
				correct: true,
				answered: true
			});
		}
	});

	it('is wrong outside the range', () => {
		for (const text of ['6499', '6701', '0', '-6600']) {
			expect(gradeItem(numeric, typed(text))).toMatchObject({
				score: 0,
				correct: false,
				answered: true
			});
		}
	});

	it('treats junk as unanswered and says why', () => {
		const g = gradeItem(numeric, typed('about six thousand'));
		expect(g).toMatchObject({ score: 0, correct: false, answered: false });
		expect(g.detail).toMatchObject({ kind: 'numeric', value: null, reason: expect.any(String) });
		expect(gradeItem(numeric, typed('')).answered).toBe(false);
	});

	it('accepts a percent sign only when the unit is a percentage', () => {
		const percent = { ...numeric, unit: '%', min: 40, max: 40, answer: 40 };
		expect(gradeItem(percent, typed('40%')).correct).toBe(true);
		expect(gradeItem(numeric, typed('6600%')).answered).toBe(false);
	});
});

describe('gradeItem: blank', () => {
	it('ignores case, punctuation, diacritics and spacing', () => {
		for (const text of [
			'prime minister',
			'PRIME   MINISTER',
			' Prime-Minister. ',
			'P.M.',
			'president du conseil',
			'Président du Conseil!'
		]) {
			expect(gradeItem(blank, words(text))).toMatchObject({
				score: 1,
				correct: true,
				answered: true
			});
		}
	});

	it('reports which accepted answer matched', () => {
		expect(gradeItem(blank, words('p.m.')).detail).toEqual({
			kind: 'blank',
			normalised: 'pm',
			matched: 'PM'
		});
	});

	it('is wrong for other words and unanswered for nothing', () => {
		expect(gradeItem(blank, words('Home Secretary'))).toMatchObject({ score: 0, answered: true });
		expect(gradeItem(blank, words('  ?! '))).toMatchObject({ score: 0, answered: false });
	});

	it('normalises ligatures, curly quotes and ampersands', () => {
		expect(normaliseAnswer('Ofﬁce’s')).toBe('offices');
		expect(normaliseAnswer('Smith & Co')).toBe(normaliseAnswer('smith and co'));
		expect(normaliseAnswer('Ça déjà')).toBe('cadeja');
	});
});

describe('gradeItem: ordering', () => {
	it('gives full credit only for exactly the right order', () => {
		expect(gradeItem(ordering, order('a', 'b', 'c', 'd'))).toMatchObject({
			score: 1,
			correct: true
		});
	});

	it('gives the fraction of consecutive correct pairs placed first-before-second', () => {
		// a<b and b<c hold, c<d does not.
		expect(gradeItem(ordering, order('d', 'a', 'b', 'c')).score).toBeCloseTo(2 / 3);
		expect(gradeItem(ordering, order('b', 'a', 'c', 'd')).score).toBeCloseTo(2 / 3);
		expect(gradeItem(ordering, order('d', 'c', 'b', 'a')).score).toBe(0);
		expect(gradeItem(ordering, order('a', 'c', 'b', 'd')).detail).toEqual({
			kind: 'ordering',
			pairsRight: 2,
			pairs: 3,
			inPlace: ['a', 'd']
		});
	});

	it('never gives full credit to a wrong order', () => {
		const ids = ordering.items.map((e) => e.id);
		fc.assert(
			fc.property(fc.shuffledSubarray(ids, { minLength: 1 }), (perm) => {
				const g = gradeItem(ordering, order(...perm));
				const exact = perm.join() === ids.join();
				return g.score >= 0 && g.score <= 1 && (g.score === 1) === exact && g.correct === exact;
			})
		);
	});

	it('ignores unknown entries and lets missing ones break their pairs', () => {
		expect(gradeItem(ordering, order('a', 'x', 'b', 'c')).score).toBeCloseTo(1 / 3 + 1 / 3);
		expect(gradeItem(ordering, order('x')).answered).toBe(false);
	});
});

describe('gradeItem: matching', () => {
	const all = {
		starmer: 'Prime Minister',
		cooper: 'Home Secretary',
		lammy: 'Foreign Secretary',
		other: 'Prime Minister'
	};

	it('gives the fraction of pairs matched', () => {
		expect(gradeItem(matching, match(all))).toMatchObject({ score: 1, correct: true });
		expect(gradeItem(matching, match({ ...all, lammy: 'Chancellor' })).score).toBe(0.75);
		expect(gradeItem(matching, match({ ...all, lammy: '', cooper: 'Chancellor' }))).toMatchObject({
			score: 0.5,
			correct: false,
			detail: { kind: 'matching', right: ['starmer', 'other'], wrong: ['cooper'], empty: ['lammy'] }
		});
	});

	it('treats nothing chosen as unanswered', () => {
		expect(gradeItem(matching, match({})).answered).toBe(false);
		expect(gradeItem(matching, match({ starmer: '' })).answered).toBe(false);
	});

	it('does not read inherited properties as choices', () => {
		expect(
			gradeItem(matching, match(JSON.parse('{"__proto__": {"starmer": "Prime Minister"}}')))
				.answered
		).toBe(false);
	});
});

describe('gradeAttempt', () => {
	it('sums scores, rounds the percent to one decimal and breaks it down by section', () => {
		const result = gradeAttempt(everyType, {
			[single.id]: choice('london'),
			[multiple.id]: choice('france', 'germany'),
			[truefalse.id]: choice('false'),
			[numeric.id]: typed('6,600'),
			[ordering.id]: order('d', 'a', 'b', 'c')
		});
		expect(result.max).toBe(8);
		expect(result.score).toBeCloseTo(1 + 2 / 3 + 1 + 2 / 3);
		expect(result.percent).toBe(41.7);
		expect(result.passMark).toBe(DEFAULT_PASS_MARK);
		expect(result.passed).toBe(false);
		expect(result.sections).toEqual([
			{ section: 'the-summit', score: expect.closeTo(1 + 2 / 3), max: 3, percent: 55.6 },
			{ section: 'who-is-involved', score: expect.closeTo(2 / 3), max: 3, percent: 22.2 },
			{ section: 'the-problem-in-numbers', score: 1, max: 2, percent: 50 }
		]);
		expect(result.grades[whosaid.id].answered).toBe(false);
		expect(Object.keys(result.grades)).toHaveLength(8);
	});

	it('passes at exactly the pass mark, on the percent as shown', () => {
		const bank = singleBank(5);
		const right = Object.fromEntries(bank.slice(0, 4).map((i) => [i.id, choice('london')]));
		expect(gradeAttempt(bank, right, 80).passed).toBe(true);
		expect(gradeAttempt(bank, right, 80.1).passed).toBe(false);
		expect(gradeAttempt(bank, right, 50)).toMatchObject({
			percent: 80,
			passed: true,
			passMark: 50
		});
	});

	it('does not pass an attempt with nothing to grade', () => {
		expect(gradeAttempt([], {}, 0)).toMatchObject({
			score: 0,
			max: 0,
			percent: 0,
			passed: false,
			sections: []
		});
	});

	it('rounds percents half up to one decimal', () => {
		expect(toPercent(2, 3)).toBe(66.7);
		expect(toPercent(1, 3)).toBe(33.3);
		expect(toPercent(1, 8)).toBe(12.5);
		expect(toPercent(0, 0)).toBe(0);
	});

	it('is JSON-serialisable', () => {
		const result = gradeAttempt(everyType, { [single.id]: choice('london') });
		expect(JSON.parse(JSON.stringify(result))).toEqual(result);
	});
});

describe('skillScores', () => {
	it('sums credit by reading skill, recall first, and counts an unanswered item as nought', () => {
		const items = [
			{ id: 'a', skill: 'claims-evidence' as const },
			{ id: 'b', skill: 'key-detail' as const },
			{ id: 'c', skill: 'claims-evidence' as const },
			{ id: 'd', skill: 'numbers-data' as const }
		];
		expect(skillScores(items, { a: 1, b: 0.5, c: 0 })).toEqual([
			{ skill: 'key-detail', score: 0.5, max: 1, percent: 50 },
			{ skill: 'claims-evidence', score: 1, max: 2, percent: 50 },
			{ skill: 'numbers-data', score: 0, max: 1, percent: 0 }
		]);
	});
});
