/**
 * The shared distractor pools, by field and kind (their data sits in pools/, one file per field), and
 * the look-ups generation makes in them.
 */
import type { Field } from './facts-types.ts';
import { PLACES } from './pools/places.ts';
import { POLITICS } from './pools/politics.ts';
import { SCIENCE } from './pools/science.ts';
import { HEALTH } from './pools/health.ts';
import { ECONOMY } from './pools/economy.ts';
import { SPORT } from './pools/sport.ts';
import { ENVIRONMENT } from './pools/environment.ts';
import { CULTURE } from './pools/culture.ts';
import type { Pool, PoolEntry } from './pools/entry.ts';

/**
 * Curated distractor pools shared by all modules, by field and kind. A pool is only used for a module that
 * declares its field (`field:` in facts.yaml) and only for a key of one of its kinds: an astronomer is never set
 * against heads of government, nor NASA against border agencies. An entry is only offered when neither the
 * facts nor the source article mention it, so it is known not to be named in the article in any role. Entries
 * stand only in roles and lists ("the article names X as..."), never as the speaker or holder of a view: a
 * view's wrong answers are module voices of other camps (`generate.ts`).
 */
export const POOLS: Pool[] = [
	...PLACES,
	...POLITICS,
	...SCIENCE,
	...HEALTH,
	...ECONOMY,
	...SPORT,
	...ENVIRONMENT,
	...CULTURE
];

/** Pool entries for a kind in the module's fields, in pool order; none without fields. */
export function poolFor(kind: string, fields: readonly Field[]): PoolEntry[] {
	if (fields.length === 0) return [];
	const k = kind.trim().toLowerCase();
	return POOLS.filter(
		(p) => p.kinds.includes(k) && (p.field === 'any' || fields.includes(p.field))
	).flatMap((p) => p.entries);
}

/** Countries a key can be told to be `major` by, besides the major pool entries. */
const MAJOR_COUNTRIES = [
	'the United States',
	'United States',
	'the USA',
	'USA',
	'the US',
	'US',
	'China',
	'Germany',
	'France',
	'the United Kingdom',
	'United Kingdom',
	'the UK',
	'UK',
	'Italy',
	'India',
	'Russia',
	'Indonesia',
	'Turkey'
];

const majorPool = POOLS.filter((p) => p.kinds.includes('country')).flatMap((p) =>
	p.entries.filter((e) => e.tier === 'major')
);

/** Whether a country name is one of the large, widely known economies (`tier: 'major'`). */
export function isMajorCountry(name: string): boolean {
	const key = name.trim().toLowerCase();
	return (
		MAJOR_COUNTRIES.some((n) => n.toLowerCase() === key) ||
		majorPool.some((e) => [e.name, ...(e.aliases ?? [])].some((n) => n.toLowerCase() === key))
	);
}
