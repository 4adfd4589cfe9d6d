import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { finishAttempt, newAttempt, recordAnswer } from '../quiz/attempt.ts';
import type { Attempt, FinishedAttempt } from '../quiz/attempt.ts';
import { singleBank } from '../testing/items.ts';
import { FakeStorage } from '../testing/fake-storage.ts';
import v1 from './fixtures/v1.json';
import v2 from './fixtures/v2.json';
import { CURRENT_VERSION, migrate } from './schema.ts';
import { ProgressStore } from './store.ts';
import type { StoreNotice } from '../storage/types.ts';
import { progressKey } from './storage.ts';
import { browserStorage, isQuotaError } from '../storage/storage.ts';

const T0 = Date.UTC(2026, 10, 26, 9, 0, 0);
const BANK = singleBank(5);
const FIXTURE_SLUG = 'organised-immigration-crime-summit';
const clock = () => T0;

function start(module: string, seed: string, now = T0): Attempt {
	return newAttempt({
		moduleSlug: module,
		bank: BANK,
		mode: 'test',
		length: 'all',
		seed,
		history: {},
		now
	});
}

function answered(attempt: Attempt, count: number, now = attempt.startedAt): Attempt {
	let a = attempt;
	attempt.items.slice(0, count).forEach((id, i) => {
		a = recordAnswer(
			a,
			id,
			{ kind: 'choice', selected: [i % 2 ? 'paris' : 'london'] },
			now + 1000 * (i + 1)
		);
	});
	return a;
}

function finished(module: string, seed: string, now = T0): FinishedAttempt {
	return finishAttempt(answered(start(module, seed, now), 5), BANK, 80, now + 60_000);
}

function stored(storage: FakeStorage, slug: string): unknown {
	const raw = storage.entries.get(progressKey(slug));
	return raw === undefined ? undefined : JSON.parse(raw);
}

function open(storage: FakeStorage | null): ProgressStore {
	return new ProgressStore(storage, { now: clock });
}

/** Replays one tab's writes into another, as `storage` events would. */
function deliver(from: FakeStorage, to: ProgressStore): void {
	for (const { key, newValue } of from.takeWrites()) to.applyExternalChange(key, newValue);
}

/** Ids of every finished attempt of a module, whole or summarised. */
const ids = (store: ProgressStore, slug = 'm') => {
	const m = store.data.modules[slug];
	return [...(m?.attempts ?? []), ...(m?.summaries ?? [])].map((a) => a.id).sort();
};

describe('ProgressStore: saving and loading', () => {
	it('starts empty on empty storage, with nothing to report', () => {
		const store = open(new FakeStorage());
		expect(store.mode).toBe('storage');
		expect(store.notices).toEqual([]);
		expect(store.data).toEqual({ version: CURRENT_VERSION, modules: {}, questions: {} });
	});

	it('keeps an attempt in progress under the module key and resumes it exactly after a reload', () => {
		const storage = new FakeStorage();
		const attempt = answered(start('m', 's1'), 2);
		open(storage).saveAttempt(attempt);
		expect([...storage.entries.keys()]).toEqual(['briefing:v1:progress:m']);
		expect(open(storage).data.modules.m.inProgress).toEqual(attempt);
	});

	it('files a finished attempt with its score, best, last and question history', () => {
		const storage = new FakeStorage();
		const store = open(storage);
		const attempt = answered(start('m', 's1'), 5);
		store.saveAttempt(attempt);
		const done = finishAttempt(attempt, BANK, 80, T0 + 60_000);
		store.saveAttempt(done);
		const mod = store.data.modules.m;
		expect(mod.inProgress).toBeUndefined();
		expect(mod.attempts).toEqual([done]);
		expect(mod).toMatchObject({ best: 60, last: 60 });
		const first = done.items[0];
		expect(store.data.questions[`m/${first}`]).toEqual({
			seen: 1,
			correct: 1,
			lastAnsweredAt: done.answers[first].at,
			history: [{ at: done.answers[first].at, score: 1, attempt: done.id }]
		});
		expect(Object.keys(store.data.questions)).toHaveLength(5);
		expect(open(storage).data).toEqual(store.data);
	});

	it('does not count a finished attempt twice when it is saved again', () => {
		const store = open(new FakeStorage());
		const done = finished('m', 's1');
		store.saveAttempt(done);
		store.saveAttempt(done);
		expect(store.data.modules.m.attempts).toHaveLength(1);
		expect(store.data.questions[`m/${done.items[0]}`].seen).toBe(1);
	});

	it('keeps each module under its own key', () => {
		const storage = new FakeStorage();
		const store = open(storage);
		store.saveAttempt(finished('m', 's1'));
		store.saveAttempt(finished('n', 's2'));
		expect([...storage.entries.keys()].sort()).toEqual([
			'briefing:v1:progress:m',
			'briefing:v1:progress:n'
		]);
		expect(
			Object.keys((stored(storage, 'm') as { questions: object }).questions).every((k) =>
				k.startsWith('m/')
			)
		).toBe(true);
	});

	it('loads a value of every earlier version and writes it back in the current one', () => {
		for (const fixture of [v1, v2]) {
			const storage = new FakeStorage();
			storage.setItem(progressKey(FIXTURE_SLUG), JSON.stringify(fixture));
			const store = open(storage);
			expect(store.notices).toEqual([]);
			expect(store.data).toEqual({ ...v2, version: CURRENT_VERSION });
			store.saveAttempt(finished(FIXTURE_SLUG, 'new'));
			const saved = stored(storage, FIXTURE_SLUG) as { version: number };
			expect(saved.version).toBe(CURRENT_VERSION);
			expect(store.data.modules[FIXTURE_SLUG].attempts).toHaveLength(2);
			expect(store.data.modules[FIXTURE_SLUG].inProgress).toEqual(
				v2.modules[FIXTURE_SLUG].inProgress
			);
		}
	});
});

describe('ProgressStore: damaged data', () => {
	it.each<[string, string, string]>([
		['corrupt JSON', '{"version": 2, "modules": {', 'not valid JSON'],
		[
			'the wrong shape',
			JSON.stringify({ version: 2, modules: [], questions: {} }),
			'modules: expected an object'
		],
		['no version', JSON.stringify({ modules: {} }), 'version'],
		['a bare string', 'hello', 'not valid JSON']
	])('copies %s to a backup key, reports it, and keeps other modules working', (_, bad, error) => {
		const storage = new FakeStorage();
		open(storage).saveAttempt(finished('good', 's1'));
		storage.setItem(progressKey('bad'), bad);
		const store = open(storage);
		const backupKey = `briefing:v1:backup:briefing:v1:progress:bad:${T0}`;
		expect(store.notices).toEqual<StoreNotice[]>([
			{
				kind: 'corrupt',
				key: 'briefing:v1:progress:bad',
				backupKey,
				error: expect.stringContaining(error)
			}
		]);
		expect(storage.getItem(backupKey)).toBe(bad);
		expect(store.mode).toBe('storage');
		expect(store.data.modules.good.attempts).toHaveLength(1);
		// The damaged value is replaced by a readable one, so the next visit does not report it again.
		expect(migrate(stored(storage, 'bad'))).toHaveProperty('data');
		expect(open(storage).notices).toEqual([]);
		store.saveAttempt(finished('bad', 's2'));
		expect(open(storage).data.modules.bad.attempts).toHaveLength(1);
		expect(storage.getItem(backupKey)).toBe(bad);
	});

	it('backs up a value damaged between load and save, then saves', () => {
		const storage = new FakeStorage();
		const store = open(storage);
		store.saveAttempt(finished('m', 's1'));
		storage.setItem(progressKey('m'), 'garbage');
		store.saveAttempt(finished('m', 's2'));
		expect(store.notices).toMatchObject([{ kind: 'corrupt', key: progressKey('m') }]);
		expect(ids(open(storage))).toHaveLength(2);
		expect(store.backupKeys()).toEqual([`briefing:v1:backup:briefing:v1:progress:m:${T0}`]);
	});

	it('never overwrites a damaged value it could not back up', () => {
		const storage = new FakeStorage();
		storage.setItem(progressKey('m'), 'x'.repeat(100));
		storage.quota = 150;
		const store = open(storage);
		expect(store.notices).toEqual([
			{ kind: 'corrupt', key: progressKey('m'), backupKey: null, error: 'not valid JSON' }
		]);
		store.saveAttempt(finished('m', 's1'));
		expect(storage.getItem(progressKey('m'))).toBe('x'.repeat(100));
		expect(store.data.modules.m.attempts).toHaveLength(1);
	});

	it('leaves a newer version’s value alone and says so once', () => {
		const storage = new FakeStorage();
		const newer = JSON.stringify({ version: CURRENT_VERSION + 1, modules: {}, whatever: true });
		storage.setItem(progressKey('m'), newer);
		const store = open(storage);
		store.saveAttempt(finished('m', 's1'));
		store.saveAttempt(finished('m', 's2'));
		expect(store.notices).toEqual([{ kind: 'newer', key: progressKey('m') }]);
		expect(storage.getItem(progressKey('m'))).toBe(newer);
		expect(store.backupKeys()).toEqual([]);
		expect(ids(store)).toHaveLength(2);
		store.saveAttempt(finished('n', 's3'));
		expect(ids(open(storage), 'n')).toHaveLength(1);
	});
});

describe('ProgressStore: storage that fails', () => {
	it('runs in memory and says so when there is no storage', () => {
		const store = open(null);
		expect(store.mode).toBe('memory');
		expect(store.notices).toEqual([{ kind: 'unavailable' }]);
		store.saveAttempt(finished('m', 's1'));
		expect(ids(store)).toHaveLength(1);
		expect(store.backupKeys()).toEqual([]);
	});

	it('runs in memory when storage is blocked', () => {
		const storage = new FakeStorage();
		storage.blocked = true;
		const store = open(storage);
		expect(store.mode).toBe('memory');
		expect(store.notices).toEqual([{ kind: 'unavailable' }]);
		const attempt = answered(start('m', 's1'), 2);
		store.saveAttempt(attempt);
		expect(store.data.modules.m.inProgress).toEqual(attempt);
		store.resetAll();
		expect(store.data.modules).toEqual({});
	});

	it('runs in memory when storage becomes blocked after loading', () => {
		const storage = new FakeStorage();
		const store = open(storage);
		store.saveAttempt(finished('m', 's1'));
		storage.blocked = true;
		store.saveAttempt(finished('m', 's2'));
		expect(store.mode).toBe('memory');
		expect(store.notices).toEqual([{ kind: 'unavailable' }]);
		expect(ids(store)).toHaveLength(2);
	});

	it('keeps what was saved intact when storage fills up, and carries on in memory', () => {
		const storage = new FakeStorage();
		const store = open(storage);
		store.saveAttempt(finished('m', 's1'));
		const before = storage.getItem(progressKey('m'));
		storage.quota = before!.length + 100;
		store.saveAttempt(finished('m', 's2'));
		expect(store.mode).toBe('memory');
		expect(store.notices).toEqual([{ kind: 'full' }]);
		expect(storage.getItem(progressKey('m'))).toBe(before);
		expect(ids(store)).toHaveLength(2);
		store.saveAttempt(finished('n', 's3'));
		expect(storage.getItem(progressKey('n'))).toBeNull();
		expect(ids(store, 'n')).toHaveLength(1);
		expect(ids(open(storage))).toHaveLength(1);
	});

	it('recognises quota errors from every browser', () => {
		expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
		expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
		expect(isQuotaError({ code: 22 })).toBe(true);
		expect(isQuotaError(new DOMException('no', 'SecurityError'))).toBe(false);
		expect(isQuotaError('full')).toBe(false);
	});

	it('finds no browser storage in Node', () => {
		expect(browserStorage()).toBeNull();
	});
});

describe('ProgressStore: two tabs', () => {
	it('keeps attempts two tabs finish in turn, even without storage events', () => {
		const shared = new Map<string, string>();
		const a = open(new FakeStorage(shared));
		const b = open(new FakeStorage(shared));
		const made = ['a1', 'b1', 'a2', 'b2', 'a3'].map((seed, i) =>
			finished('m', seed, T0 + i * 1000)
		);
		made.forEach((attempt, i) => (i % 2 ? b : a).saveAttempt(attempt));
		expect(ids(open(new FakeStorage(shared)))).toEqual(made.map((x) => x.id).sort());
		// A saved last, after re-reading B's work, so it holds everything too.
		expect(ids(a)).toEqual(made.map((x) => x.id).sort());
	});

	it('verify puts back what another tab overwrote unseen, and writes nothing when storage is complete', () => {
		const shared = new Map<string, string>();
		const a = open(new FakeStorage(shared));
		const mine = finished('m', 'a1', T0);
		a.saveAttempt(mine);
		// Another tab that never saw A's write replaces the value, and the storage event is lost.
		const elsewhere = new FakeStorage();
		const theirs = finished('m', 'b1', T0 + 1000);
		open(elsewhere).saveAttempt(theirs);
		shared.set(progressKey('m'), elsewhere.entries.get(progressKey('m')) ?? '');
		expect(ids(open(new FakeStorage(shared)))).toEqual([theirs.id]);

		a.verify('m');
		expect(ids(open(new FakeStorage(shared)))).toEqual([mine.id, theirs.id].sort());

		const writes = new FakeStorage(shared);
		open(writes).verify('m');
		expect(writes.writes).toEqual([]);
	});

	it('keeps the answers two tabs give to the same attempt at once', () => {
		const shared = new Map<string, string>();
		const storageA = new FakeStorage(shared);
		const storageB = new FakeStorage(shared);
		const a = open(storageA);
		const attempt = start('m', 's1');
		a.saveAttempt(attempt);
		const b = open(storageB);
		const [q1, q2] = attempt.items;
		a.saveAttempt(
			recordAnswer(
				a.data.modules.m.inProgress!,
				q1,
				{ kind: 'choice', selected: ['london'] },
				T0 + 1000
			)
		);
		b.saveAttempt(
			recordAnswer(
				b.data.modules.m.inProgress!,
				q2,
				{ kind: 'choice', selected: ['rome'] },
				T0 + 2000
			)
		);
		deliver(storageB, a);
		for (const store of [a, b, open(new FakeStorage(shared))]) {
			expect(Object.keys(store.data.modules.m.inProgress!.answers).sort()).toEqual([q1, q2].sort());
		}
	});

	it('learns about the other tab’s writes from storage events', () => {
		const shared = new Map<string, string>();
		const storageA = new FakeStorage(shared);
		const storageB = new FakeStorage(shared);
		const a = open(storageA);
		const b = open(storageB);
		b.saveAttempt(finished('m', 'b1'));
		b.saveAttempt(answered(start('n', 'b2'), 1));
		deliver(storageB, a);
		expect(a.data).toEqual(b.data);
		expect(storageA.takeWrites()).toEqual([]);
	});

	it('writes back what only it knows when another tab’s write lacks it, and the exchange ends', () => {
		const shared = new Map<string, string>();
		const storageA = new FakeStorage(shared);
		const storageB = new FakeStorage(shared);
		const a = open(storageA);
		const b = open(storageB);
		a.saveAttempt(finished('m', 'a1'));
		storageA.takeWrites();
		// Someone replaces the value with one that lacks a1 (say, an old tab restoring its copy).
		shared.set(progressKey('m'), JSON.stringify({ version: 2, modules: {}, questions: {} }));
		b.saveAttempt(finished('m', 'b1'));
		let rounds = 0;
		while (storageA.writes.length + storageB.writes.length > 0 && rounds++ < 10) {
			deliver(storageB, a);
			deliver(storageA, b);
		}
		expect(rounds).toBeLessThan(4);
		expect(ids(a)).toHaveLength(2);
		expect(ids(b)).toHaveLength(2);
		expect(ids(open(new FakeStorage(shared)))).toHaveLength(2);
	});

	it('repairs damaged data written by another tab from what it knows', () => {
		const shared = new Map<string, string>();
		const a = open(new FakeStorage(shared));
		a.saveAttempt(finished('m', 'a1'));
		shared.set(progressKey('m'), '{oops');
		expect(a.applyExternalChange(progressKey('m'), '{oops')).toBe(true);
		expect(a.notices).toMatchObject([{ kind: 'corrupt', key: progressKey('m') }]);
		expect(ids(open(new FakeStorage(shared)))).toHaveLength(1);
	});

	it('leaves alone a newer version’s value written by another tab', () => {
		const shared = new Map<string, string>();
		const a = open(new FakeStorage(shared));
		a.saveAttempt(finished('m', 'a1'));
		const newer = JSON.stringify({ version: CURRENT_VERSION + 1 });
		shared.set(progressKey('m'), newer);
		a.applyExternalChange(progressKey('m'), newer);
		a.saveAttempt(finished('m', 'a2'));
		expect(a.notices).toEqual([{ kind: 'newer', key: progressKey('m') }]);
		expect(shared.get(progressKey('m'))).toBe(newer);
		expect(ids(a)).toHaveLength(2);
	});

	it('still follows other tabs after its own storage filled up', () => {
		const shared = new Map<string, string>();
		const storageA = new FakeStorage(shared);
		const storageB = new FakeStorage(shared);
		const a = open(storageA);
		const b = open(storageB);
		storageA.quota = 0;
		a.saveAttempt(finished('m', 'a1'));
		expect(a.mode).toBe('memory');
		b.saveAttempt(finished('m', 'b1'));
		deliver(storageB, a);
		expect(ids(a)).toHaveLength(2);
		expect(storageA.takeWrites()).toEqual([]);
	});

	it('ignores keys that are not progress, and forgets a module another tab reset', () => {
		const shared = new Map<string, string>();
		const storageB = new FakeStorage(shared);
		const a = open(new FakeStorage(shared));
		const b = open(storageB);
		a.saveAttempt(finished('m', 'a1'));
		a.saveAttempt(finished('n', 'a2'));
		expect(a.applyExternalChange('briefing:v1:theme', 'dark')).toBe(false);
		b.resetModule('m');
		deliver(storageB, a);
		expect(a.data.modules.m).toBeUndefined();
		expect(ids(a, 'n')).toHaveLength(1);
		a.applyExternalChange(null, null);
		expect(a.data.modules).toEqual({});
	});

	it('keeps every finished attempt whatever the interleaving of saves and events (property)', () => {
		type Step = { tab: 0 | 1; op: 'finish' | 'answer' | 'deliver' };
		const step = fc.record({
			tab: fc.constantFrom<0 | 1>(0, 1),
			op: fc.constantFrom<Step['op']>('finish', 'answer', 'deliver')
		});
		fc.assert(
			fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
				const shared = new Map<string, string>();
				const storages = [new FakeStorage(shared), new FakeStorage(shared)];
				const stores = storages.map((s) => open(s));
				const finishedIds: string[] = [];
				steps.forEach(({ tab, op }, i) => {
					const store = stores[tab];
					const now = T0 + i * 10_000;
					if (op === 'deliver') deliver(storages[1 - tab], store);
					else if (op === 'finish') {
						const done = finished('m', `${tab}-${i}`, now);
						finishedIds.push(done.id);
						store.saveAttempt(done);
					} else {
						const current = store.data.modules.m?.inProgress ?? start('m', `${tab}-${i}`, now);
						const item = current.items[i % current.items.length];
						store.saveAttempt(
							recordAnswer(current, item, { kind: 'choice', selected: ['london'] }, now)
						);
					}
				});
				expect(ids(open(new FakeStorage(shared)))).toEqual([...finishedIds].sort());
			}),
			{ numRuns: 200 }
		);
	});
});

describe('ProgressStore: one tab takes a quiz’s answers', () => {
	const answer = (attempt: Attempt, item: number, option: string, at: number) =>
		recordAnswer(attempt, attempt.items[item], { kind: 'choice', selected: [option] }, at);

	it('refuses another tab’s save while one tab holds the quiz, and changes nothing', () => {
		const shared = new Map<string, string>();
		const a = open(new FakeStorage(shared));
		const b = open(new FakeStorage(shared));
		a.claim('m', 'tab-a');
		const attempt = start('m', 's1');
		expect(a.saveAttempt(answer(attempt, 0, 'london', T0 + 1000), 'tab-a')).toBe('saved');
		const before = shared.get(progressKey('m'));
		// B still shows the attempt as it was before A answered, and answers question 1 wrongly.
		expect(b.saveAttempt(answer(attempt, 0, 'paris', T0 + 2000), 'tab-b')).toBe('not-owner');
		expect(shared.get(progressKey('m'))).toBe(before);
		expect(b.owner('m')).toEqual({ tab: 'tab-a', since: T0 });
		const kept = open(new FakeStorage(shared)).data.modules.m.inProgress!;
		expect(kept.answers[attempt.items[0]].response).toEqual({
			kind: 'choice',
			selected: ['london']
		});
	});

	it('moves the quiz to the tab that claims it, with every answer given before, and refuses the old tab', () => {
		const shared = new Map<string, string>();
		const a = open(new FakeStorage(shared));
		const b = open(new FakeStorage(shared));
		a.claim('m', 'tab-a');
		let attempt = start('m', 's1');
		attempt = answer(attempt, 0, 'london', T0 + 1000);
		a.saveAttempt(attempt, 'tab-a');
		attempt = answer(attempt, 1, 'paris', T0 + 2000);
		a.saveAttempt(attempt, 'tab-a');
		// B never received A's storage events: claiming re-reads storage.
		b.claim('m', 'tab-b');
		const taken = b.data.modules.m.inProgress!;
		expect(Object.keys(taken.answers).sort()).toEqual(attempt.items.slice(0, 2).sort());
		expect(b.saveAttempt(answer(taken, 2, 'rome', T0 + 3000), 'tab-b')).toBe('saved');
		expect(a.saveAttempt(answer(attempt, 2, 'london', T0 + 4000), 'tab-a')).toBe('not-owner');
		const stored = open(new FakeStorage(shared)).data.modules.m.inProgress!;
		expect(stored.answers[attempt.items[2]].response).toEqual({
			kind: 'choice',
			selected: ['rome']
		});
		expect(Object.keys(stored.answers)).toHaveLength(3);
	});

	it('never lets an older copy of an attempt replace a newer answer, whichever is written last', () => {
		const shared = new Map<string, string>();
		const a = open(new FakeStorage(shared));
		const attempt = start('m', 's1');
		const newer = answer(answer(attempt, 0, 'london', T0 + 1000), 0, 'rome', T0 + 5000);
		const older = answer(attempt, 0, 'paris', T0 + 2000);
		a.saveAttempt(newer);
		a.saveAttempt(older);
		open(new FakeStorage(shared)).saveAttempt(older);
		const stored = open(new FakeStorage(shared)).data.modules.m.inProgress!;
		expect(stored.answers[attempt.items[0]]).toEqual({
			response: { kind: 'choice', selected: ['rome'] },
			at: T0 + 5000
		});
	});

	it('says so when an answer comes for an attempt another tab has finished', () => {
		const shared = new Map<string, string>();
		const a = open(new FakeStorage(shared));
		const b = open(new FakeStorage(shared));
		const attempt = answered(start('m', 's1'), 5);
		b.saveAttempt(attempt);
		const done = finishAttempt(attempt, BANK, 80, T0 + 60_000);
		a.saveAttempt(done);
		const before = shared.get(progressKey('m'));
		expect(b.saveAttempt(answer(attempt, 0, 'rome', T0 + 70_000))).toBe('finished');
		expect(shared.get(progressKey('m'))).toBe(before);
		expect(b.data.modules.m.attempts.map((x) => x.id)).toEqual([done.id]);
		expect(b.data.modules.m.inProgress).toBeUndefined();
	});

	it('follows claims through storage events, and a release frees the quiz only for its own tab', () => {
		const shared = new Map<string, string>();
		const storageA = new FakeStorage(shared);
		const a = open(storageA);
		const b = open(new FakeStorage(shared));
		let told = 0;
		b.subscribe(() => told++);
		a.claim('m', 'tab-a');
		deliver(storageA, b);
		expect(told).toBeGreaterThan(0);
		expect(b.owner('m')?.tab).toBe('tab-a');
		b.release('m', 'tab-b');
		expect(a.owner('m')?.tab).toBe('tab-a');
		a.release('m', 'tab-a');
		expect(b.owner('m')).toBeNull();
		expect(b.saveAttempt(start('m', 's1'), 'tab-b')).toBe('saved');
	});

	it('keeps the claim out of progress: reset, export keys and damaged claims', () => {
		const shared = new Map<string, string>();
		const a = open(new FakeStorage(shared));
		a.claim('m', 'tab-a');
		a.saveAttempt(start('m', 's1'), 'tab-a');
		a.resetModule('m');
		expect(a.owner('m')?.tab).toBe('tab-a');
		shared.set('briefing:v1:quiz-owner:m', '{not json');
		expect(a.owner('m')).toBeNull();
		expect(a.notices).toEqual([]);
	});

	it('holds claims in memory when there is no storage', () => {
		const store = open(null);
		expect(store.owner('m')).toBeNull();
		store.claim('m', 'tab-a');
		expect(store.owner('m')?.tab).toBe('tab-a');
		expect(store.saveAttempt(start('m', 's1'), 'tab-b')).toBe('not-owner');
		expect(store.saveAttempt(start('m', 's1'), 'tab-a')).toBe('saved');
	});
});

describe('ProgressStore: reset', () => {
	function filled() {
		const storage = new FakeStorage();
		storage.setItem('briefing:v1:theme', 'dark');
		storage.setItem(progressKey('broken'), 'nope');
		const store = open(storage);
		store.saveAttempt(finished('m', 's1'));
		store.saveAttempt(answered(start('n', 's2'), 1));
		return { storage, store };
	}

	it('resets one module: its attempts, attempt in progress and question history', () => {
		const { storage, store } = filled();
		store.resetModule('m');
		expect(store.data.modules.m).toBeUndefined();
		expect(Object.keys(store.data.questions).some((k) => k.startsWith('m/'))).toBe(false);
		expect(storage.getItem(progressKey('m'))).toBeNull();
		expect(open(storage).data.modules.n.inProgress).toBeDefined();
	});

	it('resets everything but leaves the theme and the backups of damaged data', () => {
		const { storage, store } = filled();
		const backups = store.backupKeys();
		expect(backups).toHaveLength(1);
		store.resetAll();
		expect(store.data).toEqual({ version: CURRENT_VERSION, modules: {}, questions: {} });
		expect([...storage.entries.keys()].sort()).toEqual([...backups, 'briefing:v1:theme'].sort());
		expect(open(storage).data.modules).toEqual({});
		expect(store.readBackup(backups[0])).toBe('nope');
		expect(store.readBackup('briefing:v1:theme')).toBeNull();
		store.clearBackups();
		expect([...storage.entries.keys()]).toEqual(['briefing:v1:theme']);
	});

	it('frees the key even after storage filled up, so reset data does not come back', () => {
		const storage = new FakeStorage();
		const store = open(storage);
		store.saveAttempt(finished('m', 's1'));
		storage.quota = 0;
		store.saveAttempt(finished('m', 's2'));
		expect(store.mode).toBe('memory');
		store.resetModule('m');
		expect(open(storage).data.modules).toEqual({});
	});
});

describe('ProgressStore: notices and listeners', () => {
	it('tells subscribers about every change until they unsubscribe', () => {
		const store = open(new FakeStorage());
		let calls = 0;
		const stop = store.subscribe(() => calls++);
		store.saveAttempt(finished('m', 's1'));
		store.resetModule('m');
		expect(calls).toBe(2);
		stop();
		store.saveAttempt(finished('m', 's2'));
		expect(calls).toBe(2);
	});

	it('clears notices once read', () => {
		const store = open(null);
		expect(store.notices).toHaveLength(1);
		store.clearNotices();
		expect(store.notices).toEqual([]);
	});
});
