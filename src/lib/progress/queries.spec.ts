import { describe, expect, it } from 'vitest';
import { finishAttempt, newAttempt, recordAnswer } from '../quiz/attempt.ts';
import type { Attempt } from '../quiz/attempt.ts';
import { singleBank } from '../testing/items.ts';
import { FakeStorage } from '../testing/fake-storage.ts';
import {
	attemptCount,
	bestScore,
	currentScores,
	inProgressAttempt,
	lastScore,
	moduleHistory,
	moduleProgress,
	questionRecord
} from './queries.ts';
import { keyMatcher, packKeys } from './question-keys.ts';
import { emptyProgress } from './schema.ts';
import { ProgressStore } from './store.ts';

const T0 = Date.UTC(2026, 10, 26, 9, 0, 0);
const BANK = singleBank(5);

/** An attempt over the whole bank answering the listed items right and the rest wrong. */
function taken(seed: string, right: string[], now: number, bank = BANK, passMark = 80) {
	let a: Attempt = newAttempt({
		moduleSlug: 'm',
		bank,
		mode: 'test',
		length: 'all',
		seed,
		history: {},
		now
	});
	for (const id of a.items) {
		a = recordAnswer(
			a,
			id,
			{ kind: 'choice', selected: [right.includes(id) ? 'london' : 'rome'] },
			now + 1000
		);
	}
	return finishAttempt(a, bank, passMark, now + 2000);
}

function storeWith(...attempts: Attempt[]): ProgressStore {
	const store = new ProgressStore(new FakeStorage(), { now: () => T0 });
	for (const a of attempts) store.saveAttempt(a);
	return store;
}

describe('progress queries', () => {
	it('answer sensibly for a module with no progress', () => {
		const data = emptyProgress();
		expect(moduleProgress(data, 'm')).toBeUndefined();
		expect(bestScore(data, 'm')).toBeUndefined();
		expect(lastScore(data, 'm')).toBeUndefined();
		expect(attemptCount(data, 'm')).toBe(0);
		expect(inProgressAttempt(data, 'm')).toBeUndefined();
		expect(questionRecord(data, 'm', 'q00')).toBeUndefined();
		expect(moduleHistory(data, 'm')).toEqual({});
		expect(
			currentScores(
				data,
				'm',
				BANK.map((i) => i.id)
			)
		).toEqual({ attempts: 0 });
		expect(moduleProgress(data, 'constructor')).toBeUndefined();
	});

	it('give best, last, count, attempt in progress and question records', () => {
		const first = taken('a', ['q00', 'q01', 'q02', 'q03', 'q04'], T0);
		const second = taken('b', ['q00', 'q01'], T0 + 60_000);
		const open = newAttempt({
			moduleSlug: 'm',
			bank: BANK,
			mode: 'practice',
			length: 10,
			seed: 'c',
			history: {},
			now: T0 + 120_000
		});
		const { data } = storeWith(first, second, open);
		expect(bestScore(data, 'm')).toBe(100);
		expect(lastScore(data, 'm')).toBe(40);
		expect(attemptCount(data, 'm')).toBe(2);
		expect(inProgressAttempt(data, 'm')).toEqual(open);
		expect(questionRecord(data, 'm', 'q04')).toMatchObject({ seen: 2, correct: 1 });
		expect(questionRecord(data, 'm', 'q00')).toMatchObject({ seen: 2, correct: 2 });
	});

	it('give the history newAttempt needs, so missed questions come back first', () => {
		const first = taken('a', ['q00', 'q01', 'q02'], T0);
		const { data } = storeWith(first);
		const history = moduleHistory(data, 'm');
		expect(Object.keys(history).sort()).toEqual(BANK.map((i) => i.id));
		const bigger = singleBank(15);
		for (const seed of ['x', 'y', 'z']) {
			const next = newAttempt({
				moduleSlug: 'm',
				bank: bigger,
				mode: 'test',
				length: 10,
				seed,
				history,
				now: T0 + 1
			});
			// q05-q14 are unseen (10 of them) and so fill a 10-question attempt.
			expect([...next.items].sort()).toEqual(bigger.slice(5).map((i) => i.id));
			const twenty = newAttempt({
				moduleSlug: 'm',
				bank: bigger,
				mode: 'test',
				length: 20,
				seed,
				history,
				now: T0 + 1
			});
			expect(twenty.items).toHaveLength(15);
		}
	});

	it('keep removed questions in history but stop counting them', () => {
		const first = taken('a', ['q00', 'q01', 'q02', 'q03'], T0);
		const second = taken('b', ['q00', 'q01', 'q02'], T0 + 60_000);
		const { data } = storeWith(first, second);
		// q03 and q04 are removed from the bank by a content update.
		const bank = BANK.slice(0, 3);
		expect(bestScore(data, 'm')).toBe(80);
		expect(lastScore(data, 'm')).toBe(60);
		expect(
			currentScores(
				data,
				'm',
				bank.map((i) => i.id)
			)
		).toEqual({ best: 100, last: 100, attempts: 2 });
		// As the catalogue asks it, with the bank packed into short keys.
		expect(currentScores(data, 'm', keyMatcher(packKeys(bank.map((i) => i.id))))).toEqual({
			best: 100,
			last: 100,
			attempts: 2
		});
		expect(questionRecord(data, 'm', 'q04')).toBeDefined();
		expect(Object.keys(moduleHistory(data, 'm', bank)).sort()).toEqual(['q00', 'q01', 'q02']);
	});

	it('do not count an attempt none of whose questions remain', () => {
		const old = taken('a', ['q00'], T0, BANK.slice(0, 2));
		const recent = taken('b', ['q02', 'q03'], T0 + 60_000, BANK.slice(2));
		const { data } = storeWith(old, recent);
		expect(
			currentScores(
				data,
				'm',
				BANK.slice(2).map((i) => i.id)
			)
		).toEqual({
			best: 66.7,
			last: 66.7,
			attempts: 1
		});
	});
});
