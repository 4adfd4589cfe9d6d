import { describe, expect, it } from 'vitest';
import { FakeStorage } from '../testing/fake-storage.ts';
import { addRating, emptyReview, reviewKey } from './review-data.ts';
import { ReviewStore } from './review-store.ts';

const NOW = 1_790_000_000_000;

function tabs() {
	const shared = new Map<string, string>();
	const a = new FakeStorage(shared);
	const b = new FakeStorage(shared);
	return { shared, a, b };
}

function deliver(from: FakeStorage, to: ReviewStore): void {
	for (const w of from.takeWrites()) to.applyExternalChange(w.key, w.newValue);
}

describe('ReviewStore', () => {
	it('saves each rating under its module’s key and reads it back', () => {
		const storage = new FakeStorage();
		const store = new ReviewStore(storage);
		store.rate('m/q1', 'good', 10);
		store.rate('n/card:t', 'again', 20);
		expect(JSON.parse(storage.getItem(reviewKey('m')) as string)).toEqual(
			addRating(emptyReview(), 'm/q1', 'good', 10)
		);
		expect(new ReviewStore(storage).data).toEqual(store.data);
	});

	it('keeps every rating when two tabs rate at once, even if an event is lost', () => {
		const { a, b } = tabs();
		const storeA = new ReviewStore(a);
		const storeB = new ReviewStore(b);
		storeA.rate('m/q1', 'good', 10);
		// B writes before A's storage event reaches it: B re-reads the key and merges.
		storeB.rate('m/q1', 'again', 11);
		a.takeWrites();
		deliver(b, storeA);
		storeA.verify('m');
		const expected = addRating(addRating(emptyReview(), 'm/q1', 'good', 10), 'm/q1', 'again', 11);
		expect(storeA.data).toEqual(expected);
		expect(storeB.data).toEqual(expected);
		expect(new ReviewStore(new FakeStorage(a.entries)).data).toEqual(expected);
	});

	it('ends an exchange between tabs once both hold the same ratings', () => {
		const { a, b } = tabs();
		const storeA = new ReviewStore(a);
		const storeB = new ReviewStore(b);
		storeA.rate('m/q1', 'good', 10);
		deliver(a, storeB);
		expect(b.takeWrites()).toEqual([]);
		expect(storeB.data).toEqual(storeA.data);
	});

	it('drops a module another tab reset, and everything when storage is cleared', () => {
		const { a, b } = tabs();
		const storeA = new ReviewStore(a);
		storeA.rate('m/q1', 'good', 10);
		storeA.rate('n/q1', 'good', 10);
		const storeB = new ReviewStore(b);
		storeA.resetModule('m');
		deliver(a, storeB);
		expect(Object.keys(storeB.data.ratings)).toEqual(['n/q1']);
		expect(storeB.applyExternalChange('briefing:v1:progress:m', null)).toBe(false);
		storeB.applyExternalChange(null, null);
		expect(storeB.data).toEqual(emptyReview());
	});

	it('backs up a damaged value, tells the learner, and writes what it knows', () => {
		const storage = new FakeStorage();
		storage.setItem(reviewKey('m'), '{oops');
		const store = new ReviewStore(storage, { now: () => NOW });
		const backup = `briefing:v1:backup:briefing:v1:review:m:${NOW}`;
		expect(store.notices).toEqual([
			{
				kind: 'corrupt',
				key: reviewKey('m'),
				backupKey: backup,
				error: 'The review data is not valid JSON.'
			}
		]);
		expect(storage.getItem(backup)).toBe('{oops');
		expect(JSON.parse(storage.getItem(reviewKey('m')) as string)).toEqual(emptyReview());
		store.rate('m/q1', 'hard', 5);
		expect(new ReviewStore(storage).data).toEqual(store.data);
	});

	it('leaves a newer version’s value alone', () => {
		const storage = new FakeStorage();
		const newer = JSON.stringify({ version: 2, ratings: {} });
		storage.setItem(reviewKey('m'), newer);
		const store = new ReviewStore(storage);
		expect(store.notices).toEqual([{ kind: 'newer', key: reviewKey('m') }]);
		store.rate('m/q1', 'good', 1);
		expect(storage.getItem(reviewKey('m'))).toBe(newer);
		expect(store.data.ratings['m/q1']).toHaveLength(1);
	});

	it('carries on in memory when storage is missing, blocked or full', () => {
		const none = new ReviewStore(null);
		none.rate('m/q1', 'good', 1);
		expect(none.mode).toBe('memory');
		expect(none.notices).toEqual([{ kind: 'unavailable' }]);
		expect(none.data.ratings['m/q1']).toHaveLength(1);

		const blocked = new FakeStorage();
		blocked.blocked = true;
		expect(new ReviewStore(blocked).mode).toBe('memory');

		const full = new FakeStorage();
		full.quota = 30;
		const store = new ReviewStore(full);
		let calls = 0;
		store.subscribe(() => calls++);
		store.rate('m/q1', 'good', 1);
		expect(store.mode).toBe('memory');
		expect(store.notices).toEqual([{ kind: 'full' }]);
		expect(store.data.ratings['m/q1']).toHaveLength(1);
		expect(calls).toBe(1);
	});

	it('writes nothing when verifying a module it knows nothing about', () => {
		const storage = new FakeStorage();
		new ReviewStore(storage).verify('m');
		expect(storage.writes).toEqual([]);
	});
});
