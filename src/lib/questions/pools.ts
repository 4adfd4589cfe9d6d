import type { EntityCategory } from './facts-types.ts';

/** A candidate distractor from the shared pools. */
export interface PoolEntry {
	/** Name as usually written. */
	name: string;
	/** Other spellings, also looked for in the source before the entry is used. */
	aliases?: string[];
	/** Countries: `major` for large, widely known economies, so a key like the United States meets its peers. */
	tier?: 'major';
}

type Spec = string | [string, ...string[]];

const entries = (extra: Partial<PoolEntry>, ...list: Spec[]): PoolEntry[] =>
	list.map((e) => (typeof e === 'string' ? { name: e, ...extra } : { name: e[0], aliases: e.slice(1), ...extra }));
const names = (...list: Spec[]): PoolEntry[] => entries({}, ...list);

/**
 * Curated distractor pools shared by all modules. An entry is only offered when neither the facts nor the
 * source article mention it, so it is known not to be named in the article in any role. Entries stand only in
 * roles and lists ("the article names X as..."), never as the speaker or holder of a view: a view's wrong
 * answers are module voices of other camps (`generate.ts`). Countries are well known ones; none is a usual
 * origin or transit country of migrants to Europe.
 */
export const POOLS: Record<EntityCategory, PoolEntry[]> = {
	country: [
		...entries(
			{ tier: 'major' },
			'Canada',
			'Brazil',
			'Japan',
			'Australia',
			'Mexico',
			'Argentina',
			'South Korea',
			'South Africa',
			'Saudi Arabia',
			['the United Arab Emirates', 'United Arab Emirates', 'UAE']
		),
		...names(
			'Portugal',
			'Norway',
			'Sweden',
			'Chile',
			'Finland',
			'Ireland',
			'New Zealand',
			'Denmark',
			'Austria',
			'Iceland',
			'Switzerland',
			['the Czech Republic', 'Czech Republic', 'Czechia'],
			'Uruguay'
		)
	],
	region: names(
		'Scandinavia',
		'the Caribbean',
		'Central Asia',
		'the Baltic states',
		'the Horn of Africa',
		'the Sahel',
		'Patagonia',
		'the Caucasus',
		'Oceania'
	),
	city: names('Madrid', 'Oslo', 'Lisbon', 'Vienna', 'Dublin', 'Warsaw', 'Helsinki', 'Prague', 'Ottawa', 'Canberra'),
	organisation: names(
		['the World Health Organization', 'WHO'],
		['UNICEF'],
		['Oxfam'],
		['Greenpeace'],
		['the Red Cross', 'Red Cross'],
		['Médecins Sans Frontières', 'MSF', 'Doctors Without Borders'],
		['Human Rights Watch'],
		['Save the Children'],
		['the World Bank'],
		['the International Monetary Fund', 'IMF']
	),
	agency: names(
		['Frontex'],
		['Eurojust'],
		['the FBI', 'FBI'],
		['the National Crime Agency', 'NCA'],
		['Border Force'],
		['Aseanapol'],
		['Ameripol'],
		['the World Customs Organization', 'WCO'],
		['the Coast Guard', 'Coastguard']
	),
	company: names('Snapchat', 'Telegram', 'YouTube', 'Reddit', 'LinkedIn', 'Pinterest', 'Spotify', 'Discord', 'Twitch', 'Tumblr'),
	// Heads of government far from European migration politics: plainly not the UK's.
	person: names('Jacinda Ardern', 'Justin Trudeau', 'Cyril Ramaphosa', 'Fumio Kishida', 'Gabriel Boric'),
	party: names(
		'the Green Party',
		'the Liberal Democrats',
		'Plaid Cymru',
		'the Scottish National Party',
		'the Social Democratic Party',
		'the Christian Democratic Union',
		'the Pirate Party',
		'the Libertarian Party'
	)
};

/** Pool names of a category, in pool order. */
export function poolFor(category: EntityCategory): PoolEntry[] {
	return POOLS[category];
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

/** Whether a country name is one of the large, widely known economies (`tier: 'major'`). */
export function isMajorCountry(name: string): boolean {
	const key = name.trim().toLowerCase();
	return (
		MAJOR_COUNTRIES.some((n) => n.toLowerCase() === key) ||
		POOLS.country.some((e) => e.tier === 'major' && [e.name, ...(e.aliases ?? [])].some((n) => n.toLowerCase() === key))
	);
}
