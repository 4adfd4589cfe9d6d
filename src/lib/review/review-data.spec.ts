import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../storage/canonical-json.ts';
import {
	addRating,
	emptyReview,
	flashcardKey,
	mergeReview,
	parseReview,
	ratingCount,
	readReview,
	REVIEW_VERSION,
	reviewFragment,
	reviewKey,
	reviewModules,
	slugOfReviewKey,
	withReviewFragment
} from './review-data.ts';
import type { ReviewData } from './review-data.ts';
import { RATINGS } from './ratings.ts';
import type { RatingEvent } from './ratings.ts';

const KEYS = ['m/q1', 'm/q2', 'm/card:term', 'n/q1'];
const eventArb = fc.record({
	at: fc.integer({ min: 0, max: 5 }),
	rating: fc.constantFrom(...RATINGS)
});
const reviewArb: fc.Arbitrary<ReviewData> = fc
	.dictionary(fc.constantFrom(...KEYS), fc.array(eventArb, { maxLength: 4 }), { maxKeys: 4 })
	.map((ratings) => mergeReview(emptyReview(), { version: REVIEW_VERSION, ratings }));

function eventSet(d: ReviewData): Set<string> {
	const out = new Set<string>();
	for (const [k, log] of Object.entries(d.ratings))
		for (const e of log) out.add(`${k} ${e.at} ${e.rating}`);
	return out;
}

describe('keys', () => {
	it('names each module a review key beside its progress key', () => {
		expect(reviewKey('summit')).toBe('briefing:v1:review:summit');
		expect(slugOfReviewKey('briefing:v1:review:summit')).toBe('summit');
		expect(slugOfReviewKey('briefing:v1:review:')).toBeNull();
		expect(slugOfReviewKey('briefing:v1:progress:summit')).toBeNull();
		expect(flashcardKey('summit', 'asylum-seeker')).toBe('summit/card:asylum-seeker');
	});
});

describe('mergeReview', () => {
	it('is commutative', () => {
		fc.assert(
			fc.property(reviewArb, reviewArb, (a, b) => {
				expect(canonicalJson(mergeReview(a, b))).toBe(canonicalJson(mergeReview(b, a)));
			})
		);
	});

	it('is idempotent', () => {
		fc.assert(
			fc.property(reviewArb, reviewArb, (a, b) => {
				const ab = mergeReview(a, b);
				expect(mergeReview(a, a)).toEqual(a);
				expect(mergeReview(ab, b)).toEqual(ab);
			})
		);
	});

	it('is associative', () => {
		fc.assert(
			fc.property(reviewArb, reviewArb, reviewArb, (a, b, c) => {
				expect(mergeReview(mergeReview(a, b), c)).toEqual(mergeReview(a, mergeReview(b, c)));
			})
		);
	});

	it('never drops a rating and invents none', () => {
		fc.assert(
			fc.property(reviewArb, reviewArb, (a, b) => {
				const merged = eventSet(mergeReview(a, b));
				expect(merged).toEqual(new Set([...eventSet(a), ...eventSet(b)]));
			})
		);
	});

	it('keeps each log sorted oldest first', () => {
		fc.assert(
			fc.property(reviewArb, reviewArb, (a, b) => {
				for (const log of Object.values(mergeReview(a, b).ratings)) {
					const times = log.map((e) => e.at);
					expect(times).toEqual([...times].sort((x, y) => x - y));
				}
			})
		);
	});

	it('counts the same rating from two tabs once', () => {
		const a = addRating(emptyReview(), 'm/q1', 'good', 10);
		expect(mergeReview(a, a).ratings['m/q1']).toEqual([{ at: 10, rating: 'good' }]);
		const b = addRating(a, 'm/q1', 'again', 10);
		expect(ratingCount(b)).toBe(2);
	});
});

describe('parseReview', () => {
	const good = addRating(addRating(emptyReview(), 'm/q1', 'good', 20), 'm/q1', 'again', 10);

	it('reads what was written', () => {
		expect(parseReview(JSON.stringify(good))).toEqual({ data: good });
		expect(parseReview(JSON.stringify(good), 'm')).toEqual({ data: good });
	});

	it('sorts and de-duplicates a log written out of order', () => {
		const raw = JSON.stringify({
			version: 1,
			ratings: {
				'm/q1': [
					{ at: 5, rating: 'good' },
					{ at: 1, rating: 'hard' },
					{ at: 5, rating: 'good' }
				]
			}
		});
		expect(parseReview(raw)).toEqual({
			data: {
				version: 1,
				ratings: {
					'm/q1': [
						{ at: 1, rating: 'hard' },
						{ at: 5, rating: 'good' }
					]
				}
			}
		});
	});

	it('explains what is wrong, in a sentence', () => {
		const cases: [string, string][] = [
			['{', 'The review data is not valid JSON.'],
			['[]', 'The review data is not an object.'],
			['{"ratings":{}}', 'The review data has no valid version number.'],
			['{"version":1}', 'The review data has no list of ratings.'],
			['{"version":1,"ratings":{"q1":[]}}', 'Card key "q1" names no module.'],
			['{"version":1,"ratings":{"m/q1":{}}}', 'The ratings of card "m/q1" are not a list.'],
			['{"version":1,"ratings":{"m/q1":[3]}}', 'Rating 1 of card "m/q1" is 3, not a rating.'],
			[
				'{"version":1,"ratings":{"m/q1":[{"at":"x","rating":"good"}]}}',
				'Rating 1 of card "m/q1" has no valid time.'
			],
			[
				'{"version":1,"ratings":{"m/q1":[{"at":1,"rating":"great"}]}}',
				'Rating 1 of card "m/q1" is "great", not one of again, hard, good, easy.'
			]
		];
		for (const [raw, error] of cases) expect(parseReview(raw)).toEqual({ error });
	});

	it('refuses a card of another module under a module key', () => {
		expect(parseReview(JSON.stringify(good), 'n')).toEqual({
			error: 'Card "m/q1" does not belong to module "n".'
		});
	});

	it('marks data from a newer version', () => {
		expect(readReview({ version: 2, ratings: {} })).toEqual({
			error: 'The review data was saved by a newer version of the site (format 2).',
			newer: true
		});
	});

	it('keeps a "__proto__" key as data', () => {
		const result = parseReview(
			'{"version":1,"ratings":{"__proto__/q":[{"at":1,"rating":"good"}]}}'
		);
		expect('data' in result && Object.keys(result.data.ratings)).toEqual(['__proto__/q']);
	});

	it('reads back whatever merging produced', () => {
		fc.assert(
			fc.property(reviewArb, (a) => {
				expect(parseReview(JSON.stringify(a))).toEqual({ data: a });
			})
		);
	});
});

describe('fragments', () => {
	const data = [
		['m/q1', 'good', 1],
		['m/card:x', 'easy', 2],
		['n/q1', 'again', 3],
		['mm/q1', 'hard', 4]
	].reduce(
		(d, [k, r, at]) => addRating(d, k as string, r as RatingEvent['rating'], at as number),
		emptyReview()
	);

	it('takes one module exactly, not a module whose slug starts the same', () => {
		expect(Object.keys(reviewFragment(data, 'm').ratings).sort()).toEqual(['m/card:x', 'm/q1']);
		expect(reviewModules(data)).toEqual(['m', 'mm', 'n']);
		expect(ratingCount(data, 'm')).toBe(2);
	});

	it('replaces or removes one module, leaving the rest', () => {
		const other = addRating(emptyReview(), 'm/q9', 'good', 9);
		const replaced = withReviewFragment(data, 'm', other);
		expect(Object.keys(replaced.ratings).sort()).toEqual(['m/q9', 'mm/q1', 'n/q1']);
		expect(Object.keys(withReviewFragment(data, 'm').ratings).sort()).toEqual(['mm/q1', 'n/q1']);
	});
});
