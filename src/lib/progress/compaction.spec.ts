import { describe, expect, it } from 'vitest';
import { buildCards, dueSummary } from '../review/deck.ts';
import { scoreHistory } from '../dashboard/dashboard.ts';
import { emptyReview } from '../review/review-data.ts';
import { finishedAttempt } from '../testing/progress.ts';
import { FakeStorage } from '../testing/fake-storage.ts';
import { summariseHistory } from './merge.ts';
import { attemptCount, currentScores } from './queries.ts';
import { CURRENT_VERSION, KEEP_FULL_ATTEMPTS } from './schema.ts';
import type { HistoryEntry, ProgressData } from './schema.ts';
import { ProgressStore } from './store.ts';

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
const DAY = 86_400_000;

/** Ten attempts at one module, a day apart, each with its own credits over four questions. */
const made = Array.from({ length: 10 }, (_, i) =>
	finishedAttempt('m', `a${String(i).padStart(2, '0')}`, T0 + i * DAY, {
		q1: i % 2,
		q2: i % 3 === 0 ? 1 : 0.5,
		q3: 1,
		q4: i > 5 ? 1 : 0
	})
);

function saved(): ProgressStore {
	const store = new ProgressStore(new FakeStorage(), { now: () => T0 });
	for (const a of made) store.saveAttempt(a);
	return store;
}

/** The histories as they were before compaction existed: one entry per counted item per attempt. */
function uncompactedQuestions(): ProgressData['questions'] {
	const entries = new Map<string, HistoryEntry[]>();
	for (const a of made) {
		for (const [item, score] of Object.entries(a.score.items)) {
			const at = a.answers[item]?.at ?? a.finishedAt;
			const key = `m/${item}`;
			entries.set(key, [...(entries.get(key) ?? []), { at, score, attempt: a.id }]);
		}
	}
	return Object.fromEntries([...entries].map(([k, h]) => [k, summariseHistory(h)]));
}

describe('compaction of old attempts', () => {
	it('keeps the most recent attempts whole and summarises the rest, dropping none', () => {
		const m = saved().data.modules.m;
		expect(m.attempts.map((a) => a.id)).toEqual(made.slice(-KEEP_FULL_ATTEMPTS).map((a) => a.id));
		expect(m.summaries?.map((s) => s.id)).toEqual(
			made.slice(0, -KEEP_FULL_ATTEMPTS).map((a) => a.id)
		);
		const [first] = m.summaries ?? [];
		expect(first).toEqual({
			id: made[0].id,
			mode: made[0].mode,
			length: made[0].length,
			startedAt: made[0].startedAt,
			finishedAt: made[0].finishedAt,
			questions: 4,
			score: {
				score: made[0].score.score,
				max: 4,
				percent: made[0].score.percent,
				passMark: 80,
				passed: false,
				sections: []
			}
		});
		expect(m.best).toBe(Math.max(...made.map((a) => a.score.percent)));
		expect(m.last).toBe(made[made.length - 1].score.percent);
		expect(attemptCount(saved().data, 'm')).toBe(10);
	});

	it('leaves every question history whole, so review due dates do not move', () => {
		const data = saved().data;
		expect(data.questions).toEqual(uncompactedQuestions());
		const before = buildCards(
			{ version: CURRENT_VERSION, modules: {}, questions: uncompactedQuestions() },
			emptyReview()
		);
		const after = buildCards(data, emptyReview());
		expect(after.map((c) => [c.key, c.due])).toEqual(before.map((c) => [c.key, c.due]));
		const now = T0 + 30 * DAY;
		expect(dueSummary(after, now)).toEqual(dueSummary(before, now));
	});

	it('still counts summarised attempts in scores and in the scores-over-time chart', () => {
		const data = saved().data;
		// q4 removed from the bank: every attempt, summarised or not, is re-counted over q1-q3.
		const current = ['q1', 'q2', 'q3'];
		const expected = made.map((a) => {
			const sum = current.reduce((n, id) => n + a.score.items[id], 0);
			return Math.round((sum / current.length) * 1000) / 10;
		});
		expect(scoreHistory(data, 'm', current).map((p) => [p.attempt, p.percent])).toEqual(
			made.map((a, i) => [a.id, expected[i]])
		);
		expect(currentScores(data, 'm', current)).toEqual({
			best: Math.max(...expected),
			last: expected[expected.length - 1],
			attempts: 10
		});
	});

	it('two tabs that each summarised their own attempts merge to every attempt', () => {
		const shared = new Map<string, string>();
		const a = new ProgressStore(new FakeStorage(), { now: () => T0 });
		const b = new ProgressStore(new FakeStorage(), { now: () => T0 });
		made.forEach((x, i) => (i % 2 ? b : a).saveAttempt(x));
		const tab = new ProgressStore(new FakeStorage(shared), { now: () => T0 });
		for (const store of [a, b]) {
			for (const x of [...store.data.modules.m.attempts]) tab.saveAttempt(x);
			tab.applyExternalChange('briefing:v1:progress:m', JSON.stringify(store.data));
		}
		const m = tab.data.modules.m;
		expect([...(m.summaries ?? []), ...m.attempts].map((x) => x.id)).toEqual(made.map((x) => x.id));
		expect(tab.data.questions).toEqual(uncompactedQuestions());
	});
});
