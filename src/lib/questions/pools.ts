import type { EntityCategory } from './facts-types.ts';

/** A candidate distractor from the shared pools. */
export interface PoolEntry {
	/** Name as usually written. */
	name: string;
	/** Other spellings, also looked for in the source before the entry is used. */
	aliases?: string[];
}

const names = (...list: (string | [string, ...string[]])[]): PoolEntry[] =>
	list.map((e) => (typeof e === 'string' ? { name: e } : { name: e[0], aliases: e.slice(1) }));

/**
 * Curated distractor pools shared by all modules. An entry is only offered when neither the facts nor the
 * source article mention it, so it is known not to be named in the article in any role.
 */
export const POOLS: Record<EntityCategory, PoolEntry[]> = {
	country: names(
		'Portugal',
		'Norway',
		'Canada',
		'Brazil',
		'Japan',
		'Australia',
		'Mexico',
		'Sweden',
		'Poland',
		'Argentina',
		'Chile',
		'Finland',
		'Ireland',
		'New Zealand',
		'South Korea',
		'Denmark',
		'Austria',
		'Iceland',
		'Peru',
		'Kenya',
		'Saudi Arabia',
		'South Africa',
		'Switzerland',
		'Sri Lanka',
		'Costa Rica',
		'the Philippines',
		'Papua New Guinea',
		'the Dominican Republic',
		'Trinidad and Tobago'
	),
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
	person: names(
		'Rishi Sunak',
		'Yvette Cooper',
		'Emmanuel Macron',
		'Olaf Scholz',
		'Giorgia Meloni',
		'Ursula von der Leyen',
		'Pedro Sánchez',
		'Mark Rutte',
		'Donald Tusk',
		'Jacinda Ardern'
	),
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
