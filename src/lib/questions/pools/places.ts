/** Places: countries, capitals and cities, offered for articles of any field. */
import type { Pool } from './entry.ts';
import { entries, names } from './entry.ts';

export const PLACES: Pool[] = [
	{
		field: 'any',
		kinds: ['country', 'nation'],
		entries: [
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
		]
	},
	{
		field: 'any',
		kinds: ['region'],
		entries: names(
			'Scandinavia',
			'the Caribbean',
			'Central Asia',
			'the Baltic states',
			'the Horn of Africa',
			'the Sahel',
			'Patagonia',
			'the Caucasus',
			'Oceania'
		)
	},
	{
		field: 'any',
		kinds: ['city'],
		entries: names(
			'Madrid',
			'Oslo',
			'Lisbon',
			'Vienna',
			'Dublin',
			'Warsaw',
			'Helsinki',
			'Prague',
			'Ottawa',
			'Canberra'
		)
	}
];
