import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer, Attempt, FinishedAttempt } from '../quiz/attempt.ts';
import { canonicalJson } from '../storage/canonical-json.ts';
import { mergeAttempt, mergeModule, mergeProgress, mergeQuestion } from './merge.ts';
import { KEEP_FULL_ATTEMPTS, emptyProgress, migrate } from './schema.ts';
import type { HistoryEntry, ModuleProgress, ProgressData } from './schema.ts';

const IDS = ['a1', 'a2', 'a3', 'a4'];
const ITEMS = ['i1', 'i2', 'i3'];

// Fields an attempt is created with depend only on its id, as they do in real life.
function attempt(
	module: string,
	id: string,
	updatedAt: number,
	answers: Record<string, Answer>
): Attempt {
	const n = IDS.indexOf(id);
	return {
		id,
		module,
		mode: n % 2 ? 'test' : 'practice',
		length: 10,
		seed: `seed-${id}`,
		items: ITEMS,
		orders: {},
		startedAt: n,
		updatedAt,
		answers
	};
}

function finish(a: Attempt, finishedAt: number, percent: number): FinishedAttempt {
	return {
		...a,
		finishedAt,
		updatedAt: Math.max(a.updatedAt, finishedAt),
		score: {
			score: percent / 10,
			max: 10,
			percent,
			passMark: 80,
			passed: percent >= 80,
			sections: [],
			items: {},
			missing: []
		}
	};
}

const answerArb = fc.record({
	response: fc.record({ kind: fc.constant('blank' as const), text: fc.constantFrom('x', 'y') }),
	at: fc.integer({ min: 0, max: 4 })
});
const answersArb = fc.dictionary(fc.constantFrom(...ITEMS), answerArb, { maxKeys: 3 });
const openArb = (module: string) =>
	fc
		.tuple(fc.constantFrom(...IDS), fc.integer({ min: 0, max: 6 }), answersArb)
		.map(([id, at, answers]) => attempt(module, id, at, answers));
const finishedArb = (module: string) =>
	fc
		.tuple(openArb(module), fc.integer({ min: 10, max: 13 }), fc.constantFrom(0, 40, 80, 100))
		.map(([a, at, percent]) => finish(a, at, percent));
const moduleArb = (slug: string): fc.Arbitrary<ModuleProgress> =>
	fc
		.record({
			// Up to five, so that merges summarise the oldest (KEEP_FULL_ATTEMPTS is 3).
			attempts: fc.array(finishedArb(slug), { maxLength: 5 }),
			inProgress: fc.option(openArb(slug), { nil: undefined })
		})
		.map(({ attempts, inProgress }) => (inProgress ? { attempts, inProgress } : { attempts }));
const entryArb: fc.Arbitrary<HistoryEntry> = fc.record({
	at: fc.integer({ min: 0, max: 5 }),
	score: fc.constantFrom(0, 0.5, 1),
	attempt: fc.constantFrom(...IDS)
});
const progressArb: fc.Arbitrary<ProgressData> = fc
	.record({
		m: fc.option(moduleArb('m'), { nil: undefined }),
		n: fc.option(moduleArb('n'), { nil: undefined }),
		questions: fc.dictionary(
			fc.constantFrom('m/i1', 'm/i2', 'n/i1'),
			fc.array(entryArb, { maxLength: 4 }).map((history) => ({
				seen: history.length,
				correct: 0,
				lastAnsweredAt: 0,
				history
			})),
			{ maxKeys: 3 }
		)
	})
	.map(({ m, n, questions }) => {
		const modules: Record<string, ModuleProgress> = {};
		if (m) modules.m = m;
		if (n) modules.n = n;
		return { version: 2, modules, questions };
	});

describe('mergeProgress (properties)', () => {
	it('is commutative', () => {
		fc.assert(
			fc.property(progressArb, progressArb, (a, b) => {
				expect(mergeProgress(a, b)).toEqual(mergeProgress(b, a));
			}),
			{ numRuns: 500 }
		);
	});

	it('is idempotent, and merging a source in again changes nothing', () => {
		fc.assert(
			fc.property(progressArb, progressArb, (a, b) => {
				const m = mergeProgress(a, b);
				expect(mergeProgress(m, m)).toEqual(m);
				expect(mergeProgress(a, a)).toEqual(mergeProgress(a, emptyProgress()));
				expect(mergeProgress(m, a)).toEqual(m);
				expect(mergeProgress(b, m)).toEqual(m);
			}),
			{ numRuns: 500 }
		);
	});

	it('never loses a finished attempt, an open attempt without a newer one, or a history entry', () => {
		fc.assert(
			fc.property(progressArb, progressArb, (a, b) => {
				const m = mergeProgress(a, b);
				for (const source of [a, b]) {
					for (const [slug, mod] of Object.entries(source.modules)) {
						const merged = m.modules[slug];
						const ids = [...merged.attempts, ...(merged.summaries ?? [])].map((x) => x.id);
						for (const x of mod.attempts) expect(ids).toContain(x.id);
						if (mod.inProgress && !ids.includes(mod.inProgress.id)) {
							expect(merged.inProgress).toBeDefined();
							expect(merged.inProgress!.updatedAt).toBeGreaterThanOrEqual(mod.inProgress.updatedAt);
							if (merged.inProgress!.id === mod.inProgress.id) {
								for (const item of Object.keys(mod.inProgress.answers)) {
									expect(merged.inProgress!.answers).toHaveProperty(item);
								}
							}
						}
					}
					for (const [key, q] of Object.entries(source.questions)) {
						const kept = m.questions[key].history.map((h) => h.attempt);
						for (const h of q.history) expect(kept).toContain(h.attempt);
					}
				}
			}),
			{ numRuns: 500 }
		);
	});

	it('keeps one history entry per attempt, summarised consistently', () => {
		fc.assert(
			fc.property(progressArb, progressArb, (a, b) => {
				for (const q of Object.values(mergeProgress(a, b).questions)) {
					const attempts = q.history.map((h) => h.attempt);
					expect(new Set(attempts).size).toBe(attempts.length);
					expect(q.seen).toBe(q.history.length);
					expect(q.correct).toBe(q.history.filter((h) => h.score === 1).length);
					expect(q.lastAnsweredAt).toBe(
						q.history.length ? Math.max(...q.history.map((h) => h.at)) : 0
					);
				}
			})
		);
	});

	it('never leaves an in-progress attempt that is also finished, and derives best and last', () => {
		fc.assert(
			fc.property(progressArb, progressArb, (a, b) => {
				for (const mod of Object.values(mergeProgress(a, b).modules)) {
					const all = [...(mod.summaries ?? []), ...mod.attempts];
					const ids = all.map((x) => x.id);
					expect(new Set(ids).size).toBe(ids.length);
					expect(mod.attempts.length).toBeLessThanOrEqual(KEEP_FULL_ATTEMPTS);
					if (mod.inProgress) expect(ids).not.toContain(mod.inProgress.id);
					if (all.length) {
						const latest = [...all].sort(
							(x, y) => x.finishedAt - y.finishedAt || (x.id < y.id ? -1 : 1)
						)[all.length - 1];
						expect(mod.best).toBe(Math.max(...all.map((x) => x.score.percent)));
						expect(mod.last).toBe(latest.score.percent);
					} else {
						expect(mod.best).toBeUndefined();
					}
				}
			})
		);
	});

	it('produces data that stores and loads back unchanged', () => {
		fc.assert(
			fc.property(progressArb, progressArb, (a, b) => {
				const m = mergeProgress(a, b);
				expect(migrate(JSON.parse(JSON.stringify(m)))).toEqual({ data: m });
			}),
			{ numRuns: 200 }
		);
	});
});

describe('mergeAttempt', () => {
	const open = attempt('m', 'a1', 5, {});
	const answer = (text: string, at: number): Answer => ({ response: { kind: 'blank', text }, at });

	it('keeps answers given to the same attempt in two tabs', () => {
		const left = { ...open, updatedAt: 7, answers: { i1: answer('x', 7) } };
		const right = { ...open, updatedAt: 9, answers: { i2: answer('y', 9) } };
		expect(mergeAttempt(left, right)).toMatchObject({
			updatedAt: 9,
			answers: { i1: answer('x', 7), i2: answer('y', 9) }
		});
	});

	it('keeps the later of two answers to the same item', () => {
		const left = { ...open, answers: { i1: answer('x', 3) } };
		const right = { ...open, answers: { i1: answer('y', 4) } };
		expect(mergeAttempt(left, right).answers.i1).toEqual(answer('y', 4));
		expect(mergeAttempt(right, left).answers.i1).toEqual(answer('y', 4));
	});

	it('keeps answers chosen but not yet checked until they are answered, the later per item', () => {
		const left = { ...open, updatedAt: 7, drafts: { i1: answer('x', 7), i2: answer('p', 2) } };
		const right = {
			...open,
			updatedAt: 9,
			answers: { i1: answer('y', 9) },
			drafts: { i2: answer('q', 3) }
		};
		for (const merged of [mergeAttempt(left, right), mergeAttempt(right, left)]) {
			expect(merged.answers).toEqual({ i1: answer('y', 9) });
			expect(merged.drafts).toEqual({ i2: answer('q', 3) });
		}
		expect(mergeAttempt(open, { ...open, updatedAt: 8 })).not.toHaveProperty('drafts');
	});

	it('prefers a finished copy, and the first finish of two', () => {
		const done = finish(open, 20, 80);
		expect(mergeAttempt(open, done)).toBe(done);
		expect(mergeAttempt(done, { ...open, updatedAt: 99 })).toBe(done);
		const later = finish(open, 30, 100);
		expect(mergeAttempt(later, done)).toBe(done);
	});
});

describe('mergeModule', () => {
	it('treats an attempt in progress on one side and finished on the other as finished', () => {
		const open = attempt('m', 'a1', 50, {});
		const done = finish(attempt('m', 'a1', 5, {}), 10, 60);
		const merged = mergeModule({ attempts: [], inProgress: open }, { attempts: [done] });
		expect(merged).toEqual({ attempts: [done], best: 60, last: 60 });
	});

	it('keeps the in-progress attempt updated most recently', () => {
		const old = attempt('m', 'a1', 5, {});
		const recent = attempt('m', 'a2', 8, {});
		expect(
			mergeModule({ attempts: [], inProgress: old }, { attempts: [], inProgress: recent })
				.inProgress
		).toBe(recent);
	});

	it('moves a finished attempt found in the in-progress slot to the attempts', () => {
		const done = finish(attempt('m', 'a1', 5, {}), 10, 60);
		expect(mergeModule({ attempts: [], inProgress: done }, undefined)).toEqual({
			attempts: [done],
			best: 60,
			last: 60
		});
	});

	it('orders attempts by finish and takes best and last from them', () => {
		const first = finish(attempt('m', 'a1', 0, {}), 10, 90);
		const second = finish(attempt('m', 'a2', 0, {}), 20, 40);
		const merged = mergeModule({ attempts: [second], best: 12, last: 13 }, { attempts: [first] });
		expect(merged).toEqual({ attempts: [first, second], best: 90, last: 40 });
	});
});

describe('mergeQuestion', () => {
	it('unites histories by attempt, oldest first, and recounts', () => {
		const a = {
			seen: 1,
			correct: 1,
			lastAnsweredAt: 5,
			history: [{ at: 5, score: 1, attempt: 'a2' }]
		};
		const b = {
			seen: 2,
			correct: 0,
			lastAnsweredAt: 5,
			history: [
				{ at: 2, score: 0, attempt: 'a1' },
				{ at: 5, score: 1, attempt: 'a2' }
			]
		};
		expect(mergeQuestion(a, b)).toEqual({
			seen: 2,
			correct: 1,
			lastAnsweredAt: 5,
			history: [
				{ at: 2, score: 0, attempt: 'a1' },
				{ at: 5, score: 1, attempt: 'a2' }
			]
		});
	});
});

describe('canonicalJson', () => {
	it('ignores key order', () => {
		expect(canonicalJson({ b: 1, a: { d: [1, { y: 1, x: 2 }], c: 2 } })).toBe(
			canonicalJson({ a: { c: 2, d: [1, { x: 2, y: 1 }] }, b: 1 })
		);
	});
});
