import { describe, expect, it } from 'vitest';
import { FakeStorage } from '../testing/fake-storage.ts';
import { finishAttempt, recordAnswer } from '../quiz/attempt.ts';
import { assignmentId, assignmentItems } from './assignment.ts';
import { LocalRecords } from './local.ts';
import { T0, bank, makeAssignment } from '../testing/teach.ts';
import { startWork } from './work.ts';
import {
	claimWork,
	readWork,
	releaseWork,
	saveWork,
	workOwner,
	workOwnerKey
} from './work-owner.ts';

const assignment = makeAssignment({ selection: { kind: 'draw', count: 4, seed: 'class-10b' } });
const id = assignmentId(assignment, bank);

/** Two tabs of one browser: each its own records over the same storage. */
function twoTabs() {
	const shared = new Map<string, string>();
	return [new LocalRecords(new FakeStorage(shared)), new LocalRecords(new FakeStorage(shared))];
}

describe('one tab at a time takes an assignment’s answers', () => {
	it('names the tab that claimed the work under the assignment’s own key, and frees it on release', () => {
		const [a, b] = twoTabs();
		expect(workOwner(b, id)).toBeNull();
		claimWork(a, id, 'tab-a', T0);
		expect(workOwnerKey(id)).toBe(`briefing:v1:assignment-owner:${id}`);
		expect(workOwner(b, id)).toEqual({ tab: 'tab-a', since: T0 });
		// Only the holder's release frees it.
		releaseWork(b, id, 'tab-b');
		expect(workOwner(a, id)?.tab).toBe('tab-a');
		releaseWork(a, id, 'tab-a');
		expect(workOwner(b, id)).toBeNull();
	});

	it('refuses a save from the tab that does not hold the work, writing nothing', () => {
		const [a, b] = twoTabs();
		const attempt = startWork(assignment, bank, 'seed', T0);
		claimWork(a, id, 'tab-a', T0);
		expect(saveWork(a, id, 'tab-a', { name: 'Sam', attempt }).result).toBe('saved');
		const first = attempt.items[0];
		const answered = recordAnswer(attempt, first, { kind: 'choice', selected: ['a'] }, T0 + 10);
		expect(saveWork(a, id, 'tab-a', { name: 'Sam', attempt: answered }).result).toBe('saved');

		// Tab B still shows the attempt without the answer, and answers the same question otherwise.
		const stale = recordAnswer(attempt, first, { kind: 'choice', selected: ['b'] }, T0 + 20);
		const refused = saveWork(b, id, 'tab-b', { name: 'Sam', attempt: stale });
		expect(refused.result).toBe('not-owner');
		// What came back is tab A's answer, which stays stored.
		expect(refused.work.attempts[0].attempt.answers[first].response).toEqual({
			kind: 'choice',
			selected: ['a']
		});
		expect(readWork(a, id).attempts[0].attempt.answers[first].response).toEqual({
			kind: 'choice',
			selected: ['a']
		});
	});

	it('lets the other tab take over, after which the first one’s saves are refused', () => {
		const [a, b] = twoTabs();
		const attempt = startWork(assignment, bank, 'seed', T0);
		claimWork(a, id, 'tab-a', T0);
		saveWork(a, id, 'tab-a', { name: 'Sam', attempt });
		claimWork(b, id, 'tab-b', T0 + 5);
		const next = recordAnswer(
			attempt,
			attempt.items[1],
			{ kind: 'choice', selected: ['c'] },
			T0 + 9
		);
		expect(saveWork(b, id, 'tab-b', { name: 'Sam', attempt: next }).result).toBe('saved');
		expect(saveWork(a, id, 'tab-a', { name: 'Sam', attempt }).result).toBe('not-owner');
		expect(readWork(a, id).attempts[0].attempt.answers[attempt.items[1]]).toBeDefined();
	});

	it('refuses an unfinished copy of an attempt already finished', () => {
		const [a] = twoTabs();
		const attempt = startWork(assignment, bank, 'seed', T0);
		const done = finishAttempt(attempt, assignmentItems(assignment, bank), 60, T0 + 100);
		expect(saveWork(a, id, 'tab-a', { name: 'Sam', attempt: done }).result).toBe('saved');
		const late = recordAnswer(
			attempt,
			attempt.items[0],
			{ kind: 'choice', selected: ['a'] },
			T0 + 200
		);
		expect(saveWork(a, id, 'tab-a', { name: 'Sam', attempt: late }).result).toBe('finished');
		expect(readWork(a, id).attempts).toHaveLength(1);
		expect(readWork(a, id).attempts[0].attempt.finishedAt).toBe(T0 + 100);
	});
});
