import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Response } from '../quiz/grade.ts';
import { assignmentId, assignmentItems, encodeAssignment, sortedIds } from './assignment.ts';
import type { Assignment } from './assignment.ts';
import {
	classBreakdown,
	GRADEBOOK_VERSION,
	csvCell,
	emptyGradebook,
	gradebookKey,
	importResults,
	missedQuestions,
	parseGradebook,
	possibleCopies,
	splitCodes,
	toCsv
} from './gradebook.ts';
import type { Gradebook, GradebookEntry } from './gradebook.ts';
import { encodeResult, encodeResultFile } from './result.ts';
import type { Result } from './result.ts';
import { parseCsv } from '../testing/csv.ts';
import { T0, anyText, bank, makeAssignment } from '../testing/teach.ts';

// Twelve single-choice questions, so the class table stays readable in failures.
const a: Assignment = makeAssignment({
	selection: { kind: 'picked', ids: sortedIds(bank).filter((i) => /^q(0\d|1[01])$/.test(i)) }
});
const items = assignmentItems(a, bank);
const id = assignmentId(a, bank);

function result(name: string, right: number, over: Partial<Result> = {}): Result {
	// The first `right` questions answered with the key, the rest wrong.
	const answers: Record<string, Response> = {};
	items.forEach((item, i) => {
		if (item.type !== 'single') return;
		const wrong = item.options.find((o) => o.id !== item.answer)?.id as string;
		answers[item.id] = { kind: 'choice', selected: [i < right ? item.answer : wrong] };
	});
	return {
		version: 1,
		assignment: id,
		module: a.module,
		name,
		startedAt: T0,
		finishedAt: T0 + 10 * 60_000,
		answers,
		claimed: 0,
		...over
	};
}

const code = (r: Result) => encodeResult(r, a, bank);

describe('importResults', () => {
	it('adds, re-grades and sorts by name; reports every other input on its own line', () => {
		const zoe = result('Zoë', 12);
		const adam = result('adam', 3);
		const other = makeAssignment({ title: 'Another class' });
		const otherModule = makeAssignment({ module: 'budget' });
		const forOther: Result = { ...result('Eve', 5), assignment: assignmentId(other, bank) };
		const forModule: Result = {
			...result('Mo', 5),
			module: 'budget',
			assignment: assignmentId(otherModule, bank)
		};
		const texts = [
			code(zoe),
			encodeResultFile(adam),
			code(zoe),
			code(zoe).slice(0, -4),
			encodeResult(forOther, other, bank),
			encodeResultFile(forModule),
			'hello',
			encodeAssignment(a, bank)
		];
		const report = importResults(texts, a, bank, []);
		expect(report.lines.map((l) => l.status)).toEqual([
			'added',
			'added',
			'duplicate',
			'damaged',
			'other-assignment',
			'other-module',
			'not-result',
			'not-result'
		]);
		expect(report.lines.map((l) => l.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
		expect(report.lines[2]).toMatchObject({
			name: 'Zoë',
			message: 'Zoë: already in the gradebook.'
		});
		expect(report.lines[5].message).toMatch(/module “budget”/);
		expect(report.entries.map((e) => e.result.name)).toEqual(['adam', 'Zoë']);
		expect(report.entries.map((e) => e.grade.score)).toEqual([3, 12]);
	});

	it('treats a code and a file of the same work as one, and keeps existing entries', () => {
		const first = importResults([code(result('Ann', 4))], a, bank, []);
		const again = importResults(
			[encodeResultFile(result('Ann', 4)), code(result('Ann', 5))],
			a,
			bank,
			first.entries
		);
		expect(again.lines.map((l) => l.status)).toEqual(['duplicate', 'added']);
		expect(again.entries).toHaveLength(2);
		expect(again.entries).toContain(first.entries[0]);
	});

	it('uses the re-graded score, and says when the claimed one differs', () => {
		const forged = result('Bo', 2, { claimed: 100 });
		const report = importResults([code(forged)], a, bank, []);
		expect(report.entries[0].grade).toMatchObject({ percent: 16.7, claimMismatch: true });
		expect(report.lines[0].message).toBe(
			'Bo: 16.7% The code claimed 100%; the answers earn 16.7%, which is what counts.'
		);
	});

	it('marks late work as late and still adds it', () => {
		const late = result('Cy', 12, { finishedAt: Date.UTC(2026, 11, 10), claimed: 100 });
		const report = importResults([code(late)], a, bank, []);
		expect(report.lines[0]).toMatchObject({ status: 'added', message: 'Cy: 100% (late)' });
		expect(report.entries[0].grade.late).toBe(true);
	});
});

describe('splitCodes', () => {
	it('splits pasted codes on any whitespace', () => {
		expect(splitCodes('  BR1.aa\nBR1.bb\r\n\tBR1.cc  ')).toEqual(['BR1.aa', 'BR1.bb', 'BR1.cc']);
		expect(splitCodes(' \n ')).toEqual([]);
	});
});

describe('missedQuestions', () => {
	it('ranks questions by how many students missed them', () => {
		const { entries } = importResults(
			[code(result('A', 12)), code(result('B', 6)), code(result('C', 3))],
			a,
			bank,
			[]
		);
		const missed = missedQuestions(entries);
		expect(missed).toHaveLength(12);
		expect(missed.map((m) => m.missed)).toEqual([2, 2, 2, 2, 2, 2, 1, 1, 1, 0, 0, 0]);
		expect(missed[0]).toEqual({ id: items[6].id, missed: 2, asked: 3 });
		expect(missed[6]).toEqual({ id: items[3].id, missed: 1, asked: 3 });
		expect(missedQuestions([])).toEqual([]);
	});
});

describe('possible copies', () => {
	it('flags a result with the same answers at the same times under another name, and adds it', () => {
		const ada = result('Ada', 7, { startedAt: T0 + 1, finishedAt: T0 + 600_001 });
		const copy = { ...ada, name: 'Copycat' };
		const honest = result('Bo', 7, { startedAt: T0 + 2, finishedAt: T0 + 600_002 });
		const first = importResults([code(ada), code(honest)], a, bank, []);
		expect(first.lines.map((l) => l.sameWorkAs)).toEqual([undefined, undefined]);
		const { lines, entries } = importResults([code(copy)], a, bank, first.entries);
		expect(lines[0]).toMatchObject({ status: 'added', sameWorkAs: ['Ada'] });
		expect(lines[0].message).toContain(
			'the same answers at the same times as Ada: it may be a copy'
		);
		const byName = new Map(entries.map((e) => [e.result.name, e.checksum]));
		const copies = possibleCopies(entries);
		expect(copies.get(byName.get('Ada') as string)).toEqual(['Copycat']);
		expect(copies.get(byName.get('Copycat') as string)).toEqual(['Ada']);
		expect(copies.has(byName.get('Bo') as string)).toBe(false);
	});
});

describe('toCsv', () => {
	it('writes the class table with one column per question', () => {
		const { entries } = importResults(
			[
				code(result('Ann', 12)),
				code({
					...result('=HYPERLINK("http://x")', 0),
					answers: { [items[0].id]: { kind: 'choice', selected: ['london'] } }
				})
			],
			a,
			bank,
			[]
		);
		const rows = parseCsv(toCsv(entries, a, bank));
		expect(rows[0]).toEqual([
			'Name',
			'Score %',
			'Passed',
			'Time taken (minutes)',
			'Late',
			'Finished at',
			...items.map((_, i) => `Q${i + 1}`)
		]);
		// The second row names each question in words, in the same order.
		expect(rows[1]).toEqual(['Question', '', '', '', '', '', ...items.map((i) => i.stem)]);
		expect(rows[2]).toEqual([
			`'=HYPERLINK("http://x")`,
			'8.3',
			'no',
			'10',
			'no',
			'2026-11-26T12:10:00.000Z',
			'1',
			...Array(11).fill('0')
		]);
		expect(rows[3].slice(0, 7)).toEqual([
			'Ann',
			'100',
			'yes',
			'10',
			'no',
			'2026-11-26T12:10:00.000Z',
			'1'
		]);
		// The item analysis follows under the question columns; two students: counts, no facility.
		expect(rows[4]).toEqual(['']);
		expect(rows[5]).toEqual(['Students who saw it', '', '', '', '', '', ...Array(12).fill('2')]);
		expect(rows[6].slice(6, 8)).toEqual(['2', '1']);
		expect(rows[7]).toEqual(['Facility (share of credit)', ...Array(17).fill('')]);
		expect(rows.at(-1)?.[0]).toMatch(/^Fewer than 10 students/);
	});

	it('writes partial credit as a fraction', () => {
		const all = makeAssignment({ selection: { kind: 'picked', ids: ['attendees.multiple'] } });
		const r: Result = {
			...result('P', 0),
			assignment: assignmentId(all, bank),
			answers: { 'attendees.multiple': { kind: 'choice', selected: ['france', 'germany'] } }
		};
		const { entries } = importResults([encodeResult(r, all, bank)], all, bank, []);
		expect(parseCsv(toCsv(entries, all, bank))[2][6]).toBe('0.67');
		const stem = bank.find((i) => i.id === 'attendees.multiple')?.stem.replace(/\*\*/g, '');
		expect(parseCsv(toCsv([], all, bank))).toEqual([
			['Name', 'Score %', 'Passed', 'Time taken (minutes)', 'Late', 'Finished at', 'Q1'],
			['Question', '', '', '', '', '', stem]
		]);
	});

	it('neutralises formulas and quotes every awkward cell', () => {
		expect(csvCell('=1+1')).toBe("'=1+1");
		expect(csvCell('+44 20')).toBe("'+44 20");
		expect(csvCell('-3')).toBe("'-3");
		expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvCell('\tx')).toBe("'\tx");
		expect(csvCell('\rx')).toBe(`"'\rx"`);
		expect(csvCell('a,b')).toBe('"a,b"');
		expect(csvCell('say "hi"')).toBe('"say ""hi"""');
		expect(csvCell('two\nlines')).toBe('"two\nlines"');
		expect(csvCell('Zoë')).toBe('Zoë');
	});

	it('never starts a cell with a formula character, and parses back to the names', () => {
		fc.assert(
			fc.property(fc.array(anyText, { minLength: 1, maxLength: 5 }), (names) => {
				const texts = names.map((name, i) => code(result(name, i)));
				const { entries } = importResults(texts, a, bank, []);
				const rows = parseCsv(toCsv(entries, a, bank));
				// Students, then an empty row, six rows of item analysis and the small-class note.
				expect(rows).toHaveLength(entries.length + 2 + 8);
				for (const row of rows.slice(0, entries.length + 2))
					expect(row).toHaveLength(6 + items.length);
				for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
				rows.slice(2, entries.length + 2).forEach((row, i) => {
					const name = entries[i].result.name;
					expect(row[0]).toBe(/^[=+\-@\t\r]/.test(name) ? `'${name}` : name);
				});
			}),
			{ numRuns: 150 }
		);
	});
});

describe('gradebook storage', () => {
	const { entries } = importResults([code(result('Ann', 7)), code(result('Bo', 2))], a, bank, []);
	const book: Gradebook = { ...emptyGradebook(encodeAssignment(a, bank)), entries };

	it('is keyed per assignment', () => {
		expect(gradebookKey(id)).toBe(`briefing:v1:gradebook:${id}`);
		expect(emptyGradebook('BA1.x')).toEqual({
			version: GRADEBOOK_VERSION,
			assignment: 'BA1.x',
			entries: []
		});
	});

	it('round-trips through JSON', () => {
		expect(parseGradebook(JSON.stringify(book))).toEqual({ ok: true, gradebook: book });
	});

	it('names the first field that is wrong', () => {
		const withEntry = (change: (e: GradebookEntry) => unknown) =>
			JSON.stringify({ ...book, entries: [change(structuredClone(entries[0]))] });
		expect(parseGradebook('{')).toEqual({
			ok: false,
			error: 'The saved gradebook is not valid JSON.'
		});
		expect(parseGradebook('[]')).toMatchObject({
			error: expect.stringMatching(/gradebook: expected an object/)
		});
		expect(parseGradebook(JSON.stringify({ ...book, version: 2 }))).toMatchObject({
			ok: false,
			newer: true
		});
		expect(parseGradebook(JSON.stringify({ ...book, entries: 3 }))).toMatchObject({
			error: 'The saved gradebook is damaged (gradebook.entries: expected a list).'
		});
		expect(
			parseGradebook(withEntry((e) => ({ ...e, grade: { ...e.grade, percent: '9' } })))
		).toMatchObject({
			error: expect.stringMatching(/entries\[0\]\.grade\.percent: expected a number/)
		});
		expect(
			parseGradebook(withEntry((e) => ({ ...e, result: { ...e.result, name: 'Mallory' } })))
		).toMatchObject({
			error: expect.stringMatching(/entries\[0\]\.checksum: expected the result's checksum/)
		});
		expect(
			parseGradebook(
				withEntry((e) => ({ ...e, result: { ...e.result, answers: { x: { kind: 'essay' } } } }))
			)
		).toMatchObject({ error: expect.stringMatching(/answers\.x: expected an answer/) });
	});
});

describe('classBreakdown', () => {
	const mark = (id: string, score: number) => ({ id, score, correct: score === 1, answered: true });
	const entry = (name: string, marks: ReturnType<typeof mark>[]) =>
		({
			checksum: name,
			result: { name } as never,
			grade: { items: marks } as never
		}) as GradebookEntry;
	const bank = [
		{ id: 'a', skill: 'key-detail' as const, section: 's1' },
		{ id: 'b', skill: 'claims-evidence' as const, section: 's1' },
		{ id: 'c', skill: 'claims-evidence' as const, section: 's2' }
	];
	const entries = [
		entry('Ann', [mark('a', 1), mark('b', 1), mark('c', 0)]),
		entry('Ben', [mark('a', 0), mark('b', 0.5)])
	];

	it('gives each skill the mean of the students’ percents and how many fell below the pass mark', () => {
		expect(classBreakdown(entries, bank, 'skill', 80)).toEqual([
			{ key: 'key-detail', students: 2, mean: 50, below: 1 },
			{ key: 'claims-evidence', students: 2, mean: 50, below: 2 }
		]);
	});

	it('does the same per section, in the bank’s order, and leaves out questions the bank lost', () => {
		expect(
			classBreakdown(
				[...entries, entry('Cy', [mark('gone', 1), mark('c', 1)])],
				bank,
				'section',
				50
			)
		).toEqual([
			{ key: 's1', students: 2, mean: 62.5, below: 1 },
			{ key: 's2', students: 2, mean: 50, below: 1 }
		]);
	});
});
