import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { singleBank } from '../testing/items.ts';
import {
	assignmentId,
	assignmentItems,
	assignmentLink,
	assignmentModule,
	bankFingerprint,
	codeFromLink,
	decodeAssignment,
	dueEndsAt,
	encodeAssignment,
	isLate,
	sortedIds
} from './assignment.ts';
import type { Assignment } from './assignment.ts';
import { T0, assignmentArb, bank, makeAssignment } from '../testing/teach.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const decoded = (text: string, b = bank, module?: string) => {
	const d = decodeAssignment(text, b, module);
	if (!d.ok) throw new Error(d.error);
	return d;
};

const errorOf = (text: string, b = bank, module?: string): string => {
	const d = decodeAssignment(text, b, module);
	if (d.ok) throw new Error('decoded');
	return d.error;
};

describe('bankFingerprint', () => {
	it('depends on the set of ids, not on bank order or item contents', () => {
		const reversed = [...bank].reverse();
		expect(bankFingerprint(reversed)).toBe(bankFingerprint(bank));
		const edited = bank.map((item) => ({ ...item, stem: `${item.stem}!` }));
		expect(bankFingerprint(edited)).toBe(bankFingerprint(bank));
		expect(bankFingerprint(bank.slice(1))).not.toBe(bankFingerprint(bank));
		expect(bankFingerprint(bank)).toMatch(/^[0-9a-f]{8}$/);
	});

	it('sorts ids by code unit, the same in every locale', () => {
		expect(sortedIds(singleBank(3).map((i, k) => ({ ...i, id: ['b', 'B', 'a'][k] })))).toEqual([
			'B',
			'a',
			'b'
		]);
	});
});

describe('encodeAssignment and decodeAssignment', () => {
	it('round-trip any assignment exactly, names with markup and any Unicode included', () => {
		fc.assert(
			fc.property(assignmentArb, (a) => {
				const code = encodeAssignment(a, bank);
				expect(code).toMatch(/^BA1\.[A-Za-z0-9_-]+$/);
				const d = decoded(code);
				expect(d.assignment).toEqual(a);
				expect(d.id).toBe(assignmentId(a, bank));
				// Canonical: decoding and encoding again gives the same code, so the same id.
				expect(encodeAssignment(d.assignment, bank)).toBe(code);
			}),
			{ numRuns: 300 }
		);
	});

	it('keeps markup in a title as data', () => {
		const a = makeAssignment({ title: '<script>alert("x")</script> & Co' });
		expect(decoded(encodeAssignment(a, bank)).assignment.title).toBe(
			'<script>alert("x")</script> & Co'
		);
	});

	it('is short: measured lengths', () => {
		const all = encodeAssignment(makeAssignment(), bank);
		const draw = encodeAssignment(
			makeAssignment({
				module: 'channel-crossings-summit',
				title: 'Year 10 History: the summit',
				selection: { kind: 'draw', count: 20, seed: 'k3j2h1' }
			}),
			bank
		);
		const picked = encodeAssignment(
			makeAssignment({ selection: { kind: 'picked', ids: sortedIds(bank).slice(0, 20) } }),
			bank
		);
		// Measured 2026-11-26: 68, 114 and 76 characters (a 24-character slug and a 27-character title).
		expect(all.length).toBeLessThanOrEqual(68);
		expect(draw.length).toBeLessThanOrEqual(114);
		expect(picked.length).toBeLessThanOrEqual(76);
	});

	it('stores picked questions as a bitmap or as gaps, whichever is shorter', () => {
		const big = singleBank(100);
		const base = makeAssignment({}, big);
		const ids = sortedIds(big);
		for (const picked of [ids.slice(0, 90), [ids[3], ids[97]], [ids[0]], ids]) {
			const a: Assignment = { ...base, selection: { kind: 'picked', ids: picked } };
			expect(decoded(encodeAssignment(a, big), big).assignment.selection).toEqual({
				kind: 'picked',
				ids: picked
			});
		}
		const two = encodeAssignment(
			{ ...base, selection: { kind: 'picked', ids: [ids[3], ids[97]] } },
			big
		);
		const most = encodeAssignment(
			{ ...base, selection: { kind: 'picked', ids: ids.slice(0, 90) } },
			big
		);
		// 90 of 100 as a 13-byte bitmap, not 90 gaps.
		expect(most.length - two.length).toBeLessThan(20);
	});

	it('gives picked questions in any order, or twice, the same code and id as sorted', () => {
		const sorted = makeAssignment({
			selection: { kind: 'picked', ids: ['host.whosaid', 'q03', 'q10'] }
		});
		const messy = makeAssignment({
			selection: { kind: 'picked', ids: ['q10', 'host.whosaid', 'q03', 'q10'] }
		});
		expect(encodeAssignment(messy, bank)).toBe(encodeAssignment(sorted, bank));
		expect(assignmentId(messy, bank)).toBe(assignmentId(sorted, bank));
		expect(assignmentItems(messy, bank)).toEqual(assignmentItems(sorted, bank));
	});

	it('gives different assignments different ids', () => {
		const ids = new Set(
			[
				makeAssignment(),
				makeAssignment({ title: 'Year 10: the summit ' }),
				makeAssignment({ mode: 'practice' }),
				makeAssignment({ attempts: 'unlimited' }),
				makeAssignment({ due: null }),
				makeAssignment({ createdAt: T0 + 1 })
			].map((a) => assignmentId(a, bank))
		);
		expect(ids.size).toBe(6);
	});

	it('refuses to encode what it could not read back', () => {
		const bad: Partial<Assignment>[] = [
			{ passMark: 101 },
			{ passMark: 50.5 },
			{ attempts: 0 },
			{ due: '2026-02-30' },
			{ due: '4 December' },
			{ dueOffset: 19 * 60 },
			{ selection: { kind: 'draw', count: 0, seed: '' } },
			{ selection: { kind: 'picked', ids: [] } },
			{ selection: { kind: 'picked', ids: ['nope'] } },
			{ bank: 'xyz' },
			{ version: 2 },
			{ createdAt: -1 }
		];
		for (const over of bad) {
			expect(() => encodeAssignment(makeAssignment(over), bank), JSON.stringify(over)).toThrow(
				RangeError
			);
		}
		expect(() => encodeAssignment(makeAssignment(), bank.slice(1))).toThrow(/not the bank/);
	});
});

describe('decodeAssignment errors', () => {
	const code = encodeAssignment(makeAssignment(), bank);

	it('accepts a full link, a fragment, or the bare code', () => {
		const link = assignmentLink('https://example.org/briefing/summit/assignment#old', code);
		expect(link).toBe(`https://example.org/briefing/summit/assignment#a=${code}`);
		for (const text of [link, `#a=${code}`, `a=${code}`, ` ${code}\n`]) {
			expect(codeFromLink(text)).toBe(code);
			expect(decoded(text).assignment).toEqual(makeAssignment());
		}
	});

	it('says when a text is not a Briefing link at all', () => {
		for (const text of ['', 'hello', 'https://example.org/', 'BX1.AAAA', '#a=']) {
			expect(errorOf(text)).toBe('This is not a Briefing assignment link.');
		}
	});

	it('says when a result code was pasted instead', () => {
		expect(errorOf('BR1.AAAAAA')).toMatch(/result code, not an assignment link/);
	});

	it('says when the link is damaged', () => {
		expect(errorOf(code.slice(0, -2))).toMatch(/damaged/);
		expect(errorOf(code.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')))).toMatch(/damaged/);
	});

	it('says when the link is from a newer version', () => {
		expect(errorOf(code.replace('BA1.', 'BA2.'))).toMatch(/newer version of Briefing/);
	});

	it('names the module a link for another module is for', () => {
		expect(errorOf(code, bank, 'other-module')).toBe(
			'This assignment is for the module “summit”, not this one. Open the link exactly as your teacher gave it.'
		);
		expect(assignmentModule(`#a=${code}`)).toEqual({ ok: true, module: 'summit' });
		expect(assignmentModule('nonsense')).toMatchObject({ ok: false });
	});

	it('says when the questions have changed since the link was made', () => {
		expect(errorOf(code, bank.slice(2), 'summit')).toMatch(
			/different set of questions in the module “summit”/
		);
	});

	it('detects every single-character substitution in a sample of codes', () => {
		fc.assert(
			fc.property(assignmentArb, (a) => {
				const text = encodeAssignment(a, bank);
				for (let i = 0; i < text.length; i++) {
					for (const c of `${ALPHABET}.#`) {
						if (c === text[i]) continue;
						const changed = text.slice(0, i) + c + text.slice(i + 1);
						expect(decodeAssignment(changed, bank).ok).toBe(false);
					}
				}
			}),
			{ numRuns: 15 }
		);
	});
});

describe('assignmentItems', () => {
	it('draws no two questions on one fact while other facts remain', () => {
		const shared = singleBank(36).map((item, i) => ({ ...item, facts: [`fact-${i % 12}`] }));
		for (const seed of ['x', 'y', 'z']) {
			const a = makeAssignment({ selection: { kind: 'draw', count: 10, seed } }, shared);
			const facts = assignmentItems(a, shared).map((item) => item.facts[0]);
			expect(new Set(facts).size).toBe(10);
		}
	});

	it('asks every question, in sorted-id order, for "all"', () => {
		expect(assignmentItems(makeAssignment(), [...bank].reverse()).map((i) => i.id)).toEqual(
			sortedIds(bank)
		);
	});

	it('draws the same questions for everyone with the same seed, whatever the bank order', () => {
		fc.assert(
			fc.property(fc.string(), fc.integer({ min: 1, max: 40 }), (seed, count) => {
				const a = makeAssignment({ selection: { kind: 'draw', count, seed } });
				const items = assignmentItems(a, bank);
				expect(items).toHaveLength(Math.min(count, bank.length));
				expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
				expect(assignmentItems(a, [...bank].reverse())).toEqual(items);
			})
		);
		const draw = (seed: string) =>
			assignmentItems(makeAssignment({ selection: { kind: 'draw', count: 10, seed } }), bank);
		expect(draw('one')).not.toEqual(draw('two'));
	});

	it('asks the picked questions and skips ids no longer in the bank', () => {
		const a = makeAssignment({ selection: { kind: 'picked', ids: ['q03', 'host.whosaid'] } });
		expect(assignmentItems(a, bank).map((i) => i.id)).toEqual(['host.whosaid', 'q03']);
		expect(
			assignmentItems(
				a,
				bank.filter((i) => i.id !== 'q03')
			).map((i) => i.id)
		).toEqual(['host.whosaid']);
	});
});

describe('due dates', () => {
	it('end at midnight after the due day in the teacher’s zone', () => {
		const a = makeAssignment({ due: '2026-12-04', dueOffset: 60 });
		const end = Date.UTC(2026, 11, 4, 23, 0, 0);
		expect(dueEndsAt(a)).toBe(end);
		expect(isLate(a, end - 1)).toBe(false);
		expect(isLate(a, end)).toBe(true);
		expect(dueEndsAt(makeAssignment({ due: '2026-12-04', dueOffset: -300 }))).toBe(
			Date.UTC(2026, 11, 5, 5, 0, 0)
		);
	});

	it('never make work late when there is no due date', () => {
		const a = makeAssignment({ due: null });
		expect(dueEndsAt(a)).toBeNull();
		expect(isLate(a, T0 + 10 ** 12)).toBe(false);
	});
});
