import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { finishedAttempt } from '../testing/progress.ts';
import { review } from '../review/review.svelte.ts';
import { FakeStorage } from '../testing/fake-storage.ts';
import { progress } from './progress.svelte.ts';
import { ProgressStore } from './store.ts';

const T0 = Date.UTC(2026, 8, 1, 9);

/** A `storage` event as the browser sends another tab; `storageArea` null stands for local storage. */
function storageEvent(key: string, newValue: string | null): Event {
	return Object.assign(new Event('storage'), { key, newValue, storageArea: null });
}

describe('the reactive progress and review states (Connected)', () => {
	let window: EventTarget;
	beforeEach(() => {
		// The page's window: where the states listen for other tabs' writes.
		window = new EventTarget();
		vi.stubGlobal('addEventListener', window.addEventListener.bind(window));
		vi.stubGlobal('removeEventListener', window.removeEventListener.bind(window));
	});
	afterEach(() => vi.unstubAllGlobals());

	it('reads nothing before a component connects, then the stored data', () => {
		const entries = new Map<string, string>();
		new ProgressStore(new FakeStorage(entries)).saveAttempt(
			finishedAttempt('m', 'a1', T0, { q1: 1 })
		);
		expect(progress.data).toBeUndefined();
		const disconnect = progress.connect(new FakeStorage(entries));
		expect(progress.data?.modules.m.attempts.map((a) => a.id)).toEqual(['a1']);
		expect(progress.mode).toBe('storage');
		disconnect();
	});

	it("follows another tab's writes while any component is connected, and stops after the last leaves", () => {
		const entries = new Map<string, string>();
		const first = progress.connect(new FakeStorage(entries));
		const second = progress.connect(new FakeStorage(entries));
		const otherTab = new FakeStorage(entries);
		new ProgressStore(otherTab).saveAttempt(finishedAttempt('m', 'a2', T0, { q1: 0 }));
		const [write] = otherTab.writes;
		window.dispatchEvent(storageEvent(write.key, write.newValue));
		expect(progress.data?.modules.m.attempts.map((a) => a.id)).toEqual(['a2']);

		first();
		new ProgressStore(otherTab).saveAttempt(finishedAttempt('m', 'a3', T0 + 1, { q1: 1 }));
		window.dispatchEvent(storageEvent(write.key, otherTab.writes.at(-1)!.newValue));
		expect(progress.data?.modules.m.attempts.map((a) => a.id)).toEqual(['a2', 'a3']);

		second();
		new ProgressStore(otherTab).saveAttempt(finishedAttempt('m', 'a4', T0 + 2, { q1: 1 }));
		window.dispatchEvent(storageEvent(write.key, otherTab.writes.at(-1)!.newValue));
		// Nobody is listening: the state keeps what it last showed until a component connects again.
		expect(progress.data?.modules.m.attempts.map((a) => a.id)).toEqual(['a2', 'a3']);
		const again = progress.connect(new FakeStorage(entries));
		expect(progress.data?.modules.m.attempts.map((a) => a.id)).toEqual(['a2', 'a3', 'a4']);
		again();
	});

	it('writes through the store it connected to: a rating, a reset, and memory mode when storage is blocked', () => {
		const entries = new Map<string, string>();
		const disconnect = review.connect(new FakeStorage(entries));
		review.rate('m/q1', 'good', T0);
		expect(review.data?.ratings['m/q1']).toHaveLength(1);
		expect([...entries.keys()].some((k) => k.includes('review'))).toBe(true);
		review.resetAll();
		expect(review.data?.ratings).toEqual({});
		disconnect();

		const blocked = new FakeStorage();
		blocked.blocked = true;
		const stop = progress.connect(blocked);
		expect(progress.mode).toBe('memory');
		progress.save(finishedAttempt('m', 'kept-in-memory', T0, { q1: 1 }));
		expect(progress.data?.modules.m.attempts.map((a) => a.id)).toEqual(['kept-in-memory']);
		stop();
	});

	it('records a rating with no component connected (a check question), in storage', () => {
		const entries = new Map<string, string>();
		vi.stubGlobal('localStorage', new FakeStorage(entries));
		review.rate('checked/q1', 'good', T0);
		expect(JSON.parse(entries.get('briefing:v1:review:checked') ?? '{}').ratings).toEqual({
			'checked/q1': [{ at: T0, rating: 'good' }]
		});
	});
});
