import { describe, expect, it } from 'vitest';
import { FakeStorage } from '../testing/fake-storage.ts';
import { finishAttempt, recordAnswer } from '../quiz/attempt.ts';
import { assignmentId, assignmentItems, decodeAssignment, encodeAssignment } from './assignment.ts';
import { regrade } from './regrade.ts';
import { encodeResult } from './result.ts';
import { decodeResult } from './result-decode.ts';
import { LocalRecords } from './local.ts';
import { T0, bank, makeAssignment } from '../testing/teach.ts';
import {
	attemptsLeft,
	emptyWork,
	finishedAttempts,
	openAttempt,
	parseWork,
	putAttempt,
	resultOf,
	startWork,
	workKey,
	workLate
} from './work.ts';
import type { AssignmentWork } from './work.ts';

const assignment = makeAssignment({ selection: { kind: 'draw', count: 6, seed: 'class-10b' } });
const id = assignmentId(assignment, bank);

function finished(name: string, at: number, answerAll = true) {
	let attempt = startWork(assignment, bank, `seed-${at}`, at);
	if (answerAll) {
		for (const itemId of attempt.items.slice(0, 3)) {
			attempt = recordAnswer(attempt, itemId, { kind: 'choice', selected: ['a'] }, at + 1000);
		}
	}
	const items = assignmentItems(assignment, bank);
	return { name, attempt: finishAttempt(attempt, items, assignment.passMark, at + 60_000) };
}

describe('student work on an assignment', () => {
	it('asks exactly the assignment’s questions, all of them, in a seeded order', () => {
		const attempt = startWork(assignment, bank, 'one', T0);
		const expected = assignmentItems(assignment, bank).map((i) => i.id);
		expect([...attempt.items].sort()).toEqual([...expected].sort());
		expect(attempt.mode).toBe('test');
		expect(startWork(assignment, bank, 'one', T0).items).toEqual(attempt.items);
	});

	it('counts finished attempts against the limit and keeps the open one to resume', () => {
		let work = emptyWork();
		expect(attemptsLeft(work, assignment)).toBe(2);
		work = putAttempt(work, finished('Ada', T0));
		const open = { name: 'Ada', attempt: startWork(assignment, bank, 'two', T0 + 5000) };
		work = putAttempt(work, open);
		expect(attemptsLeft(work, assignment)).toBe(1);
		expect(openAttempt(work)?.attempt.id).toBe(open.attempt.id);
		expect(finishedAttempts(work)).toHaveLength(1);
		expect(attemptsLeft(work, makeAssignment({ attempts: 'unlimited' }))).toBe(Infinity);
	});

	it('never lets an unfinished copy from another tab undo a finished attempt', () => {
		const done = finished('Ada', T0);
		const stale = {
			name: 'Ada',
			attempt: { ...done.attempt, finishedAt: undefined, score: undefined }
		};
		const work = putAttempt(putAttempt(emptyWork(), done), stale);
		expect(finishedAttempts(work)).toHaveLength(1);
	});

	it('gives a result whose code the gradebook reads back and re-grades to the same score', () => {
		const done = finished('Zoë O’Brien', T0);
		const result = resultOf(done, id);
		const code = encodeResult(result, assignment, bank);
		const decoded = decodeResult(code, assignment, bank);
		expect(decoded.ok).toBe(true);
		if (!decoded.ok) return;
		expect(decoded.result.name).toBe('Zoë O’Brien');
		expect(regrade(decoded.result, assignment, bank).percent).toBe(done.attempt.score.percent);
		expect(regrade(decoded.result, assignment, bank).claimMismatch).toBe(false);
	});

	it('marks work finished after the due day as late, not refused', () => {
		const due = makeAssignment({ due: '2026-11-26', dueOffset: 0 });
		const early = finished('A', Date.UTC(2026, 10, 26, 23, 0));
		const late = finished('B', Date.UTC(2026, 10, 27, 0, 30));
		expect(workLate(due, early.attempt)).toBe(false);
		expect(workLate(due, late.attempt)).toBe(true);
	});

	it('reads back what it stores, and refuses damaged or newer data', () => {
		const work: AssignmentWork = putAttempt(putAttempt(emptyWork(), finished('Ada', T0)), {
			name: 'Ada',
			attempt: startWork(assignment, bank, 'x', T0 + 10)
		});
		expect(parseWork(JSON.stringify(work))).toEqual({ ok: true, value: work });
		expect(parseWork('{"version":1,"attempts":[{"name":3}]}')).toMatchObject({ ok: false });
		expect(parseWork('not json')).toMatchObject({ ok: false });
		expect(parseWork('{"version":9,"attempts":[]}')).toMatchObject({ ok: false, newer: true });
	});
});

describe('LocalRecords', () => {
	const key = workKey(id);

	it('stores and reads work under the assignment’s key', () => {
		const storage = new FakeStorage();
		const records = new LocalRecords(storage, () => T0);
		records.update(key, parseWork, emptyWork, (w) => putAttempt(w, finished('Ada', T0)));
		const again = new LocalRecords(storage, () => T0).read(key, parseWork, emptyWork);
		expect(finishedAttempts(again)).toHaveLength(1);
	});

	it('copies damaged data aside, says so, and keeps other keys untouched', () => {
		const storage = new FakeStorage();
		storage.setItem(key, '{"version":1,"attempts":[{"oops"');
		storage.setItem('briefing:v1:progress:other', '{"keep":true}');
		const records = new LocalRecords(storage, () => T0);
		expect(records.read(key, parseWork, emptyWork)).toEqual(emptyWork());
		expect(records.notices[0]).toMatchObject({ kind: 'corrupt', key });
		const backup = (records.notices[0] as { backupKey: string }).backupKey;
		expect(storage.getItem(backup)).toBe('{"version":1,"attempts":[{"oops"');
		expect(storage.getItem('briefing:v1:progress:other')).toBe('{"keep":true}');
	});

	it('does not overwrite damaged data it could not back up', () => {
		const storage = new FakeStorage();
		storage.setItem(key, 'damaged');
		storage.quota = storage.getItem(key)!.length + key.length;
		const records = new LocalRecords(storage, () => T0);
		records.update(key, parseWork, emptyWork, (w) => putAttempt(w, finished('Ada', T0)));
		expect(storage.getItem(key)).toBe('damaged');
	});

	it('carries on in memory when storage is blocked, and says so', () => {
		const storage = new FakeStorage();
		storage.blocked = true;
		const records = new LocalRecords(storage, () => T0);
		records.update(key, parseWork, emptyWork, (w) => putAttempt(w, finished('Ada', T0)));
		expect(records.mode).toBe('memory');
		expect(records.notices).toContainEqual({ kind: 'unavailable' });
		expect(finishedAttempts(records.read(key, parseWork, emptyWork))).toHaveLength(1);
	});

	it('keeps what is saved when storage fills up, and lasts in memory after', () => {
		const storage = new FakeStorage();
		const records = new LocalRecords(storage, () => T0);
		records.update(key, parseWork, emptyWork, (w) => putAttempt(w, finished('Ada', T0)));
		const saved = storage.getItem(key);
		storage.quota = 10;
		records.update(key, parseWork, emptyWork, (w) => putAttempt(w, finished('Ada', T0 + 99_000)));
		expect(records.notices).toContainEqual({ kind: 'full' });
		expect(storage.getItem(key)).toBe(saved);
		expect(finishedAttempts(records.read(key, parseWork, emptyWork))).toHaveLength(2);
	});

	it('lists keys by prefix and forgets removed ones', () => {
		const storage = new FakeStorage();
		const records = new LocalRecords(storage, () => T0);
		records.setRaw('p:b', '1');
		records.setRaw('p:a', '2');
		records.setRaw('q:a', '3');
		expect(records.keys('p:')).toEqual(['p:a', 'p:b']);
		records.remove('p:a');
		expect(records.keys('p:')).toEqual(['p:b']);
		expect(storage.getItem('p:a')).toBeNull();
	});
});

describe('a link a student opens gives the teacher’s assignment back', () => {
	it('round-trips through the share code', () => {
		const code = encodeAssignment(assignment, bank);
		const decoded = decodeAssignment(`https://x.test/modules/summit/assignment#a=${code}`, bank);
		expect(decoded).toMatchObject({ ok: true, id });
	});
});
