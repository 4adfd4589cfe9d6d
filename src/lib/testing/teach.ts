import fc from 'fast-check';
import type { Item } from '../questions/types.ts';
import type { Response } from '../quiz/grade.ts';
import { everyType, singleBank } from './items.ts';
import { assignmentId, assignmentItems, bankFingerprint, sortedIds } from '../teach/assignment.ts';
import type { Assignment, Selection } from '../teach/assignment.ts';
import type { Result } from '../teach/result.ts';

// Banks, assignments and fast-check arbitraries for the teach specs; not imported by the site.

/** One item of every type plus 24 single-choice items: 32 questions. */
export const bank: Item[] = [...everyType, ...singleBank(24)];

/** Midday UTC on 26 November 2026. */
export const T0 = Date.UTC(2026, 10, 26, 12, 0, 0);

/** A plain assignment of every question of `bank`; fields can be replaced. */
export function makeAssignment(over: Partial<Assignment> = {}, items: readonly Item[] = bank) {
	const a: Assignment = {
		version: 1,
		module: 'summit',
		bank: bankFingerprint(items),
		title: 'Year 10: the summit',
		selection: { kind: 'all' },
		mode: 'test',
		attempts: 2,
		passMark: 70,
		due: '2026-12-04',
		dueOffset: 60,
		createdAt: T0,
		...over
	};
	return a;
}

/** A lone surrogate now and then, on top of every code point: names are any JS string. */
export const anyText = fc.string({
	unit: fc.oneof(
		{ weight: 8, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
		{ weight: 1, arbitrary: fc.constantFrom('\ud800', '\udfff', '<script>', '"', ',', '\r\n', '=') }
	),
	maxLength: 30
});

/** Any selection valid for `bank`. */
export const selectionArb: fc.Arbitrary<Selection> = fc.oneof(
	fc.constant<Selection>({ kind: 'all' }),
	fc.record({
		kind: fc.constant('draw' as const),
		count: fc.integer({ min: 1, max: 50 }),
		seed: anyText
	}),
	fc.record({
		kind: fc.constant('picked' as const),
		ids: fc.subarray(sortedIds(bank), { minLength: 1 })
	})
);

const isoDate = fc
	.integer({ min: 0, max: 100_000 })
	.map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));

/** Any assignment valid for `bank`. */
export const assignmentArb: fc.Arbitrary<Assignment> = fc.record({
	version: fc.constant(1),
	module: anyText,
	bank: fc.constant(bankFingerprint(bank)),
	title: anyText,
	selection: selectionArb,
	mode: fc.constantFrom('practice' as const, 'test' as const),
	attempts: fc.oneof(fc.constant('unlimited' as const), fc.integer({ min: 1, max: 100_000 })),
	passMark: fc.integer({ min: 0, max: 100 }),
	due: fc.option(isoDate, { nil: null }),
	dueOffset: fc.integer({ min: -1080, max: 1080 }),
	createdAt: fc.integer({ min: 0, max: 2 ** 45 })
});

/** Strings that are not ids of the item, and some that are: for answers the site would never send. */
const oddIds = fc.array(
	fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('a', 'london', 'starmer')),
	{
		maxLength: 5
	}
);

/** A response a student could give to the item, or (rarely) one only an old page or a hand edit would give. */
export function responseArb(item: Item): fc.Arbitrary<Response> {
	let usual: fc.Arbitrary<Response>;
	switch (item.type) {
		case 'single':
		case 'multiple':
		case 'truefalse':
		case 'whosaid':
			usual = fc
				.subarray(item.options.map((o) => o.id))
				.map((selected): Response => ({ kind: 'choice', selected }));
			break;
		case 'numeric':
			usual = fc
				.oneof(fc.integer({ min: 6400, max: 6800 }).map(String), anyText)
				.map((text): Response => ({ kind: 'numeric', text }));
			break;
		case 'blank':
			usual = fc
				.oneof(fc.constantFrom(...item.accept), anyText)
				.map((text): Response => ({ kind: 'blank', text }));
			break;
		case 'ordering':
			usual = fc
				.shuffledSubarray(item.items.map((e) => e.id))
				.map((order): Response => ({ kind: 'ordering', order }));
			break;
		case 'matching': {
			const rights = [...new Set([...item.pairs.map((p) => p.right), ...(item.distractors ?? [])])];
			usual = fc
				.record(Object.fromEntries(item.pairs.map((p) => [p.id, fc.constantFrom('', ...rights)])), {
					requiredKeys: []
				})
				.map((partial): Response => ({
					kind: 'matching',
					choices: Object.fromEntries(
						Object.entries(partial).flatMap(([k, v]) => (v === undefined ? [] : [[k, v]]))
					)
				}));
			break;
		}
	}
	const odd: fc.Arbitrary<Response> = fc.oneof(
		oddIds.map((selected): Response => ({ kind: 'choice', selected })),
		oddIds.map((order): Response => ({ kind: 'ordering', order })),
		anyText.map((text): Response => ({ kind: 'blank', text })),
		fc
			.dictionary(fc.string({ maxLength: 4 }), anyText, { maxKeys: 3 })
			.map((choices): Response => ({ kind: 'matching', choices }))
	);
	return fc.oneof({ weight: 6, arbitrary: usual }, { weight: 1, arbitrary: odd });
}

/** Any result for the assignment: some questions answered, a few stray answers, any name and claim. */
export function resultArb(a: Assignment, items: readonly Item[] = bank): fc.Arbitrary<Result> {
	const asked = assignmentItems(a, items);
	const answers = fc
		.tuple(
			...asked.map((item) => fc.option(responseArb(item), { nil: undefined })),
			fc.dictionary(
				fc.string({ maxLength: 5 }).map((s) => `stray-${s}`),
				responseArb(items[0]),
				{ maxKeys: 2 }
			)
		)
		.map((parts) => {
			const stray = parts.pop() as Record<string, Response>;
			const given = (parts as (Response | undefined)[]).flatMap((r, i) =>
				r === undefined ? [] : [[asked[i].id, r] as const]
			);
			return { ...Object.fromEntries(given), ...stray };
		});
	return fc
		.record({
			name: anyText,
			startedAt: fc.integer({ min: 0, max: 2 ** 45 }),
			took: fc.integer({ min: 0, max: 10 ** 8 }),
			answers,
			claimed: fc.integer({ min: 0, max: 1000 }).map((n) => n / 10)
		})
		.map(({ name, startedAt, took, answers, claimed }): Result => ({
			version: 1,
			assignment: assignmentId(a, items),
			module: a.module,
			name,
			startedAt,
			finishedAt: startedAt + took,
			answers,
			claimed
		}));
}

/** The result with choice selections sorted: a code gives them back in option order. */
export function normalised(r: Result): Result {
	const answers = Object.fromEntries(
		Object.entries(r.answers).map(([id, x]) => [
			id,
			x.kind === 'choice' ? { ...x, selected: [...x.selected].sort() } : x
		])
	);
	return { ...r, answers };
}
