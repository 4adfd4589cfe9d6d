import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Item } from '../questions/types.ts';
import type { Response } from '../quiz/grade.ts';
import { everyType, singleBank } from '../testing/items.ts';
import {
	assignmentId,
	assignmentItems,
	bankFingerprint,
	encodeAssignment,
	sortedIds
} from './assignment.ts';
import type { Assignment } from './assignment.ts';
import { regrade } from './regrade.ts';
import { encodeResult, encodeResultFile, resultChecksum, resultFileName } from './result.ts';
import { readResponse, shapeFingerprint } from './result-answers.ts';
import { decodeResult } from './result-decode.ts';
import type { Result } from './result.ts';
import { T0, bank, makeAssignment, normalised, resultArb } from '../testing/teach.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const assignments: Assignment[] = [
	makeAssignment(),
	makeAssignment({ selection: { kind: 'draw', count: 12, seed: 'class-7b' }, due: null }),
	makeAssignment({
		selection: { kind: 'picked', ids: sortedIds(bank).filter((_, i) => i % 3 === 0) }
	})
];

const aArb = fc.constantFrom(...assignments);
const pairArb = aArb.chain((a) => resultArb(a).map((r) => [a, r] as const));

function makeResult(
	a: Assignment,
	answers: Record<string, Response>,
	over: Partial<Result> = {},
	items: readonly Item[] = bank
) {
	const r: Result = {
		version: 1,
		assignment: assignmentId(a, items),
		module: a.module,
		name: 'Aïsha Okonkwo-Smith',
		startedAt: T0,
		finishedAt: T0 + 17 * 60_000,
		answers,
		claimed: 50,
		...over
	};
	return r;
}

const ok = (text: string, a: Assignment, b: readonly Item[] = bank) => {
	const d = decodeResult(text, a, b);
	if (!d.ok) throw new Error(d.error);
	return d;
};

const problem = (text: string, a: Assignment, b: readonly Item[] = bank) => {
	const d = decodeResult(text, a, b);
	if (d.ok) throw new Error('decoded');
	return d;
};

/** Every question right: what the answer key says. */
function rightAnswers(items: readonly Item[]): Record<string, Response> {
	const out: Record<string, Response> = {};
	for (const item of items) {
		switch (item.type) {
			case 'single':
			case 'truefalse':
			case 'whosaid':
				out[item.id] = { kind: 'choice', selected: [item.answer] };
				break;
			case 'multiple':
				out[item.id] = { kind: 'choice', selected: item.answer };
				break;
			case 'numeric':
				out[item.id] = { kind: 'numeric', text: String(item.answer) };
				break;
			case 'blank':
				out[item.id] = { kind: 'blank', text: item.accept[0] };
				break;
			case 'ordering':
				out[item.id] = { kind: 'ordering', order: item.items.map((e) => e.id) };
				break;
			case 'matching':
				out[item.id] = {
					kind: 'matching',
					choices: Object.fromEntries(item.pairs.map((p) => [p.id, p.right]))
				};
		}
	}
	return out;
}

describe('encodeResult and decodeResult', () => {
	it('round-trip any result through the code (choice selections come back in option order)', () => {
		fc.assert(
			fc.property(pairArb, ([a, r]) => {
				const code = encodeResult(r, a, bank);
				expect(code).toMatch(/^BR1\.[A-Za-z0-9_-]+$/);
				const d = ok(code, a);
				expect(normalised(d.result)).toEqual(normalised(r));
				expect(d.checksum).toBe(resultChecksum(r));
			}),
			{ numRuns: 300 }
		);
	});

	it('round-trip any result exactly through the file, with the same checksum as the code', () => {
		fc.assert(
			fc.property(pairArb, ([a, r]) => {
				const file = encodeResultFile(r);
				const d = ok(file, a);
				expect(d.result).toEqual(r);
				expect(d.checksum).toBe(resultChecksum(r));
				expect(JSON.parse(file).checksum).toBe(d.checksum);
				expect(ok(encodeResult(r, a, bank), a).checksum).toBe(d.checksum);
			}),
			{ numRuns: 200 }
		);
	});

	it('keeps names with markup, quotes and lone surrogates exactly', () => {
		const a = assignments[0];
		for (const name of ['<script>alert(1)</script>', '"; DROP TABLE', '\ud800x', '=1+1', '']) {
			const r = makeResult(a, {}, { name });
			expect(ok(encodeResult(r, a, bank), a).result.name).toBe(name);
			expect(ok(encodeResultFile(r), a).result.name).toBe(name);
		}
	});

	it('tolerates line breaks and spaces from a wrapped message', () => {
		const a = assignments[0];
		const code = encodeResult(makeResult(a, rightAnswers(assignmentItems(a, bank))), a, bank);
		const wrapped = `  ${code.slice(0, 30)}\n${code.slice(30, 60)} ${code.slice(60)}\n`;
		expect(ok(wrapped, a).result.name).toBe('Aïsha Okonkwo-Smith');
	});

	it('is short enough to copy: measured for a 20-question test', () => {
		const singles = singleBank(40);
		const a: Assignment = {
			...makeAssignment({}, singles),
			module: 'channel-crossings-summit',
			selection: { kind: 'draw', count: 20, seed: 'k3j2h1' }
		};
		const items = assignmentItems(a, singles);
		const answers = Object.fromEntries(
			items.map((item): [string, Response] => [item.id, { kind: 'choice', selected: ['paris'] }])
		);
		const r = makeResult(a, answers, {}, singles);
		const code = encodeResult(r, a, singles);
		// Measured 2026-11-26: 131 characters; the 24-character slug takes 33 and the name 28 of them.
		expect(code.length).toBeLessThanOrEqual(131);

		// Every type once plus twelve single-choice items, with typed answers: still short.
		const mixed = [...everyType, ...singleBank(12)];
		const m = makeAssignment({}, mixed);
		const full = makeResult(m, rightAnswers(assignmentItems(m, mixed)), {}, mixed);
		const mixedCode = encodeResult(full, m, mixed);
		// Measured 2026-11-26: 140 characters (the result file: 2091).
		expect(mixedCode.length).toBeLessThanOrEqual(140);
		expect(encodeResultFile(full).length).toBeGreaterThan(4 * mixedCode.length);
	});

	it('refuses to encode a result for another assignment or with an impossible claim', () => {
		const [a, b] = assignments;
		expect(() => encodeResult(makeResult(b, {}), a, bank)).toThrow(/not for this assignment/);
		expect(() => encodeResult(makeResult(a, {}, { claimed: 33.33 }), a, bank)).toThrow(RangeError);
		expect(() => encodeResult(makeResult(a, {}, { claimed: 101 }), a, bank)).toThrow(RangeError);
		expect(() => encodeResultFile(makeResult(a, {}, { startedAt: -5 }))).toThrow(RangeError);
	});
});

describe('decodeResult errors', () => {
	const a = assignments[0];
	const r = makeResult(a, rightAnswers(assignmentItems(a, bank)), { claimed: 100 });
	const code = encodeResult(r, a, bank);
	const file = encodeResultFile(r);

	it('detects every single-character substitution in a sample of codes', () => {
		fc.assert(
			fc.property(pairArb, ([a, r]) => {
				const text = encodeResult(r, a, bank);
				for (let i = 0; i < text.length; i++) {
					for (const c of `${ALPHABET}.`) {
						if (c === text[i]) continue;
						const changed = text.slice(0, i) + c + text.slice(i + 1);
						expect(decodeResult(changed, a, bank).ok).toBe(false);
					}
				}
			}),
			{ numRuns: 8 }
		);
	});

	it('reports a damaged or edited code', () => {
		for (const bad of [
			code.slice(0, -3),
			`${code}A`,
			code.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))
		]) {
			expect(problem(bad, a)).toMatchObject({
				problem: 'damaged',
				error: expect.stringMatching(/damaged or was edited/)
			});
		}
	});

	it('reports an edited file, whatever was changed', () => {
		const edits = [
			file.replace('"claimed": 100', '"claimed": 99'),
			file.replace('Aïsha', 'Aisha'),
			file.replace('"london"', '"paris"'),
			file.replace(/"checksum": "[0-9a-f]+"/, '"checksum": "00000000"'),
			file.replace('"answers"', '"answerz"')
		];
		for (const edited of edits) {
			expect(edited).not.toBe(file);
			expect(problem(edited, a).problem).toBe('damaged');
		}
		expect(problem(file.slice(0, 100), a).error).toMatch(/not complete/);
	});

	it('says when the text is not a result at all', () => {
		for (const text of ['hello', '', '{"format": "something-else"}', '[1,2]', 'BX1.AAAA']) {
			expect(problem(text, a)).toMatchObject({
				problem: 'not-result',
				error: 'This is not a Briefing result code or result file.'
			});
		}
		expect(problem(encodeAssignment(a, bank), a).error).toMatch(
			/assignment link, not a result code/
		);
	});

	it('says when the code or file comes from a newer version', () => {
		expect(problem(code.replace('BR1.', 'BR2.'), a).problem).toBe('newer');
		expect(problem(file.replace('"version": 1,', '"version": 2,'), a).problem).toBe('newer');
		expect(problem(code.replace('BR1.', 'BR2.'), a).error).toMatch(/newer version of Briefing/);
	});

	it('names the module of a result for another module', () => {
		const other = makeAssignment({ module: 'budget' });
		const theirs = makeResult(other, {});
		for (const text of [encodeResult(theirs, other, bank), encodeResultFile(theirs)]) {
			expect(problem(text, a)).toEqual({
				ok: false,
				problem: 'other-module',
				error: 'This result is for the module “budget”, not for “summit”.'
			});
		}
	});

	it('reports a result for another assignment of the same module', () => {
		const [, b] = assignments;
		const theirs = makeResult(b, {});
		for (const text of [encodeResult(theirs, b, bank), encodeResultFile(theirs)]) {
			expect(problem(text, a)).toMatchObject({
				problem: 'other-assignment',
				error: expect.stringMatching(/another assignment of “summit”/)
			});
		}
	});

	it('refuses a code whose options changed since, but reads the file', () => {
		const changed = bank.map((item) =>
			item.type === 'single' ? { ...item, options: [...item.options].reverse() } : item
		);
		expect(bankFingerprint(changed)).toBe(bankFingerprint(bank));
		expect(shapeFingerprint(changed)).not.toBe(shapeFingerprint(bank));
		expect(problem(code, a, changed)).toMatchObject({
			problem: 'changed',
			error: expect.stringMatching(/result file instead/)
		});
		expect(ok(file, a, changed).result).toEqual(r);
	});
});

describe('regrade', () => {
	const a = assignments[0];
	const items = assignmentItems(a, bank);

	it('marks the answers against the key', () => {
		const all = regrade(makeResult(a, rightAnswers(items), { claimed: 100 }), a, bank);
		expect(all).toMatchObject({
			score: items.length,
			max: items.length,
			percent: 100,
			passed: true,
			claimMismatch: false
		});
		expect(all.items.every((m) => m.correct && m.answered)).toBe(true);
		expect(all.items.map((m) => m.id)).toEqual(items.map((i) => i.id));

		const none = regrade(makeResult(a, {}, { claimed: 0 }), a, bank);
		expect(none).toMatchObject({
			score: 0,
			percent: 0,
			passed: false,
			passMark: 70,
			claimMismatch: false
		});
		expect(none.items.every((m) => !m.answered)).toBe(true);

		const partial = regrade(
			makeResult(a, { 'attendees.multiple': { kind: 'choice', selected: ['france', 'germany'] } }),
			a,
			bank
		);
		expect(partial.items.find((m) => m.id === 'attendees.multiple')).toEqual({
			id: 'attendees.multiple',
			score: 2 / 3,
			correct: false,
			answered: true
		});
	});

	it('ignores the claimed score: only the answers count', () => {
		fc.assert(
			fc.property(pairArb, fc.integer({ min: 0, max: 1000 }), ([a, r], claim) => {
				const honest = regrade(r, a, bank);
				const edited = regrade({ ...r, claimed: claim / 10 }, a, bank);
				expect({ ...edited, claimed: 0, claimMismatch: false }).toEqual({
					...honest,
					claimed: 0,
					claimMismatch: false
				});
				expect(edited.claimMismatch).toBe(claim / 10 !== honest.percent);
			}),
			{ numRuns: 200 }
		);
	});

	it('sees through a student who edits the score and recomputes the checksum', () => {
		const honest = makeResult(a, {}, { claimed: 0 });
		// The checksum is not a signature: anyone with this code can make a valid code with a new claim.
		const forged = encodeResult({ ...honest, claimed: 100 }, a, bank);
		const d = ok(forged, a);
		const marked = regrade(d.result, a, bank);
		expect(marked).toMatchObject({ percent: 0, claimed: 100, claimMismatch: true, passed: false });
	});

	it('works out the time taken and lateness from the due date', () => {
		const due = makeAssignment({ due: '2026-11-26', dueOffset: 0 });
		const onTime = makeResult(due, {}, { startedAt: T0, finishedAt: T0 + 90_000 });
		expect(regrade(onTime, due, bank)).toMatchObject({ timeTakenMs: 90_000, late: false });
		const late = { ...onTime, finishedAt: Date.UTC(2026, 10, 27) };
		expect(regrade(late, due, bank).late).toBe(true);
		expect(regrade({ ...onTime, finishedAt: T0 - 5 }, due, bank).timeTakenMs).toBe(0);
	});
});

describe('readResponse', () => {
	it('accepts every response kind and refuses anything else', () => {
		const good: Response[] = [
			{ kind: 'choice', selected: ['a'] },
			{ kind: 'numeric', text: '5' },
			{ kind: 'blank', text: 'x' },
			{ kind: 'ordering', order: ['a', 'b'] },
			{ kind: 'matching', choices: { a: 'b' } }
		];
		for (const g of good) expect(readResponse(JSON.parse(JSON.stringify(g)))).toEqual(g);
		const bad = [
			null,
			1,
			[],
			{ kind: 'choice' },
			{ kind: 'choice', selected: [1] },
			{ kind: 'essay', text: '' },
			{ kind: 'blank', text: 'x', extra: 1 },
			{ kind: 'matching', choices: { a: 1 } }
		];
		for (const b of bad) expect(() => readResponse(b)).toThrow();
	});

	it('keeps a "__proto__" pair id as data', () => {
		const r = readResponse(JSON.parse('{"kind":"matching","choices":{"__proto__":"x"}}'));
		expect(r.kind === 'matching' && Object.hasOwn(r.choices, '__proto__')).toBe(true);
	});
});

describe('resultFileName', () => {
	it('is a plain file name whatever the student typed', () => {
		const r = makeResult(assignments[0], {});
		expect(resultFileName(r)).toBe('briefing-result-summit-aisha-okonkwo-smith.json');
		expect(resultFileName({ ...r, name: '../<script>' })).toBe(
			'briefing-result-summit-script.json'
		);
		expect(resultFileName({ ...r, name: '' })).toBe('briefing-result-summit.json');
	});
});
