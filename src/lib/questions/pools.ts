import type { EntityCategory } from './facts-types.ts';

/** A candidate distractor from the shared pools. */
export interface PoolEntry {
	/** Name as usually written. */
	name: string;
	/** Other spellings, also looked for in the source before the entry is used. */
	aliases?: string[];
	/**
	 * Where it may stand in: `role` only as a name for an entity role or list ("the article names X as..."),
	 * `voice` only as the speaker of a quotation or holder of a view; both when left out. A voice must be
	 * clearly unconnected to the views a module records, so nobody could take it for a true answer.
	 */
	use?: 'role' | 'voice';
	/** Countries: `major` for large, widely known economies, so a key like the United States meets its peers. */
	tier?: 'major';
}

type Spec = string | [string, ...string[]];

const entries = (extra: Partial<PoolEntry>, ...list: Spec[]): PoolEntry[] =>
	list.map((e) => (typeof e === 'string' ? { name: e, ...extra } : { name: e[0], aliases: e.slice(1), ...extra }));
const names = (...list: Spec[]): PoolEntry[] => entries({}, ...list);
const roles = (...list: Spec[]): PoolEntry[] => entries({ use: 'role' }, ...list);
const voices = (...list: Spec[]): PoolEntry[] => entries({ use: 'voice' }, ...list);

/**
 * Curated distractor pools shared by all modules. An entry is only offered when neither the facts nor the
 * source article mention it, so it is known not to be named in the article in any role. Countries are
 * well known ones; none is a usual origin or transit country of migrants to Europe.
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
	organisation: [
		// Humanitarian and rights bodies could well share a module's views: names in roles, never voices.
		...roles(
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
		...voices(
			['FIFA'],
			['the International Olympic Committee', 'IOC'],
			['the International Chess Federation', 'FIDE'],
			['the Wikimedia Foundation'],
			['the International Astronomical Union'],
			['the World Meteorological Organization'],
			['the Royal Horticultural Society'],
			['the International Ski Federation']
		)
	],
	agency: [
		...roles(
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
		...voices(['NASA'], ['the European Space Agency', 'ESA'], ['the Met Office'], ['the US Geological Survey', 'USGS'])
	],
	company: names('Snapchat', 'Telegram', 'YouTube', 'Reddit', 'LinkedIn', 'Pinterest', 'Spotify', 'Discord', 'Twitch', 'Tumblr'),
	person: [
		// Heads of government far from European migration politics: plainly not the UK's, never voices.
		...roles('Jacinda Ardern', 'Justin Trudeau', 'Cyril Ramaphosa', 'Fumio Kishida', 'Gabriel Boric'),
		// Sports and music figures with no part in migration politics: safe as speakers and holders of views.
		...voices(
			'Roger Federer',
			'Serena Williams',
			'Usain Bolt',
			'Yo-Yo Ma',
			'Simone Biles',
			'Magnus Carlsen',
			'Rafael Nadal',
			'Eliud Kipchoge',
			'Katie Ledecky',
			'Lionel Messi'
		)
	],
	party: [
		...roles(
			'the Green Party',
			'the Liberal Democrats',
			'Plaid Cymru',
			'the Scottish National Party',
			'the Social Democratic Party',
			'the Christian Democratic Union'
		),
		...names('the Pirate Party', 'the Libertarian Party')
	]
};

/** Pool names of a category for a use (`role` or `voice`), in pool order. */
export function poolFor(category: EntityCategory, use: 'role' | 'voice'): PoolEntry[] {
	return POOLS[category].filter((e) => e.use === undefined || e.use === use);
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
