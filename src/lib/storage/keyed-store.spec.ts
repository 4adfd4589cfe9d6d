import { describe, expect, it } from 'vitest';
import { FakeStorage } from '../testing/fake-storage.ts';
import { KeyedStore, type KeyedCodec } from './keyed-store.ts';
import type { StoreNotice } from './types.ts';

const T0 = 1_700_000_000_000;
const PREFIX = 'test:set:';
const key = `${PREFIX}a`;

/** A set of words under each key, version 1; merging is the union, so no tab's word is ever lost. */
interface Words {
	version: number;
	words: string[];
}

const union = (a: Words, b: Words): Words => ({
	version: 1,
	words: [...new Set([...a.words, ...b.words])].sort()
});

const mergingCodec: KeyedCodec<Words> = {
	owns: (k) => k.startsWith(PREFIX),
	parse(text) {
		let value: unknown;
		try {
			value = JSON.parse(text);
		} catch {
			return { ok: false, error: 'not valid JSON' };
		}
		const { version, words } = (value ?? {}) as Partial<Words>;
		if (typeof version !== 'number') return { ok: false, error: 'no version' };
		if (version > 1) return { ok: false, error: 'newer', newer: true };
		if (!Array.isArray(words)) return { ok: false, error: 'no words' };
		return { ok: true, value: { version, words } };
	},
	merge: union,
	empty: () => ({ version: 1, words: [] })
};

/** The same without a merge: storage wins, and each change is made on top of the latest stored value. */
const latestCodec: KeyedCodec<Words> = {
	owns: mergingCodec.owns,
	parse: mergingCodec.parse
};

const add =
	(word: string) =>
	(w: Words | undefined): Words =>
		union(w ?? { version: 1, words: [] }, { version: 1, words: [word] });

const stored = (storage: FakeStorage, k = key): Words => JSON.parse(storage.getItem(k) ?? 'null');

function open(storage: FakeStorage | null, codec = mergingCodec) {
	const store = new KeyedStore(storage, codec, { now: () => T0 });
	store.loadAll();
	return store;
}

describe('KeyedStore', () => {
	it('reads every key of its own on opening, and nothing else', () => {
		const storage = new FakeStorage();
		storage.setItem(key, JSON.stringify({ version: 1, words: ['x'] }));
		storage.setItem('other:key', 'not ours');
		const store = open(storage);
		expect(store.value(key)?.words).toEqual(['x']);
		expect(store.value('other:key')).toBeUndefined();
		expect(store.notices).toEqual([]);
	});

	it('copies a damaged value to a backup key before replacing it, and says so', () => {
		for (const codec of [mergingCodec, latestCodec]) {
			const storage = new FakeStorage();
			storage.setItem(key, '{"version": 1, "wor');
			const store = open(storage, codec);
			const backupKey = `briefing:v1:backup:${key}:${T0}`;
			expect(store.notices).toEqual<StoreNotice[]>([
				{ kind: 'corrupt', key, backupKey, error: 'not valid JSON' }
			]);
			expect(storage.getItem(backupKey)).toBe('{"version": 1, "wor');
			store.update(key, add('saved'));
			expect(stored(storage).words).toEqual(['saved']);
			expect(storage.getItem(backupKey)).toBe('{"version": 1, "wor');
		}
	});

	it('holds a newer version’s value: reads nothing from it and never overwrites it', () => {
		for (const codec of [mergingCodec, latestCodec]) {
			const storage = new FakeStorage();
			const newer = JSON.stringify({ version: 2, words: ['future'] });
			storage.setItem(key, newer);
			const store = open(storage, codec);
			expect(store.notices).toEqual([{ kind: 'newer', key }]);
			expect(store.isHeld(key)).toBe(true);
			store.update(key, add('mine'));
			store.sync(key);
			expect(storage.getItem(key)).toBe(newer);
			expect(store.value(key)?.words).toEqual(['mine']);
			expect([...storage.entries.keys()]).toEqual([key]);
		}
	});

	it('holds a damaged value it has no room to copy aside', () => {
		const storage = new FakeStorage();
		storage.setItem(key, 'x'.repeat(50));
		storage.quota = 80;
		const store = open(storage);
		expect(store.notices).toEqual([
			{ kind: 'corrupt', key, backupKey: null, error: 'not valid JSON' }
		]);
		store.update(key, add('mine'));
		expect(storage.getItem(key)).toBe('x'.repeat(50));
	});

	it('carries on in memory when storage is full, keeps what was saved, and says so', () => {
		const storage = new FakeStorage();
		const store = open(storage);
		store.update(key, add('first'));
		storage.quota = 10;
		store.update(key, add('second'));
		expect(store.mode).toBe('memory');
		expect(store.notices).toEqual([{ kind: 'full' }]);
		expect(stored(storage).words).toEqual(['first']);
		expect(store.value(key)?.words).toEqual(['first', 'second']);
	});

	it('carries on in memory when storage is blocked or missing', () => {
		const blocked = new FakeStorage();
		blocked.blocked = true;
		for (const storage of [blocked, null]) {
			const store = open(storage);
			store.update(key, add('kept here'));
			expect(store.mode).toBe('memory');
			expect(store.notices).toEqual([{ kind: 'unavailable' }]);
			expect(store.value(key)?.words).toEqual(['kept here']);
		}
	});

	it('merges on write: another tab’s write since this one read is kept', () => {
		const shared = new Map<string, string>();
		const a = open(new FakeStorage(shared));
		const b = open(new FakeStorage(shared));
		a.update(key, add('from a'));
		// b never heard of a's write (no storage event), yet its write keeps it.
		b.update(key, add('from b'));
		expect(JSON.parse(shared.get(key) as string).words).toEqual(['from a', 'from b']);
		expect(b.value(key)?.words).toEqual(['from a', 'from b']);
	});

	it('without a merge, makes each change on top of the latest stored value', () => {
		const shared = new Map<string, string>();
		const a = open(new FakeStorage(shared), latestCodec);
		const b = open(new FakeStorage(shared), latestCodec);
		a.update(key, add('from a'));
		b.update(key, add('from b'));
		expect(JSON.parse(shared.get(key) as string).words).toEqual(['from a', 'from b']);
	});

	it('re-reads a key another tab changed (the storage event), and tells its listeners', () => {
		const shared = new Map<string, string>();
		const aStorage = new FakeStorage(shared);
		const a = open(aStorage);
		const b = open(new FakeStorage(shared));
		let heard = 0;
		b.subscribe(() => heard++);
		a.update(key, add('from a'));
		for (const w of aStorage.takeWrites())
			expect(b.applyExternalChange(w.key, w.newValue)).toBe(true);
		expect(b.value(key)?.words).toEqual(['from a']);
		expect(heard).toBe(1);
		expect(b.applyExternalChange('other:key', 'x')).toBe(false);
		// Removed there: removed here; storage cleared: everything gone.
		a.remove(key);
		for (const w of aStorage.takeWrites()) b.applyExternalChange(w.key, w.newValue);
		expect(b.value(key)).toBeUndefined();
		b.update(key, add('again'));
		b.applyExternalChange(null, null);
		expect(b.value(key)).toBeUndefined();
	});

	it('writes back what this tab knows and the other tab’s write lacks', () => {
		const shared = new Map<string, string>();
		const bStorage = new FakeStorage(shared);
		const b = open(bStorage, mergingCodec);
		b.update(key, add('from b'));
		// Another tab overwrote the key without b's word (it wrote at the same moment).
		shared.set(key, JSON.stringify({ version: 1, words: ['from a'] }));
		b.applyExternalChange(key, shared.get(key) as string);
		expect(JSON.parse(shared.get(key) as string).words).toEqual(['from a', 'from b']);
		// Equal data ends the exchange: nothing more is written.
		bStorage.takeWrites();
		b.applyExternalChange(key, shared.get(key) as string);
		expect(bStorage.takeWrites()).toEqual([]);
	});

	it('backs up a damaged value another tab wrote', () => {
		const storage = new FakeStorage();
		const store = open(storage);
		store.update(key, add('mine'));
		storage.setItem(key, 'garbage');
		store.applyExternalChange(key, 'garbage');
		expect(store.notices).toMatchObject([{ kind: 'corrupt', key }]);
		expect(storage.getItem(`briefing:v1:backup:${key}:${T0}`)).toBe('garbage');
		expect(stored(storage).words).toEqual(['mine']);
	});

	it('lists its keys by prefix, from storage and this page’s copies', () => {
		const storage = new FakeStorage();
		const store = open(storage, latestCodec);
		store.update(`${PREFIX}b`, add('1'));
		store.update(`${PREFIX}a`, add('2'));
		expect(store.keys(PREFIX)).toEqual([`${PREFIX}a`, `${PREFIX}b`]);
		store.remove(`${PREFIX}a`);
		expect(store.keys(PREFIX)).toEqual([`${PREFIX}b`]);
		expect(storage.getItem(`${PREFIX}a`)).toBeNull();
	});
});
