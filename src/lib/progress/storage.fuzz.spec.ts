import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addRating, emptyReview, parseReview, reviewKey } from '../review/review-data.ts';
import { ReviewStore } from '../review/review-store.ts';
import { finishedAttempt, progressOfAll } from '../testing/progress.ts';
import { FUZZ_TIMEOUT, fuzz, mutated, rawText, syntaxPiece } from '../testing/fuzz.ts';
import { BACKUP_PREFIX, THEME_KEY } from '../storage/keys.ts';
import { FakeStorage } from '../testing/fake-storage.ts';
import { progressFragment } from './fragment.ts';
import { canonicalJson } from '../storage/canonical-json.ts';
import { migrate } from './schema.ts';
import { progressKey } from './storage.ts';
import { ProgressStore } from './store.ts';

const T0 = Date.UTC(2026, 10, 26, 9, 0, 0);
const SLUGS = ['m', 'n', 'x'];

const progress = progressOfAll([
	finishedAttempt('m', 'm1', T0, { q1: 1, q2: 0 }),
	finishedAttempt('m', 'm2', T0 + 1000, { q1: 0.5 }),
	finishedAttempt('n', 'n1', T0 + 2000, { q1: 0 }),
	finishedAttempt('x', 'x1', T0 + 3000, { q9: 1 })
]);
let review = emptyReview();
for (const slug of SLUGS) review = addRating(review, `${slug}/q1`, 'good', T0 + 5000);

/** What a healthy device holds: each module's progress and ratings under their keys, and a theme. */
function healthy(): Map<string, string> {
	const entries = new Map<string, string>([[THEME_KEY, 'dark']]);
	for (const slug of SLUGS) {
		entries.set(progressKey(slug), JSON.stringify(progressFragment(progress, slug)));
		entries.set(
			reviewKey(slug),
			JSON.stringify({ version: 1, ratings: { [`${slug}/q1`]: review.ratings[`${slug}/q1`] } })
		);
	}
	return entries;
}

const original = healthy();

/** Garbage: any text, any JSON, a newer format, or the key's own value with a few edits. */
function garbage(key: string): fc.Arbitrary<string> {
	return fc.oneof(
		rawText(200),
		fc.jsonValue().map((v) => JSON.stringify(v)),
		fc.jsonValue().map((v) => JSON.stringify({ version: 99, modules: v, ratings: v })),
		mutated(original.get(key) ?? '', syntaxPiece)
	);
}

function readable(kind: 'progress' | 'review', raw: string, slug: string): boolean {
	if (kind === 'review') return 'data' in parseReview(raw, slug);
	try {
		return 'data' in migrate(JSON.parse(raw));
	} catch {
		return false;
	}
}

const victimArb = fc
	.record({
		slug: fc.constantFrom(...SLUGS),
		kind: fc.constantFrom('progress' as const, 'review' as const)
	})
	.chain(({ slug, kind }) => {
		const key = kind === 'progress' ? progressKey(slug) : reviewKey(slug);
		return garbage(key).map((raw) => ({ slug, kind, key, raw }));
	});

describe('raw bytes in local storage', { timeout: FUZZ_TIMEOUT }, () => {
	it('garbage under one key: no exception, a notice for it, every other key and module unchanged', () => {
		fuzz(
			'local storage: garbage under one module key',
			fc.property(victimArb, ({ slug, kind, key, raw }) => {
				const entries = healthy();
				entries.set(key, raw);
				const storage = new FakeStorage(entries);
				const store = new ProgressStore(storage, { now: () => T0 });
				const ratings = new ReviewStore(storage, { now: () => T0 });
				const notices = [...store.notices, ...ratings.notices];

				// Every other key holds exactly what it held; every other module reads as it was.
				for (const [k, v] of original) if (k !== key) expect(entries.get(k), k).toBe(v);
				for (const other of SLUGS) {
					if (other === slug && kind === 'progress') continue;
					expect(canonicalJson(progressFragment(store.data, other))).toBe(
						canonicalJson(progressFragment(progress, other))
					);
				}
				for (const other of SLUGS) {
					if (other === slug && kind === 'review') continue;
					expect(ratings.data.ratings[`${other}/q1`]).toEqual(review.ratings[`${other}/q1`]);
				}

				// Unreadable garbage is never taken in silently: a notice names the key, and a copy is kept.
				const mine = notices.filter((n) => 'key' in n && n.key === key);
				// An edit that kept the value readable is no damage: it is read, and no notice is given.
				expect(mine.length === 0).toBe(readable(kind, raw, slug));
				if (mine.length > 0) {
					for (const n of mine) {
						expect(['corrupt', 'newer']).toContain(n.kind);
						if (n.kind === 'corrupt' && n.backupKey !== null) {
							expect(n.backupKey.startsWith(BACKUP_PREFIX)).toBe(true);
							expect(entries.get(n.backupKey)).toBe(raw);
						}
						if (n.kind === 'newer') expect(entries.get(key)).toBe(raw);
					}
				}
				expect(store.mode).toBe('storage');

				// The learner carries on: a new attempt in another module is saved beside the old ones.
				const next = SLUGS.find((s) => s !== slug) as string;
				store.saveAttempt(finishedAttempt(next, `${next}-new`, T0 + 9000, { q1: 1 }));
				const reopened = new ProgressStore(new FakeStorage(entries), { now: () => T0 });
				expect(reopened.data.modules[next].attempts.map((a) => a.id)).toEqual([
					...progress.modules[next].attempts.map((a) => a.id),
					`${next}-new`
				]);
			})
		);
	});
});
