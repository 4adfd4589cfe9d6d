import { describe, expect, it } from 'vitest';
import { MAX_SHARDS, dealShards, shardCount, shardKey, shardOf } from './search-shards.js';

const slugs = (n: number) => Array.from({ length: n }, (_, i) => `module-${i}`);

describe('shardCount', () => {
	it('keeps a small catalogue in one index and grows by doubling, up to a limit', () => {
		expect(shardCount(1)).toBe(1);
		expect(shardCount(64)).toBe(1);
		expect(shardCount(65)).toBe(2);
		expect(shardCount(1000)).toBe(16);
		expect(shardCount(1_000_000)).toBe(MAX_SHARDS);
		expect(shardCount(5, 1)).toBe(8);
	});
});

describe('dealShards', () => {
	it('puts every module in exactly one shard, each shard of a fair size', () => {
		const all = slugs(1000);
		const shards = dealShards(all, shardCount(all.length));
		expect([...shards.values()].flat().sort()).toEqual([...all].sort());
		for (const members of shards.values()) {
			expect(members.length).toBeGreaterThan(30);
			expect(members.length).toBeLessThan(110);
		}
	});

	it('leaves every other module in its shard when one is added or removed', () => {
		const before = dealShards(slugs(900), 16);
		const after = dealShards([...slugs(900), 'a-new-module'].slice(1), 16);
		const moved = slugs(900)
			.slice(1)
			.filter((slug) => shardOf(slug, 16) !== [...after].find(([, m]) => m.includes(slug))?.[0]);
		expect(moved).toEqual([]);
		const changed = [...after].filter(
			([n, members]) => JSON.stringify(members) !== JSON.stringify(before.get(n))
		);
		// Only the shards of the removed and the added module differ.
		expect(changed.length).toBeLessThanOrEqual(2);
	});
});

describe('shardKey', () => {
	const key = (over: Partial<Parameters<typeof shardKey>[0]> = {}) =>
		shardKey({
			version: '1.6.0',
			base: '',
			count: 2,
			slugs: ['a', 'b'],
			pageKey: (slug: string) => `key-of-${slug}`,
			...over
		});

	it('changes with any module’s pages, the base path, the shard count or Pagefind', () => {
		const first = key();
		expect(key()).toBe(first);
		expect(key({ pageKey: (s) => (s === 'b' ? 'edited' : `key-of-${s}`) })).not.toBe(first);
		expect(key({ base: '/briefing' })).not.toBe(first);
		expect(key({ count: 4 })).not.toBe(first);
		expect(key({ version: '1.7.0' })).not.toBe(first);
		expect(key({ slugs: ['a'] })).not.toBe(first);
	});

	it('is null when a module’s pages have no key, so that the shard is indexed again', () => {
		expect(key({ pageKey: (s) => (s === 'a' ? null : 'k') })).toBeNull();
	});
});
