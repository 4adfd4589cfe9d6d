import { compareEvents, isRating, RATINGS } from './ratings.ts';
import type { RatingEvent, ReviewRating } from './ratings.ts';
import { REVIEW_PREFIX } from '../storage/keys.ts';

/** Version of the stored review format. 1: first release. */
export const REVIEW_VERSION = 1;

/** Review ratings: a log per card, never pruned; each card's schedule is replayed from its log. */
export interface ReviewData {
	/** Format version; REVIEW_VERSION once read. */
	version: number;
	/** Card key (`module/itemId` or `module/card:<factId>`) to its ratings, oldest first. */
	ratings: Record<string, RatingEvent[]>;
}

/** Review data read from storage, or why it could not be; `newer` marks data from a later version. */
export type ParseReviewResult = { data: ReviewData } | { error: string; newer?: boolean };

/** The storage key of a module's review ratings. */
export function reviewKey(moduleSlug: string): string {
	return `${REVIEW_PREFIX}${moduleSlug}`;
}

/** The module slug of a review key, or null for any other key. */
export function slugOfReviewKey(key: string): string | null {
	return key.startsWith(REVIEW_PREFIX) && key.length > REVIEW_PREFIX.length
		? key.slice(REVIEW_PREFIX.length)
		: null;
}

/** The key of a flashcard: `module/card:<factId>`, beside the module's question keys. */
export function flashcardKey(moduleSlug: string, factId: string): string {
	return `${moduleSlug}/card:${factId}`;
}

/** The module slug a card key belongs to. */
export function moduleOfCard(key: string): string {
	return key.slice(0, key.indexOf('/'));
}

/** No ratings at all. */
export function emptyReview(): ReviewData {
	return { version: REVIEW_VERSION, ratings: {} };
}

function describe(value: unknown): string {
	if (Array.isArray(value)) return 'a list';
	if (value === null) return 'null';
	return typeof value === 'object' ? 'an object' : JSON.stringify(value);
}

class DamageError extends Error {}

function readEvent(value: unknown, key: string, i: number): RatingEvent {
	const where = `Rating ${i + 1} of card "${key}"`;
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		throw new DamageError(`${where} is ${describe(value)}, not a rating.`);
	}
	const { at, rating } = value as { at?: unknown; rating?: unknown };
	if (typeof at !== 'number' || !Number.isFinite(at)) {
		throw new DamageError(`${where} has no valid time.`);
	}
	if (!isRating(rating)) {
		throw new DamageError(`${where} is ${describe(rating)}, not one of ${RATINGS.join(', ')}.`);
	}
	return { at, rating };
}

/**
 * Checks a parsed value (any version) and returns it in the current format. With `moduleSlug`, every
 * card must belong to that module, as in the value stored under its key.
 */
export function readReview(value: unknown, moduleSlug?: string): ParseReviewResult {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		return { error: 'The review data is not an object.' };
	}
	const { version, ratings } = value as { version?: unknown; ratings?: unknown };
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return { error: 'The review data has no valid version number.' };
	}
	if (version > REVIEW_VERSION) {
		return {
			error: `The review data was saved by a newer version of the site (format ${version}).`,
			newer: true
		};
	}
	if (typeof ratings !== 'object' || ratings === null || Array.isArray(ratings)) {
		return { error: 'The review data has no list of ratings.' };
	}
	try {
		const cards = Object.entries(ratings).map(([key, log]): [string, RatingEvent[]] => {
			if (!key.includes('/')) throw new DamageError(`Card key "${key}" names no module.`);
			if (moduleSlug !== undefined && moduleOfCard(key) !== moduleSlug) {
				throw new DamageError(`Card "${key}" does not belong to module "${moduleSlug}".`);
			}
			if (!Array.isArray(log))
				throw new DamageError(`The ratings of card "${key}" are not a list.`);
			return [key, normaliseLog(log.map((e, i) => readEvent(e, key, i)))];
		});
		// Object.fromEntries defines own properties, so a stored "__proto__" key stays data.
		return { data: { version: REVIEW_VERSION, ratings: Object.fromEntries(cards) } };
	} catch (e) {
		if (e instanceof DamageError) return { error: e.message };
		throw e;
	}
}

/** Reads a stored string: JSON, then `readReview`. */
export function parseReview(raw: string, moduleSlug?: string): ParseReviewResult {
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		return { error: 'The review data is not valid JSON.' };
	}
	return readReview(value, moduleSlug);
}

function eventId(e: RatingEvent): string {
	return `${e.at}:${e.rating}`;
}

/** A log sorted oldest first with exact duplicates (same time, same rating) removed. */
function normaliseLog(log: readonly RatingEvent[]): RatingEvent[] {
	const unique = new Map<string, RatingEvent>();
	for (const e of log) unique.set(eventId(e), { at: e.at, rating: e.rating });
	return [...unique.values()].sort(compareEvents);
}

/**
 * Every rating from both sources: each card's log is the union of its two logs. A rating is identified by
 * its time and value, so the same rating seen twice (two tabs, a re-import) counts once and nothing else
 * is dropped. Commutative, associative and idempotent, so any tab may merge any time.
 */
export function mergeReview(a: ReviewData, b: ReviewData): ReviewData {
	const keys = [...new Set([...Object.keys(a.ratings), ...Object.keys(b.ratings)])].sort();
	const log = (d: ReviewData, k: string) => (Object.hasOwn(d.ratings, k) ? d.ratings[k] : []);
	return {
		version: REVIEW_VERSION,
		ratings: Object.fromEntries(keys.map((k) => [k, normaliseLog([...log(a, k), ...log(b, k)])]))
	};
}

/** The data with one more rating of one card. */
export function addRating(
	data: ReviewData,
	key: string,
	rating: ReviewRating,
	at: number
): ReviewData {
	return mergeReview(data, { version: REVIEW_VERSION, ratings: { [key]: [{ at, rating }] } });
}

/** Only one module's cards: what its storage key holds. */
export function reviewFragment(data: ReviewData, moduleSlug: string): ReviewData {
	const prefix = `${moduleSlug}/`;
	return {
		version: REVIEW_VERSION,
		ratings: Object.fromEntries(Object.entries(data.ratings).filter(([k]) => k.startsWith(prefix)))
	};
}

/** The data with one module's cards replaced by another's (or removed, with no replacement). */
export function withReviewFragment(
	data: ReviewData,
	moduleSlug: string,
	part?: ReviewData
): ReviewData {
	const prefix = `${moduleSlug}/`;
	const kept = Object.entries(data.ratings).filter(([k]) => !k.startsWith(prefix));
	const added = part ? Object.entries(reviewFragment(part, moduleSlug).ratings) : [];
	return { version: REVIEW_VERSION, ratings: Object.fromEntries([...kept, ...added]) };
}

/** Slugs of the modules that have review ratings, sorted. */
export function reviewModules(data: ReviewData): string[] {
	return [...new Set(Object.keys(data.ratings).map(moduleOfCard))].sort();
}

/** Number of ratings in the data (or in one module's part). */
export function ratingCount(data: ReviewData, moduleSlug?: string): number {
	const part = moduleSlug === undefined ? data : reviewFragment(data, moduleSlug);
	return Object.values(part.ratings).reduce((n, log) => n + log.length, 0);
}
