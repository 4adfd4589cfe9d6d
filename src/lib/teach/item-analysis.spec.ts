import { describe, expect, it } from 'vitest';
import type { Item, SingleItem } from '../questions/types.ts';
import type { Response } from '../quiz/grade.ts';
import {
	analyseItems,
	analysisCsvRows,
	correlation,
	facility,
	flagSentences,
	formatDiscrimination,
	sortItemStats,
	upperGroup,
	type MarkedWork
} from './item-analysis.ts';
import {
	itemStats,
	itemStatsFileName,
	itemStatsJson,
	parseItemStats,
	statsLine
} from './item-stats.ts';

/** A single-choice question with options k (the key), d1, d2, d3. */
function single(id: string): SingleItem {
	return {
		id,
		type: 'single',
		skill: 'key-detail',
		origin: 'hand',
		facts: [id],
		section: 'the-summit',
		stem: `Question ${id}?`,
		explanation: 'Because.',
		options: ['k', 'd1', 'd2', 'd3'].map((o) => ({ id: o, text: `Option ${o}` })),
		answer: 'k'
	} as SingleItem;
}

/** A student from scores per question; a choice answer picks the key at full credit, else `wrong`. */
function student(scores: Record<string, number>, wrong: Record<string, string> = {}): MarkedWork {
	const answers: Record<string, Response> = {};
	for (const [id, score] of Object.entries(scores))
		answers[id] = { kind: 'choice', selected: [score === 1 ? 'k' : (wrong[id] ?? 'd1')] };
	return {
		result: { answers },
		grade: {
			items: Object.entries(scores).map(([id, score]) => ({ id, score, answered: true }))
		}
	};
}

describe('correlation and facility, worked by hand', () => {
	it('item A of a 4×3 class: r = 0.5 / √0.5 = 0.7071', () => {
		// x = [1,1,0,0], rest = [1, .5, .5, 0]: sxy = .5, sxx = 1, syy = .5.
		expect(correlation([1, 1, 0, 0], [1, 0.5, 0.5, 0])).toBeCloseTo(Math.SQRT1_2, 10);
	});
	it('is 0 when the question is unrelated to the rest, 1 for partial credit in step with it', () => {
		expect(correlation([1, 0, 1, 0], [1, 1, 0, 0])).toBe(0);
		expect(correlation([1, 0.5, 0], [1, 0.5, 0])).toBeCloseTo(1, 12);
	});
	it('is undefined without spread: everyone right, or the rest all tied', () => {
		expect(correlation([1, 1, 1, 1], [1, 0.5, 0.5, 0])).toBeNull();
		expect(correlation([1, 0, 1, 0], [0.5, 0.5, 0.5, 0.5])).toBeNull();
		expect(correlation([1], [1])).toBeNull();
	});
	it('facility is the mean credit, partial credit as its fraction', () => {
		expect(facility([1, 0.5, 0, 1])).toBe(0.625);
		expect(facility([])).toBeNull();
	});
});

describe('upperGroup', () => {
	it('takes the top 27% and everyone tied with the last of them', () => {
		// 10 students: 27% is 2.7, so 3; the 3rd has 4 and so do the 4th and 5th: all five.
		expect(upperGroup([5, 4, 4, 4, 4, 3, 2, 1, 0, 0]).sort()).toEqual([0, 1, 2, 3, 4]);
		expect(upperGroup([0, 9, 1, 8, 2, 7, 3, 6, 4, 5]).sort()).toEqual([1, 3, 5]);
		expect(upperGroup([2])).toEqual([0]);
		// Seven of ten tied at the top are not "the strongest": those above the tie (none here).
		expect(upperGroup([0, 0, 0, 1, 1, 1, 1, 1, 1, 1])).toEqual([]);
		expect(upperGroup([2, 1, 1, 1, 1, 1, 1, 1, 0, 0])).toEqual([0]);
		expect(upperGroup([])).toEqual([]);
	});
});

describe('analyseItems', () => {
	const a = single('a');
	const b = single('b');
	const c = single('c');

	it('the 4×3 class by hand: facility .5 each; discrimination .7071, 0, .7071', () => {
		const entries = [
			student({ a: 1, b: 1, c: 1 }),
			student({ a: 1, b: 0, c: 1 }),
			student({ a: 0, b: 1, c: 0 }),
			student({ a: 0, b: 0, c: 0 })
		];
		const { items, small } = analyseItems(entries, [a, b, c], 2);
		expect(small).toBe(false);
		expect(items.map((i) => i.facility)).toEqual([0.5, 0.5, 0.5]);
		expect(items[0].discrimination).toBeCloseTo(0.7071, 4);
		expect(items[1].discrimination).toBeCloseTo(0, 12);
		expect(items[2].discrimination).toBeCloseTo(0.7071, 4);
		expect(items.map((i) => [i.number, i.seen, i.credit, i.correct])).toEqual([
			[1, 4, 2, 2],
			[2, 4, 2, 2],
			[3, 4, 2, 2]
		]);
	});

	// Ten students: the first three get all three other questions right, the next three two, then three one,
	// the last none; on P the top three choose d1, everyone else the key.
	const others = ['o1', 'o2', 'o3'];
	const items: Item[] = [single('p'), ...others.map(single)];
	const planted = Array.from({ length: 10 }, (_, s) => {
		const right = s < 3 ? 3 : s < 6 ? 2 : s < 9 ? 1 : 0;
		return student({
			p: s < 3 ? 0 : 1,
			...Object.fromEntries(others.map((o, k) => [o, k < right ? 1 : 0]))
		});
	});

	it('flags the planted arguable key: r = −1.2 / √(2.1 × 1.0667) = −0.8018, facility .7', () => {
		const { items: stats, small } = analyseItems(planted, items);
		expect(small).toBe(false);
		const p = stats[0];
		expect(p.facility).toBeCloseTo(0.7, 12);
		expect(p.discrimination).toBeCloseTo(-1.2 / Math.sqrt(2.1 * (0.84 + 51 / 225)), 12);
		expect(p.discrimination).toBeCloseTo(-0.8018, 4);
		expect(p.upperGroup).toBe(3);
		expect(p.flags).toEqual(['arguable-key', 'unchosen-option']);
		expect(p.options?.map((o) => [o.id, o.key, o.chosen, o.upper, o.flags])).toEqual([
			['k', true, 7, 0, []],
			['d1', false, 3, 3, ['arguable-key']],
			['d2', false, 0, 0, ['unchosen-option']],
			['d3', false, 0, 0, ['unchosen-option']]
		]);
		// In the CSV with a real minus sign: a cell starting with "-" would be neutralised as a formula.
		expect(analysisCsvRows(analyseItems(planted, items), ['p'], 1)[3]).toEqual([
			'Discrimination (item-rest correlation)',
			'−0.80'
		]);
		expect(flagSentences(p)).toEqual([
			'arguable key? the strongest students chose another option (“Option d1”)',
			'no one chose this option: “Option d2”',
			'no one chose this option: “Option d3”'
		]);
	});

	it('an all-correct question: facility 1, discrimination undefined, one flag (no "no one chose")', () => {
		const all = planted.map((e) => ({
			...e,
			grade: { items: [...e.grade.items, { id: 'z', score: 1, answered: true }] },
			result: {
				answers: { ...e.result.answers, z: { kind: 'choice', selected: ['k'] } as Response }
			}
		}));
		const z = analyseItems(all, [...items, single('z')]).items[4];
		expect([z.facility, z.discrimination, z.flags]).toEqual([1, null, ['all-correct']]);
		expect(z.options?.every((o) => o.flags.length === 0)).toBe(true);
	});

	it('below ten students: no discrimination and no flag, counts still there', () => {
		const { items: stats, small, minStudents } = analyseItems(planted.slice(0, 9), items);
		expect([small, minStudents]).toEqual([true, 10]);
		expect(stats.every((i) => i.flags.length === 0 && i.discrimination === null)).toBe(true);
		expect(stats[0].options?.map((o) => o.chosen)).toEqual([6, 3, 0, 0]);
		expect(stats[0].options?.every((o) => o.flags.length === 0)).toBe(true);
	});

	it('multiple select: an option most of the strongest students judge against the key', () => {
		const m = { ...single('m'), type: 'multiple', answer: ['k', 'd1'] } as unknown as Item;
		const pick = (selected: string[], score: number, rest: number): MarkedWork => ({
			result: { answers: { m: { kind: 'choice', selected } } },
			grade: {
				items: [
					{ id: 'm', score, answered: true },
					{ id: 'o', score: rest, answered: true }
				]
			}
		});
		const entries = [
			pick(['k', 'd2'], 0.5, 1),
			pick(['k', 'd2'], 0.5, 1),
			pick(['k', 'd1'], 1, 0),
			pick(['k', 'd1'], 1, 0)
		];
		const stat = analyseItems(entries, [m], 2).items[0];
		// Upper group: 27% of 4 is 1, tied with the other 1: two students, both chose d2 and left d1.
		expect(stat.options?.filter((o) => o.flags.includes('arguable-key')).map((o) => o.id)).toEqual([
			'd1',
			'd2'
		]);
	});
});

describe('sortItemStats', () => {
	const rows = analyseItems(
		[
			student({ a: 1, b: 1, c: 0 }),
			student({ a: 1, b: 0, c: 0 }),
			student({ a: 1, b: 1, c: 1 }),
			student({ a: 1, b: 0, c: 1 })
		],
		[single('a'), single('b'), single('c')],
		2
	).items;

	it('sorts either way, ties in assignment order, undefined figures last', () => {
		expect(sortItemStats(rows, 'facility', 'ascending').map((r) => r.id)).toEqual(['b', 'c', 'a']);
		expect(sortItemStats(rows, 'facility', 'descending').map((r) => r.id)).toEqual(['a', 'b', 'c']);
		// a is all correct: no discrimination, so it goes last both ways.
		expect(sortItemStats(rows, 'discrimination', 'ascending').at(-1)?.id).toBe('a');
		expect(sortItemStats(rows, 'discrimination', 'descending').at(-1)?.id).toBe('a');
		expect(sortItemStats(rows, 'number', 'descending').map((r) => r.id)).toEqual(['c', 'b', 'a']);
		expect(sortItemStats(rows, 'flags', 'descending')[0].id).toBe('a');
	});
});

describe('formatting and the CSV rows', () => {
	it('discrimination reads with a minus sign and a dash when undefined', () => {
		expect([
			formatDiscrimination(-0.8018),
			formatDiscrimination(0.4),
			formatDiscrimination(null)
		]).toEqual(['−0.80', '0.40', '—']);
		expect(formatDiscrimination(-0.001)).toBe('0.00');
	});

	it('gives one cell per question column, blanks for a question not analysed', () => {
		const analysis = analyseItems(
			[student({ a: 1, b: 0 }), student({ a: 1, b: 1 })],
			[single('a'), single('b')],
			2
		);
		const rows = analysisCsvRows(analysis, ['a', 'b', 'gone'], 3);
		expect(rows[0]).toEqual(['Students who saw it', '', '', '2', '2', '']);
		expect(rows[2]).toEqual(['Facility (share of credit)', '', '', '1', '0.5', '']);
		expect(rows[4][3]).toBe('everyone got it right');
		expect(rows[5][4]).toBe('*Option k: 1; Option d1: 1; Option d2: 0; Option d3: 0');
		const small = analysisCsvRows(analyseItems([student({ a: 1 })], [single('a')]), ['a'], 2);
		expect(small[2]).toEqual(['Facility (share of credit)', '', '']);
		expect(small.at(-1)?.[0]).toMatch(/^Fewer than 10 students/);
	});
});

describe('the item-stats file', () => {
	const entries = Array.from({ length: 10 }, (_, s) =>
		student({ p: s < 3 ? 0 : 1, o: s < 5 ? 1 : 0 })
	);
	const analysis = analyseItems(entries, [single('p'), single('o')]);
	const stats = itemStats(analysis, {
		module: 'summit',
		assignment: '0a1b2c3d',
		title: 'Year 10',
		savedAt: new Date(Date.UTC(2026, 11, 2))
	});

	it('holds only the flagged questions and reads back', () => {
		expect(itemStatsFileName('0a1b2c3d')).toBe('item-stats-0a1b2c3d.json');
		// o: every wrong answer was d1, so d2 and d3 were chosen by no one; seven tied at the top of the rest
		// are not "the strongest", so no arguable key there.
		expect(stats.items.map((i) => [i.id, i.flags])).toEqual([
			['p', ['arguable-key', 'unchosen-option']],
			['o', ['unchosen-option']]
		]);
		const back = parseItemStats(itemStatsJson(stats));
		expect(back).toEqual({ ok: true, stats });
		expect(statsLine(stats.items[0], stats.students)).toMatch(
			/^Q1, seen by 10 of 10: facility 70%, discrimination -0\.\d\d; options chosen: \(key\) “Option k” 7, “Option d1” 3/
		);
	});

	it('refuses anything else with a sentence', () => {
		for (const [text, says] of [
			['not json', 'it is not JSON'],
			['{"format":"briefing-result"}', 'is not an item-stats file'],
			['{"format":"briefing-item-stats","version":9}', 'newer version'],
			[
				'{"format":"briefing-item-stats","version":1,"module":"x"}',
				'is damaged (assignment: expected a string)'
			]
		]) {
			const r = parseItemStats(text, 'stats.json');
			expect(r.ok).toBe(false);
			if (!r.ok) expect(r.error).toContain(says);
			if (!r.ok) expect(r.error.startsWith('stats.json ')).toBe(true);
		}
	});
});
