/** Pools for economy and business articles. */
import type { Pool } from './entry.ts';
import { names } from './entry.ts';

export const ECONOMY: Pool[] = [
	{
		field: 'economy-business',
		kinds: ['organisation', 'international organisation'],
		entries: names(
			['the International Monetary Fund', 'IMF'],
			['the World Bank'],
			['the OECD', 'Organisation for Economic Co-operation and Development'],
			['the World Trade Organization', 'WTO'],
			['the International Labour Organization', 'ILO']
		)
	},
	{
		field: 'economy-business',
		kinds: ['central bank', 'bank'],
		entries: names(
			['the European Central Bank', 'ECB'],
			['the Bank of England'],
			['the Federal Reserve', 'the Fed'],
			['the Bank of Japan'],
			['the Swiss National Bank'],
			['the Reserve Bank of Australia']
		)
	},
	{
		field: 'economy-business',
		kinds: ['company', 'firm', 'manufacturer'],
		entries: names(
			'Siemens',
			'Unilever',
			'Toyota',
			'Samsung',
			'Nestlé',
			'Philips',
			'Volvo',
			'Bosch',
			'Airbus',
			'Heineken'
		)
	},
	{
		field: 'economy-business',
		kinds: ['shipping company', 'shipping line'],
		entries: names('Maersk', 'MSC', 'CMA CGM', 'Hapag-Lloyd', 'COSCO', 'Evergreen')
	},
	{
		field: 'economy-business',
		kinds: ['port'],
		entries: names(
			['the Port of Rotterdam', 'Rotterdam'],
			['the Port of Antwerp', 'Antwerp'],
			['the Port of Hamburg', 'Hamburg'],
			['Felixstowe'],
			['the Port of Singapore'],
			['the Port of Valencia']
		)
	},
	{
		field: 'economy-business',
		kinds: ['index', 'stock index'],
		entries: names(
			['the FTSE 100'],
			['the Dow Jones Industrial Average', 'Dow Jones'],
			['the Nikkei 225', 'Nikkei'],
			['the DAX'],
			['the S&P 500'],
			['the CAC 40']
		)
	},
	{
		field: 'economy-business',
		kinds: ['currency'],
		entries: names(
			'the euro',
			'the US dollar',
			'the Japanese yen',
			'the pound sterling',
			'the Swiss franc',
			'the Canadian dollar'
		)
	},
	{
		field: 'economy-business',
		kinds: ['union', 'trade union'],
		entries: names(
			['Unite'],
			['Unison'],
			['the GMB', 'GMB'],
			['the RMT', 'RMT'],
			['Verdi'],
			['the Teamsters']
		)
	}
];
