import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Item } from '../questions/types.ts';
import {
	IDLE_GAP_MS,
	factDisjoint,
	finishAttempt,
	isFinished,
	newAttempt,
	randomSeed,
	recordAnswer,
	recordDraft,
	resolveAttempt,
	scoreAttempt,
	startedAt,
	timeTaken
} from './attempt.ts';
import type { ItemPast, NewAttemptOptions, QuizLength } from './attempt.ts';
import {
	everyType,
	matching,
	multiple,
	ordering,
	single,
	singleBank,
	truefalse
} from '../testing/items.ts';

const T0 = Date.UTC(2026, 10, 26, 12, 0, 0);

const options = (over: Partial<NewAttemptOptions> = {}): NewAttemptOptions => ({
	moduleSlug: 'summit',
	bank: everyType,
	mode: 'practice',
	length: 'all',
	seed: 'seed-1',
	history: {},
	now: T0,
	...over
});

const past = (...scores: number[]): ItemPast => ({
	seen: scores.length,
	correct: scores.filter((s) => s === 1).length,
	history: scores.map((score, i) => ({ at: T0 - 1000 * (scores.length - i), score }))
});

describe('newAttempt', () => {
	it('opens on a question answered with radio buttons whenever the quiz has one', () => {
		const byId = new Map(everyType.map((item) => [item.id, item]));
		for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
			const attempt = newAttempt(options({ seed }));
			expect(['single', 'truefalse', 'whosaid']).toContain(byId.get(attempt.items[0])?.type);
		}
		// Without one, the order is the shuffled order, unchanged.
		const noChoice = everyType.filter((i) => !['single', 'truefalse', 'whosaid'].includes(i.type));
		expect(newAttempt(options({ bank: noChoice })).items).toHaveLength(noChoice.length);
	});

	it('never puts two items on the same fact in one quiz while enough other facts remain', () => {
		// Three items per fact, twelve facts: a 10-question quiz can use ten different facts.
		const bank = singleBank(36).map((item, i) => ({ ...item, facts: [`fact-${i % 12}`] }));
		for (const seed of ['a', 'b', 'c', 'd']) {
			const attempt = newAttempt(options({ bank, length: 10, seed }));
			const facts = attempt.items.map((id) => bank.find((i) => i.id === id)?.facts[0]);
			expect(new Set(facts).size).toBe(10);
		}
		// With fewer facts than questions, the quiz still has the length asked for.
		expect(newAttempt(options({ bank, length: 20 })).items).toHaveLength(20);
	});

	it('does not ask the same question text twice while other questions remain', () => {
		// Twelve facts, each with an item whose stem repeats another fact's: ten distinct stems exist.
		const bank = singleBank(24).map((item, i) => ({
			...item,
			facts: [`fact-${i}`],
			stem: `Which one is number ${i % 12}?`
		}));
		for (const seed of ['a', 'b', 'c', 'd']) {
			const attempt = newAttempt(options({ bank, length: 10, seed }));
			const stems = attempt.items.map((id) => bank.find((i) => i.id === id)?.stem);
			expect(new Set(stems).size).toBe(10);
		}
		// Asked for more than there are distinct stems, the quiz still has the length asked for.
		const all = newAttempt(options({ bank, length: 20 })).items;
		expect(new Set(all).size).toBe(20);
	});

	it('is deterministic: the same options give the same attempt', () => {
		expect(newAttempt(options())).toEqual(newAttempt(options()));
		const bank = singleBank(30);
		const history = Object.fromEntries(bank.slice(0, 12).map((i, n) => [i.id, past(n % 2)]));
		expect(newAttempt(options({ bank, history, length: 10 }))).toEqual(
			newAttempt(options({ bank, history, length: 10 }))
		);
	});

	it('is deterministic for any seed and bank size (property)', () => {
		fc.assert(
			fc.property(
				fc.string(),
				fc.integer({ min: 0, max: 40 }),
				fc.constantFrom<QuizLength>(10, 20, 'all'),
				(seed, n, length) => {
					const o = options({ seed, bank: singleBank(n), length });
					const a = newAttempt(o);
					expect(newAttempt(o)).toEqual(a);
					expect(a.items).toHaveLength(length === 'all' ? n : Math.min(n, length));
					expect(new Set(a.items).size).toBe(a.items.length);
				}
			)
		);
	});

	it('changes the question order with the seed', () => {
		const bank = singleBank(20);
		const orders = new Set(
			['a', 'b', 'c', 'd'].map((seed) => newAttempt(options({ bank, seed })).items.join())
		);
		expect(orders.size).toBeGreaterThan(1);
	});

	it('records module, mode, length, seed and times, with no answers yet', () => {
		const a = newAttempt(options({ mode: 'test', length: 10 }));
		expect(a).toMatchObject({
			module: 'summit',
			mode: 'test',
			length: 10,
			seed: 'seed-1',
			startedAt: T0,
			updatedAt: T0,
			answers: {}
		});
		expect(a.finishedAt).toBeUndefined();
		expect(a.id).toMatch(/^[0-9a-z]+-[0-9a-z]+$/);
		expect(newAttempt(options({ seed: 'other' })).id).not.toBe(a.id);
		expect(newAttempt(options({ now: T0 + 1 })).id).not.toBe(a.id);
	});

	it('draws unseen items first, then previously missed, then the rest', () => {
		const bank = singleBank(30);
		// q00-q04 unseen, q05-q14 last missed, q15-q29 last right.
		const history: Record<string, ItemPast> = {};
		bank.forEach((item, i) => {
			if (i >= 5 && i < 15) history[item.id] = past(1, 0.5);
			else if (i >= 15) history[item.id] = past(0, 1);
		});
		for (const seed of ['x', 'y', 'z']) {
			const ten = newAttempt(options({ bank, history, length: 10, seed })).items;
			const unseen = bank.slice(0, 5).map((i) => i.id);
			expect(ten).toEqual(expect.arrayContaining(unseen));
			expect(ten.filter((id) => !unseen.includes(id)).every((id) => Number(id.slice(1)) < 15)).toBe(
				true
			);
			const twenty = newAttempt(options({ bank, history, length: 20, seed })).items;
			expect(twenty).toEqual(expect.arrayContaining(bank.slice(0, 15).map((i) => i.id)));
		}
	});

	it('treats a record with no marks as unseen and falls back to counts without history', () => {
		const bank = singleBank(12);
		const ids = bank.map((i) => i.id);
		const a = newAttempt(
			options({
				bank,
				length: 10,
				history: {
					q00: { seen: 0, correct: 0, history: [] },
					q10: { seen: 2, correct: 1, history: [] },
					q11: { seen: 2, correct: 2, history: [] }
				}
			})
		);
		expect([...a.items].sort()).toEqual(ids.slice(0, 10));
		const rightByCounts = Object.fromEntries(
			ids.slice(0, 10).map((id) => [id, { seen: 1, correct: 1, history: [] }])
		);
		const b = newAttempt(
			options({
				bank,
				length: 10,
				history: { ...rightByCounts, q10: { seen: 3, correct: 2, history: [] } }
			})
		);
		expect(b.items).toEqual(expect.arrayContaining(['q10', 'q11']));
	});

	it('ranks by the most recent mark, whatever the order of the history', () => {
		const bank = singleBank(11);
		const history: Record<string, ItemPast> = {};
		for (const item of bank.slice(1)) history[item.id] = past(1);
		// q00: last result (newest `at`) is a miss even though it is listed first.
		history.q00 = {
			seen: 2,
			correct: 1,
			history: [
				{ at: T0, score: 0 },
				{ at: T0 - 5000, score: 1 }
			]
		};
		for (const seed of ['a', 'b', 'c', 'd']) {
			expect(newAttempt(options({ bank, history, length: 10, seed })).items).toContain('q00');
		}
	});

	it('takes every item once for "all" and ignores duplicate ids in the bank', () => {
		const a = newAttempt(options({ bank: [...everyType, single] }));
		expect([...a.items].sort()).toEqual(everyType.map((i) => i.id).sort());
	});

	it('shuffles options, entries and right-hand sides as permutations', () => {
		const a = newAttempt(options());
		expect([...a.orders[single.id]].sort()).toEqual(single.options.map((o) => o.id).sort());
		expect([...a.orders[multiple.id]].sort()).toEqual(multiple.options.map((o) => o.id).sort());
		expect([...a.orders[ordering.id]].sort()).toEqual(['a', 'b', 'c', 'd']);
		expect([...a.orders[matching.id]].sort()).toEqual(
			['Chancellor', 'Foreign Secretary', 'Home Secretary', 'Prime Minister'].sort()
		);
		expect(a.orders['crossings.numeric']).toBeUndefined();
		expect(a.orders['minister.blank']).toBeUndefined();
	});

	it('keeps True before False', () => {
		for (const seed of ['1', '2', '3', '4', '5', '6']) {
			expect(newAttempt(options({ seed })).orders[truefalse.id]).toEqual(['true', 'false']);
		}
	});

	it('never shows an ordering item already in the right order', () => {
		const two = { ...ordering, items: ordering.items.slice(0, 2) };
		for (let s = 0; s < 50; s++) {
			expect(newAttempt(options({ bank: [two], seed: String(s) })).orders[two.id]).toEqual([
				'b',
				'a'
			]);
			expect(newAttempt(options({ seed: String(s) })).orders[ordering.id].join()).not.toBe(
				'a,b,c,d'
			);
		}
	});

	it('gives an item the same option order whatever else is in the bank', () => {
		const alone = newAttempt(options({ bank: [multiple] }));
		const withOthers = newAttempt(options({ bank: everyType }));
		expect(alone.orders[multiple.id]).toEqual(withOthers.orders[multiple.id]);
	});

	it('survives a JSON round trip unchanged', () => {
		const a = newAttempt(options());
		expect(JSON.parse(JSON.stringify(a))).toEqual(a);
	});
});

describe('recordAnswer', () => {
	it('returns a new attempt with the answer and leaves the old one alone', () => {
		const a = newAttempt(options());
		const b = recordAnswer(a, single.id, { kind: 'choice', selected: ['london'] }, T0 + 5000);
		expect(a.answers).toEqual({});
		expect(b.answers[single.id]).toEqual({
			response: { kind: 'choice', selected: ['london'] },
			at: T0 + 5000
		});
		expect(b.updatedAt).toBe(T0 + 5000);
	});

	it('replaces an earlier answer to the same item', () => {
		let a = newAttempt(options());
		a = recordAnswer(a, single.id, { kind: 'choice', selected: ['paris'] }, T0 + 1);
		a = recordAnswer(a, single.id, { kind: 'choice', selected: ['london'] }, T0 + 2);
		expect(a.answers[single.id].response).toEqual({ kind: 'choice', selected: ['london'] });
	});

	it('rejects an item the attempt does not have', () => {
		expect(() =>
			recordAnswer(newAttempt(options()), 'nope', { kind: 'blank', text: '' }, T0)
		).toThrow(RangeError);
	});

	it('leaves a finished attempt unchanged', () => {
		const done = finishAttempt(newAttempt(options()), everyType, 80, T0 + 10);
		expect(recordAnswer(done, single.id, { kind: 'choice', selected: ['london'] }, T0 + 20)).toBe(
			done
		);
	});
});

describe('finishAttempt', () => {
	it('marks the answers and stores the score', () => {
		let a = newAttempt(options());
		a = recordAnswer(a, single.id, { kind: 'choice', selected: ['london'] }, T0 + 1000);
		a = recordAnswer(a, multiple.id, { kind: 'choice', selected: ['france'] }, T0 + 2000);
		const done = finishAttempt(a, everyType, 75, T0 + 3000);
		expect(isFinished(done)).toBe(true);
		expect(done.finishedAt).toBe(T0 + 3000);
		expect(done.updatedAt).toBe(T0 + 3000);
		expect(done.score).toMatchObject({ max: 8, passMark: 75, passed: false, missing: [] });
		expect(done.score.score).toBeCloseTo(1 + 1 / 3);
		expect(done.score.percent).toBe(16.7);
		expect(done.score.items[single.id]).toBe(1);
		expect(done.score.items[truefalse.id]).toBe(0);
		expect(Object.keys(done.score.items)).toHaveLength(8);
		expect(JSON.parse(JSON.stringify(done))).toEqual(done);
	});

	it('does not mark an attempt twice', () => {
		const done = finishAttempt(newAttempt(options()), everyType, 80, T0 + 1);
		expect(finishAttempt(done, [], 10, T0 + 99)).toBe(done);
	});

	it('passes a perfect attempt', () => {
		const bank = singleBank(10);
		let a = newAttempt(options({ bank }));
		for (const id of a.items)
			a = recordAnswer(a, id, { kind: 'choice', selected: ['london'] }, T0 + 1);
		expect(finishAttempt(a, bank, 80, T0 + 2).score).toMatchObject({ percent: 100, passed: true });
	});

	it('leaves items removed from the bank out of the score and lists them', () => {
		const bank = singleBank(4);
		let a = newAttempt(options({ bank }));
		for (const id of a.items)
			a = recordAnswer(
				a,
				id,
				{ kind: 'choice', selected: id === 'q03' ? ['paris'] : ['london'] },
				T0 + 1
			);
		const done = finishAttempt(a, bank.slice(0, 3), 80, T0 + 2);
		expect(done.score).toMatchObject({
			score: 3,
			max: 3,
			percent: 100,
			passed: true,
			missing: ['q03']
		});
		expect(done.score.items).not.toHaveProperty('q03');
		expect(done.items).toContain('q03');
	});
});

describe('resolveAttempt', () => {
	it('keeps the attempt order and reports items gone from the bank', () => {
		const a = newAttempt(options());
		const bank = everyType.filter((i) => i.id !== single.id && i.id !== ordering.id);
		const resolved = resolveAttempt(a, bank);
		expect(resolved.missing).toEqual(
			a.items.filter((id) => id === single.id || id === ordering.id)
		);
		expect(resolved.items.map((r) => r.item.id)).toEqual(
			a.items.filter((id) => !resolved.missing.includes(id))
		);
	});

	it('returns the stored display order while the item is unchanged', () => {
		const a = newAttempt(options());
		for (const r of resolveAttempt(a, everyType).items) {
			expect(r.order).toEqual(a.orders[r.item.id] ?? []);
		}
	});

	it('drops options that were removed and appends options that were added', () => {
		const a = newAttempt(options());
		const stored = a.orders[multiple.id];
		const changed: Item = {
			...multiple,
			options: [...multiple.options.filter((o) => o.id !== 'chad'), { id: 'fiji', text: 'Fiji' }]
		};
		const [r] = resolveAttempt(a, [changed]).items;
		expect(r.order).toEqual([...stored.filter((id) => id !== 'chad'), 'fiji']);
	});

	it('gives an order to an item that had none, such as one whose type changed', () => {
		const a = newAttempt(options({ bank: [{ ...single, type: 'blank', accept: ['x'] } as Item] }));
		expect(a.orders).toEqual({});
		const [r] = resolveAttempt(a, [single]).items;
		expect([...r.order].sort()).toEqual(['berlin', 'london', 'paris', 'rome']);
	});
});

describe('scoreAttempt', () => {
	it('re-marks a finished attempt against the current bank', () => {
		const bank = singleBank(5);
		let a = newAttempt(options({ bank }));
		for (const id of a.items)
			a = recordAnswer(
				a,
				id,
				{ kind: 'choice', selected: id === 'q04' ? ['rome'] : ['london'] },
				T0 + 1
			);
		const done = finishAttempt(a, bank, 80, T0 + 2);
		expect(done.score.percent).toBe(80);
		const now = scoreAttempt(done, bank.slice(0, 4), 80);
		expect(now).toMatchObject({ percent: 100, max: 4, missing: ['q04'] });
	});
});

describe('timeTaken', () => {
	it('measures from start to finish', () => {
		let a = newAttempt(options());
		a = recordAnswer(a, single.id, { kind: 'choice', selected: ['london'] }, T0 + 30_000);
		const done = finishAttempt(a, everyType, 80, T0 + 90_000);
		expect(timeTaken(done, T0 + 999_999_999)).toEqual({ elapsedMs: 90_000, activeMs: 90_000 });
	});

	it('measures an unfinished attempt up to now', () => {
		expect(timeTaken(newAttempt(options()), T0 + 5000)).toEqual({
			elapsedMs: 5000,
			activeMs: 5000
		});
		expect(timeTaken(newAttempt(options()), T0 - 5000)).toEqual({ elapsedMs: 0, activeMs: 0 });
	});

	it('caps long pauses, such as a tab closed overnight, in the working time', () => {
		let a = newAttempt(options());
		a = recordAnswer(a, single.id, { kind: 'choice', selected: ['london'] }, T0 + 60_000);
		a = recordAnswer(
			a,
			multiple.id,
			{ kind: 'choice', selected: ['france'] },
			T0 + 60_000 + 8 * 3600_000
		);
		const done = finishAttempt(a, everyType, 80, T0 + 120_000 + 8 * 3600_000);
		expect(timeTaken(done, 0)).toEqual({
			elapsedMs: 120_000 + 8 * 3600_000,
			activeMs: 60_000 + IDLE_GAP_MS + 60_000
		});
	});
});

describe('randomSeed', () => {
	it('gives a fresh non-empty seed each time', () => {
		const seeds = new Set(Array.from({ length: 20 }, randomSeed));
		expect(seeds.size).toBe(20);
		for (const s of seeds) expect(s).toMatch(/^[0-9a-z]{14}$/);
	});
});

describe('factDisjoint mixes types and skills', () => {
	it('takes no type above a third and no skill above 40% of a quiz while other items remain', () => {
		const tf = (i: number) => ({
			...truefalse,
			id: `tf${i}`,
			facts: [`tf${i}`],
			stem: `Statement ${i}. True or false?`
		});
		const kinds = [single, multiple, ordering, matching] as Item[];
		const skills = ['claims-evidence', 'vocabulary', 'sequence', 'numbers-data'] as const;
		const other = (i: number): Item => ({
			...kinds[i % 4],
			id: `s${i}`,
			facts: [`s${i}`],
			stem: `Question ${i}?`,
			skill: skills[i % 4]
		});
		const ranked = [
			...Array.from({ length: 10 }, (_, i) => tf(i)),
			...Array.from({ length: 10 }, (_, i) => other(i))
		];
		const chosen = factDisjoint(ranked, 10);
		expect(chosen).toHaveLength(10);
		expect(chosen.filter((i) => i.type === 'truefalse').length).toBeLessThanOrEqual(4);
		// With nothing else left, the caps give way: a quiz is never shorter than asked.
		expect(factDisjoint(ranked.slice(0, 10), 10)).toHaveLength(10);
	});
});

describe('startedAt', () => {
	it('starts the prerendered attempt (drawn at time 0) when a page can take its answers', () => {
		const prerendered = newAttempt(options({ now: 0 }));
		const started = startedAt(prerendered, T0);
		expect(started.startedAt).toBe(T0);
		expect(started.updatedAt).toBe(T0);
		expect(started.id).not.toBe(prerendered.id);
		expect(started.items).toEqual(prerendered.items);
		expect(started.orders).toEqual(prerendered.orders);
		// A one-minute quiz takes a minute, not the ten-minute cap on the gap since 1970.
		const [first] = started.items;
		const done = finishAttempt(
			recordAnswer(started, first, { kind: 'choice', selected: ['x'] }, T0 + 30_000),
			everyType,
			80,
			T0 + 60_000
		);
		expect(timeTaken(done, T0 + 60_000).activeMs).toBe(60_000);
	});

	it('leaves an attempt that already started or has answers as it is', () => {
		const real = newAttempt(options());
		expect(startedAt(real, T0 + 5000)).toBe(real);
		const answered = recordAnswer(
			newAttempt(options({ now: 0 })),
			real.items[0],
			{ kind: 'choice', selected: ['x'] },
			T0
		);
		expect(startedAt(answered, T0 + 5000)).toBe(answered);
	});
});

describe('recordDraft', () => {
	it('keeps a practice answer until it is checked, and drops what is left at the finish', () => {
		const start = newAttempt(options());
		const [a, b] = start.items;
		const typed = { kind: 'blank', text: 'Lond' } as const;
		const drafted = recordDraft(recordDraft(start, a, typed, T0 + 1), b, typed, T0 + 2);
		expect(Object.keys(drafted.drafts ?? {})).toEqual([a, b]);
		expect(drafted.updatedAt).toBe(T0 + 2);
		const checked = recordAnswer(drafted, a, typed, T0 + 3);
		expect(Object.keys(checked.drafts ?? {})).toEqual([b]);
		// An answered item takes no draft.
		expect(recordDraft(checked, a, { kind: 'blank', text: 'x' }, T0 + 4)).toBe(checked);
		expect(finishAttempt(checked, everyType, 80, T0 + 5)).not.toHaveProperty('drafts');
	});
});
