import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FakeStorage } from '../testing/fake-storage.ts';
import { canonicalJson } from '../storage/canonical-json.ts';
import { emptyProgress, migrate } from '../progress/schema.ts';
import type { ProgressData } from '../progress/schema.ts';
import { progressKey } from '../progress/storage.ts';
import { ProgressStore } from '../progress/store.ts';
import v2 from '../progress/fixtures/v2.json';
import {
	collectStored,
	applyChanges,
	describeImport,
	emptyAll,
	BACKUP_FORMAT,
	backupDocument,
	backupText,
	importWrites,
	parseBackup,
	planImport,
	progressFragment,
	progressModules,
	withProgressFragment
} from './backup.ts';
import type { AllProgress, ImportedFile } from './backup.ts';
import {
	addRating,
	emptyReview,
	mergeReview,
	REVIEW_VERSION,
	reviewKey
} from '../review/review-data.ts';
import type { ReviewData } from '../review/review-data.ts';
import { RATINGS } from '../review/ratings.ts';
import { finishedAttempt, progressOfAll } from '../testing/progress.ts';

const T0 = Date.UTC(2026, 8, 1, 9, 0, 0);
const NOW = Date.UTC(2026, 10, 26, 12, 0, 0);
const SUMMIT = 'organised-immigration-crime-summit';

function fixtureProgress(): ProgressData {
	const result = migrate(v2);
	if (!('data' in result)) throw new Error(result.error);
	return result.data;
}

function sample(): AllProgress {
	const progress = progressOfAll([
		finishedAttempt('m', 'm1', T0, { q1: 1, q2: 0 }),
		finishedAttempt('m', 'm2', T0 + 1000, { q1: 0.5, q2: 1 }),
		finishedAttempt('n', 'n1', T0 + 2000, { q1: 0 })
	]);
	let review = addRating(emptyReview(), 'm/q1', 'good', T0 + 5000);
	review = addRating(review, 'm/card:term', 'hard', T0 + 6000);
	review = addRating(review, 'r/card:only-review', 'easy', T0 + 7000);
	return {
		progress: withProgressFragment(progress, SUMMIT, fixtureProgress()),
		review
	};
}

function fileOf(all: AllProgress): ImportedFile {
	const parsed = parseBackup(backupText(all, NOW));
	if (!('file' in parsed)) throw new Error(parsed.error);
	expect(parsed.damaged).toEqual([]);
	return parsed.file;
}

describe('backupDocument', () => {
	it('writes one entry per module, each holding what its storage keys hold', () => {
		const doc = backupDocument(sample(), NOW);
		expect(doc.format).toBe(BACKUP_FORMAT);
		expect(doc.version).toBe(1);
		expect(doc.exportedAt).toBe('2026-11-26T12:00:00.000Z');
		expect(Object.keys(doc.modules)).toEqual(['m', 'n', SUMMIT, 'r']);
		expect(doc.modules.r.progress).toBeUndefined();
		expect(doc.modules.n.review).toBeUndefined();
		expect(Object.keys(doc.modules.m.progress?.questions ?? {})).toEqual(['m/q1', 'm/q2']);
		expect(doc.modules.m.review?.ratings).toEqual({
			'm/card:term': [{ at: T0 + 6000, rating: 'hard' }],
			'm/q1': [{ at: T0 + 5000, rating: 'good' }]
		});
	});

	it('exports nothing but the header when there is no progress', () => {
		expect(backupDocument(emptyAll(), NOW).modules).toEqual({});
	});
});

describe('export, clear, import', () => {
	it('restores identical data with replace', () => {
		const original = sample();
		const text = backupText(original, NOW);
		const cleared = emptyAll();
		const plan = planImport(cleared, fileOf(original), 'replace');
		expect(plan.data).toEqual(original);
		expect(canonicalJson(plan.data)).toBe(canonicalJson(original));
		expect(backupText(plan.data, NOW)).toBe(text);
	});

	it('restores identical data with merge into nothing', () => {
		const original = sample();
		expect(planImport(emptyAll(), fileOf(original), 'merge').data).toEqual(original);
	});

	it('round-trips through browser storage', () => {
		const storage = new FakeStorage();
		const store = new ProgressStore(storage, { now: () => NOW });
		store.saveAttempt(finishedAttempt('m', 'm1', T0, { q1: 1, q2: 0 }));
		store.saveAttempt(finishedAttempt('n', 'n1', T0 + 1000, { q1: 0.5 }));
		const review = addRating(emptyReview(), 'm/card:x', 'good', T0 + 2000);
		storage.setItem(reviewKey('m'), JSON.stringify(review));
		storage.setItem('briefing:v1:theme', '"dark"');

		const before = collectStored(storage);
		expect(before.problems).toEqual([]);
		expect(before.data).toEqual({ progress: store.data, review });

		const text = backupText(before.data, NOW);
		store.resetAll();
		storage.removeItem(reviewKey('m'));
		const plan = planImport(collectStored(storage).data, fileOf(before.data), 'replace');
		expect(plan.data).toEqual(before.data);
		expect(backupText(plan.data, NOW)).toBe(text);
	});
});

describe('collectStored', () => {
	it('lists values it cannot read instead of dropping them silently', () => {
		const storage = new FakeStorage();
		storage.setItem(progressKey('m'), '{broken');
		storage.setItem(progressKey('n'), JSON.stringify({ version: 9, modules: {}, questions: {} }));
		storage.setItem(reviewKey('m'), JSON.stringify({ version: 1, ratings: { 'x/q': [] } }));
		storage.setItem(reviewKey('n'), JSON.stringify(addRating(emptyReview(), 'n/q', 'good', 1)));
		const { data, problems } = collectStored(storage);
		expect(data.review.ratings).toEqual({ 'n/q': [{ at: 1, rating: 'good' }] });
		expect(problems).toEqual([
			{ key: 'briefing:v1:progress:m', error: 'The quiz progress is not valid JSON.' },
			{
				key: 'briefing:v1:progress:n',
				error: 'The quiz progress is damaged (saved by a newer version of the site (format 9)).'
			},
			{ key: 'briefing:v1:review:m', error: 'Card "x/q" does not belong to module "m".' }
		]);
	});

	it('reports storage that cannot be read at all', () => {
		const storage = new FakeStorage();
		storage.blocked = true;
		expect(collectStored(storage)).toEqual({
			data: emptyAll(),
			problems: [{ key: '', error: 'The browser would not let the site read its storage.' }]
		});
	});
});

describe('parseBackup', () => {
	const doc = () => JSON.parse(backupText(sample(), NOW)) as Record<string, unknown>;

	it('refuses a file that is not JSON, not an export, or from a newer version', () => {
		expect(parseBackup('not json')).toEqual({
			error: 'This file is not a Briefing progress export: it is not valid JSON.'
		});
		expect(parseBackup('[1]')).toEqual({ error: 'This file is not a Briefing progress export.' });
		expect(parseBackup(JSON.stringify(fixtureProgress()))).toEqual({
			error: 'This file is not a Briefing progress export.'
		});
		expect(parseBackup(JSON.stringify({ ...doc(), version: 2 }))).toEqual({
			error:
				'This file was exported by a newer version of Briefing (format 2). Reload the site to get the newest version, then import the file again.'
		});
	});

	it('refuses a file whose header is damaged', () => {
		expect(parseBackup(JSON.stringify({ ...doc(), version: 'one' }))).toEqual({
			error: 'This Briefing export is damaged: it has no valid version number.'
		});
		expect(parseBackup(JSON.stringify({ ...doc(), exportedAt: undefined }))).toEqual({
			error: 'This Briefing export is damaged: it does not say when it was exported.'
		});
		expect(parseBackup(JSON.stringify({ ...doc(), modules: [] }))).toEqual({
			error: 'This Briefing export is damaged: it has no list of modules.'
		});
	});

	it('keeps the good modules and names each damaged one with what is wrong', () => {
		const d = doc();
		const modules = d.modules as Record<string, Record<string, unknown>>;
		const m = modules.m.progress as ProgressData;
		m.modules.m.attempts[0].id = 7 as unknown as string;
		modules.n.progress = { ...(modules.n.progress as object), version: 5 };
		modules.r.review = { version: REVIEW_VERSION, ratings: { 'm/q1': [] } };
		modules['x/y'] = {};
		modules.empty = {};
		modules.list = [] as unknown as Record<string, unknown>;
		modules.stray = { progress: progressFragment(sample().progress, 'm') };
		const parsed = parseBackup(JSON.stringify(d));
		if (!('file' in parsed)) throw new Error(parsed.error);
		expect(parsed.file.modules).toEqual([SUMMIT]);
		expect(parsed.file.data.progress).toEqual(progressFragment(sample().progress, SUMMIT));
		expect(parsed.damaged).toEqual([
			{ module: 'empty', error: 'Module "empty" has neither quiz progress nor review ratings.' },
			{ module: 'list', error: 'Module "list" is not an object.' },
			{
				module: 'm',
				error: 'The quiz progress of "m" is damaged (modules.m.attempts[0].id: expected a string).'
			},
			{
				module: 'n',
				error: 'The quiz progress of "n" was saved by a newer version of Briefing.'
			},
			{
				module: 'r',
				error:
					'The review ratings of "r" cannot be read: Card "m/q1" does not belong to module "r".'
			},
			{ module: 'stray', error: 'The quiz progress of "stray" holds progress of module "m".' },
			{ module: 'x/y', error: '"x/y" is not a module name.' }
		]);
	});

	it('reads an older progress version inside the file through migrate', () => {
		const d = doc();
		const modules = d.modules as Record<string, { progress?: Record<string, unknown> }>;
		const progress = modules.m.progress as { version: number; modules: Record<string, object> };
		progress.version = 1;
		for (const a of (progress.modules.m as { attempts: Record<string, unknown>[] }).attempts)
			delete a.updatedAt;
		const parsed = parseBackup(JSON.stringify(d));
		expect('file' in parsed && parsed.file.modules).toEqual(['m', 'n', SUMMIT, 'r']);
	});
});

describe('planImport', () => {
	const mine = (): AllProgress => ({
		progress: progressOfAll([
			finishedAttempt('m', 'm1', T0, { q1: 1 }),
			finishedAttempt('keep', 'k1', T0, { q1: 0 })
		]),
		review: addRating(addRating(emptyReview(), 'm/q1', 'again', T0 + 1), 'keep/q1', 'good', 3)
	});
	const theirs = (): AllProgress => ({
		progress: progressOfAll([
			finishedAttempt('m', 'm1', T0, { q1: 1 }),
			finishedAttempt('m', 'm9', T0 + 9, { q1: 0 })
		]),
		review: addRating(emptyReview(), 'm/q1', 'good', T0 + 2)
	});

	it('merges without losing anything and says what it added', () => {
		const plan = planImport(mine(), fileOf(theirs()), 'merge');
		expect(plan.data.progress.modules.m.attempts.map((a) => a.id)).toEqual(['m1', 'm9']);
		expect(plan.data.progress.modules.keep.attempts.map((a) => a.id)).toEqual(['k1']);
		expect(plan.data.review.ratings['m/q1']).toHaveLength(2);
		expect(plan.summary).toEqual({
			mode: 'merge',
			modules: [
				{
					module: 'm',
					attemptsAdded: 1,
					attemptsKept: 1,
					attemptsRemoved: 0,
					ratingsAdded: 1,
					ratingsKept: 1,
					ratingsRemoved: 0
				}
			],
			untouched: ['keep']
		});
		expect(describeImport(plan.summary)).toEqual([
			'm: 1 quiz attempt and 1 review rating added; everything already here is kept.',
			'Not in the file, so left as they are: keep.'
		]);
		expect(describeImport(plan.summary, { m: 'The river plan', keep: 'Tides' })).toEqual([
			'The river plan: 1 quiz attempt and 1 review rating added; everything already here is kept.',
			'Not in the file, so left as they are: Tides.'
		]);
	});

	it('replaces only the modules in the file, and says what goes', () => {
		const plan = planImport(mine(), fileOf(theirs()), 'replace');
		expect(plan.data.progress.modules.m.attempts.map((a) => a.id)).toEqual(['m1', 'm9']);
		expect(plan.data.review.ratings['m/q1']).toEqual([{ at: T0 + 2, rating: 'good' }]);
		expect(progressFragment(plan.data.progress, 'keep')).toEqual(
			progressFragment(mine().progress, 'keep')
		);
		expect(plan.data.review.ratings['keep/q1']).toEqual(mine().review.ratings['keep/q1']);
		expect(plan.summary.modules).toEqual([
			{
				module: 'm',
				attemptsAdded: 1,
				attemptsKept: 1,
				attemptsRemoved: 0,
				ratingsAdded: 1,
				ratingsKept: 0,
				ratingsRemoved: 1
			}
		]);
		expect(describeImport(plan.summary)).toEqual([
			'm: replaced by the file; 1 quiz attempt and 1 review rating added, 0 quiz attempts and 1 review rating here are removed.',
			'Not in the file, so left as they are: keep.'
		]);
	});

	it('says so when a replace loses nothing', () => {
		const plan = planImport(emptyAll(), fileOf(theirs()), 'replace');
		expect(describeImport(plan.summary)).toEqual([
			'm: replaced by the file; 2 quiz attempts and 1 review rating added, nothing here is lost.'
		]);
	});

	const ATTEMPTS = [
		finishedAttempt('m', 'a1', T0, { q1: 1, q2: 0 }),
		finishedAttempt('m', 'a2', T0 + 100, { q1: 0, q3: 0.5 }),
		finishedAttempt('n', 'a3', T0 + 200, { q1: 1 }),
		finishedAttempt('n', 'a4', T0 + 300, { q2: 0 }),
		finishedAttempt('o', 'a5', T0 + 400, { q1: 0.5 })
	];
	const allArb: fc.Arbitrary<AllProgress> = fc
		.record({
			attempts: fc.subarray(ATTEMPTS),
			ratings: fc.array(
				fc.record({
					key: fc.constantFrom('m/q1', 'n/q2', 'o/card:t', 'p/card:u'),
					at: fc.integer({ min: 0, max: 4 }),
					rating: fc.constantFrom(...RATINGS)
				}),
				{ maxLength: 6 }
			)
		})
		.map(({ attempts, ratings }) => ({
			progress: progressOfAll(attempts),
			review: ratings.reduce(
				(d: ReviewData, r) => addRating(d, r.key, r.rating, r.at),
				emptyReview()
			)
		}));

	function records(all: AllProgress): Set<string> {
		const out = new Set<string>();
		for (const m of Object.values(all.progress.modules))
			for (const a of m.attempts) out.add(`attempt ${a.id}`);
		for (const [key, q] of Object.entries(all.progress.questions))
			for (const h of q.history) out.add(`marking ${key} ${h.attempt} ${h.at} ${h.score}`);
		for (const [key, log] of Object.entries(all.review.ratings))
			for (const e of log) out.add(`rating ${key} ${e.at} ${e.rating}`);
		return out;
	}

	it('loses no record when merging overlapping data', () => {
		fc.assert(
			fc.property(allArb, allArb, (current, imported) => {
				const plan = planImport(current, fileOf(imported), 'merge');
				const after = records(plan.data);
				for (const r of [...records(current), ...records(imported)]) expect(after).toContain(r);
				expect(after.size).toBe(new Set([...records(current), ...records(imported)]).size);
				const added = plan.summary.modules.reduce(
					(n, m) => n + m.attemptsAdded + m.ratingsAdded,
					0
				);
				const removed = plan.summary.modules.reduce(
					(n, m) => n + m.attemptsRemoved + m.ratingsRemoved,
					0
				);
				expect(removed).toBe(0);
				const countOf = (s: Set<string>) =>
					[...s].filter((x) => x.startsWith('attempt') || x.startsWith('rating')).length;
				expect(added).toBe(countOf(after) - countOf(records(current)));
			})
		);
	});

	it('merges to the same data whichever side is imported', () => {
		fc.assert(
			fc.property(allArb, allArb, (a, b) => {
				const ab = planImport(a, fileOf(b), 'merge').data;
				const ba = planImport(b, fileOf(a), 'merge').data;
				expect(canonicalJson(ab)).toBe(canonicalJson(ba));
				expect(canonicalJson(ab.review)).toBe(canonicalJson(mergeReview(a.review, b.review)));
			})
		);
	});

	it('replaces exactly the file’s modules and keeps every other module as it was', () => {
		fc.assert(
			fc.property(allArb, allArb, (current, imported) => {
				const file = fileOf(imported);
				const plan = planImport(current, file, 'replace');
				const slugs = new Set([...progressModules(current.progress), ...file.modules]);
				for (const slug of slugs) {
					const source = file.modules.includes(slug) ? imported : current;
					expect(canonicalJson(progressFragment(plan.data.progress, slug))).toBe(
						canonicalJson(progressFragment(source.progress, slug))
					);
				}
			})
		);
	});
});

describe('importWrites and applyChanges', () => {
	const theirs = (): AllProgress => ({
		progress: progressOfAll([finishedAttempt('m', 'm9', T0 + 9, { q1: 0 })]),
		review: addRating(emptyReview(), 'm/q1', 'good', T0 + 2)
	});

	it('writes only the file’s modules; a replace removes each key first', () => {
		const file = fileOf(theirs());
		const merge = importWrites(planImport(emptyAll(), file, 'merge'));
		expect(merge.map((c) => [c.key, c.newValue === null])).toEqual([
			['briefing:v1:progress:m', false],
			['briefing:v1:review:m', false]
		]);
		const replace = importWrites(planImport(emptyAll(), file, 'replace'));
		expect(replace.map((c) => [c.key, c.newValue === null])).toEqual([
			['briefing:v1:progress:m', true],
			['briefing:v1:progress:m', false],
			['briefing:v1:review:m', true],
			['briefing:v1:review:m', false]
		]);
	});

	it('removes a key the file’s module has no data for, when replacing', () => {
		const reviewOnly: AllProgress = {
			progress: emptyProgress(),
			review: addRating(emptyReview(), 'm/q1', 'good', 1)
		};
		const changes = importWrites(planImport(sample(), fileOf(reviewOnly), 'replace'));
		expect(changes.map((c) => [c.key, c.newValue === null])).toEqual([
			['briefing:v1:progress:m', true],
			['briefing:v1:review:m', true],
			['briefing:v1:review:m', false]
		]);
	});

	it('replaces a module for good, even with another tab open', () => {
		const shared = new Map<string, string>();
		const tabA = new FakeStorage(shared);
		const tabB = new FakeStorage(shared);
		const storeA = new ProgressStore(tabA, { now: () => NOW });
		storeA.saveAttempt(finishedAttempt('m', 'm1', T0, { q1: 1 }));
		storeA.saveAttempt(finishedAttempt('k', 'k1', T0, { q1: 1 }));
		const storeB = new ProgressStore(tabB, { now: () => NOW });

		const current = collectStored(tabA).data;
		const changes = importWrites(planImport(current, fileOf(theirs()), 'replace'));
		expect(applyChanges(tabA, changes)).toEqual({ ok: true });
		for (const c of changes) storeA.applyExternalChange(c.key, c.newValue);
		for (const w of tabA.takeWrites()) storeB.applyExternalChange(w.key, w.newValue);
		// Tab B saves in another module; its old copy of module m must not come back.
		storeB.saveAttempt(finishedAttempt('k', 'k2', T0 + 1, { q1: 0 }));
		for (const w of tabB.takeWrites()) storeA.applyExternalChange(w.key, w.newValue);

		const expected = progressFragment(theirs().progress, 'm');
		for (const data of [storeA.data, storeB.data, collectStored(tabA).data.progress])
			expect(canonicalJson(progressFragment(data, 'm'))).toBe(canonicalJson(expected));
		expect(collectStored(tabA).data.review).toEqual(theirs().review);
		expect(storeA.data.modules.k.attempts.map((a) => a.id)).toEqual(['k1', 'k2']);
	});

	it('says in a sentence when storage is full or blocked', () => {
		const full = new FakeStorage();
		full.quota = 10;
		const changes = importWrites(planImport(emptyAll(), fileOf(theirs()), 'merge'));
		expect(applyChanges(full, changes)).toEqual({
			error: 'The browser’s storage for this site is full, so the import could not be saved.'
		});
		const blocked = new FakeStorage();
		blocked.blocked = true;
		expect(applyChanges(blocked, changes)).toEqual({
			error: 'The browser would not let the site save the import.'
		});
	});
});
