import type { Field } from './facts-types.ts';

/** A candidate distractor from the shared pools. */
export interface PoolEntry {
	/** Name as usually written. */
	name: string;
	/** Other spellings, also looked for in the source before the entry is used. */
	aliases?: string[];
	/** Countries: `major` for large, widely known economies, so a key like the United States meets its peers. */
	tier?: 'major';
}

/** One shared pool: names of one kind, for articles of one field (or of any field, for places). */
export interface Pool {
	/** The field whose articles may use it; `any` for places, which every field names. */
	field: Field | 'any';
	/** Entity kinds it serves, as authors write them in `category`. */
	kinds: string[];
	/** Its names. */
	entries: PoolEntry[];
}

type Spec = string | [string, ...string[]];

const entries = (extra: Partial<PoolEntry>, ...list: Spec[]): PoolEntry[] =>
	list.map((e) =>
		typeof e === 'string' ? { name: e, ...extra } : { name: e[0], aliases: e.slice(1), ...extra }
	);
const names = (...list: Spec[]): PoolEntry[] => entries({}, ...list);

/**
 * Curated distractor pools shared by all modules, by field and kind. A pool is only used for a module that
 * declares its field (`field:` in facts.yaml) and only for a key of one of its kinds: an astronomer is never set
 * against heads of government, nor NASA against border agencies. An entry is only offered when neither the
 * facts nor the source article mention it, so it is known not to be named in the article in any role. Entries
 * stand only in roles and lists ("the article names X as..."), never as the speaker or holder of a view: a
 * view's wrong answers are module voices of other camps (`generate.ts`).
 */
export const POOLS: Pool[] = [
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
	},

	// Government and politics
	{
		field: 'government-politics',
		kinds: ['person', 'politician', 'head of government', 'leader'],
		// Heads of government: a name a reader of political news could take for another leader in the story.
		entries: names(
			'Jacinda Ardern',
			'Justin Trudeau',
			'Cyril Ramaphosa',
			'Fumio Kishida',
			'Gabriel Boric'
		)
	},
	{
		field: 'government-politics',
		kinds: ['party', 'political party'],
		entries: names(
			'the Green Party',
			'the Liberal Democrats',
			'Plaid Cymru',
			'the Scottish National Party',
			'the Social Democratic Party',
			'the Christian Democratic Union',
			'the Pirate Party',
			'the Libertarian Party'
		)
	},
	{
		field: 'government-politics',
		kinds: ['agency', 'law-enforcement agency', 'police agency'],
		entries: names(
			['Frontex'],
			['Eurojust'],
			['the FBI', 'FBI'],
			['the National Crime Agency', 'NCA'],
			['Border Force'],
			['Aseanapol'],
			['Ameripol'],
			['the World Customs Organization', 'WCO'],
			['the Coast Guard', 'Coastguard']
		)
	},
	{
		field: 'government-politics',
		kinds: ['organisation', 'charity', 'human-rights organisation'],
		entries: names(
			['Human Rights Watch'],
			['Save the Children'],
			['Oxfam'],
			['the Red Cross', 'Red Cross'],
			['Médecins Sans Frontières', 'MSF', 'Doctors Without Borders'],
			['the Council of Europe'],
			['the International Rescue Committee', 'IRC'],
			['Liberty']
		)
	},
	{
		field: 'government-politics',
		kinds: ['company', 'social media company', 'technology company'],
		entries: names(
			'Snapchat',
			'Telegram',
			'YouTube',
			'Reddit',
			'LinkedIn',
			'Pinterest',
			'Discord',
			'Twitch',
			'Tumblr'
		)
	},

	// Science and space
	{
		field: 'science-space',
		kinds: ['agency', 'space agency'],
		entries: names(
			['NASA'],
			['the European Space Agency', 'ESA'],
			['JAXA', 'the Japan Aerospace Exploration Agency'],
			['ISRO', 'the Indian Space Research Organisation'],
			['the China National Space Administration', 'CNSA'],
			['Roscosmos'],
			['the Canadian Space Agency', 'CSA'],
			['the UK Space Agency']
		)
	},
	{
		field: 'science-space',
		kinds: ['telescope', 'observatory', 'space telescope', 'instrument'],
		entries: names(
			['the Hubble Space Telescope', 'Hubble'],
			['the James Webb Space Telescope', 'James Webb', 'JWST', 'Webb'],
			['the Chandra X-ray Observatory', 'Chandra'],
			['the Spitzer Space Telescope', 'Spitzer'],
			['the Kepler space telescope', 'Kepler'],
			['the Euclid space telescope', 'Euclid'],
			['the Gaia observatory', 'Gaia'],
			['the Very Large Telescope', 'VLT'],
			['the Atacama Large Millimeter Array', 'ALMA'],
			['the Vera C. Rubin Observatory', 'Rubin Observatory']
		)
	},
	{
		field: 'science-space',
		kinds: ['university', 'institute', 'research institute'],
		entries: names(
			['the California Institute of Technology', 'Caltech'],
			['the Massachusetts Institute of Technology', 'MIT'],
			['the University of Cambridge', 'Cambridge'],
			['the University of Oxford', 'Oxford'],
			['Harvard University', 'Harvard'],
			['Stanford University', 'Stanford'],
			['ETH Zurich'],
			['the University of Tokyo'],
			['Princeton University', 'Princeton'],
			['the Max Planck Society', 'Max Planck']
		)
	},
	{
		field: 'science-space',
		kinds: ['planet'],
		entries: names('Mercury', 'Venus', 'Mars', 'Jupiter', 'Saturn', 'Uranus', 'Neptune')
	},
	{
		field: 'science-space',
		kinds: ['galaxy'],
		entries: names(
			['the Andromeda Galaxy', 'Andromeda'],
			['the Triangulum Galaxy', 'Triangulum'],
			['the Large Magellanic Cloud'],
			['the Whirlpool Galaxy'],
			['the Sombrero Galaxy'],
			['the Pinwheel Galaxy']
		)
	},
	{
		field: 'science-space',
		kinds: ['journal', 'scientific journal'],
		entries: names(
			['Nature'],
			['Science'],
			['The Astrophysical Journal'],
			['Physical Review Letters'],
			['Nature Astronomy'],
			['Monthly Notices of the Royal Astronomical Society']
		)
	},
	{
		field: 'science-space',
		kinds: ['organisation', 'laboratory'],
		entries: names(
			['CERN'],
			['the European Southern Observatory', 'ESO'],
			['the Royal Society'],
			['the Jet Propulsion Laboratory', 'JPL'],
			['the Space Telescope Science Institute']
		)
	},

	// Health
	{
		field: 'health',
		kinds: ['organisation', 'charity', 'health organisation'],
		entries: names(
			['the World Health Organization', 'WHO'],
			['UNICEF'],
			['Médecins Sans Frontières', 'MSF', 'Doctors Without Borders'],
			['the Red Cross', 'Red Cross'],
			['Gavi', 'the Vaccine Alliance'],
			['the Wellcome Trust', 'Wellcome'],
			['the Gates Foundation']
		)
	},
	{
		field: 'health',
		kinds: ['agency', 'health agency', 'regulator'],
		entries: names(
			['the Centers for Disease Control and Prevention', 'CDC'],
			['the European Medicines Agency', 'EMA'],
			['the Food and Drug Administration', 'FDA'],
			['the UK Health Security Agency', 'UKHSA'],
			['the European Centre for Disease Prevention and Control', 'ECDC'],
			['the Medicines and Healthcare products Regulatory Agency', 'MHRA']
		)
	},
	{
		field: 'health',
		kinds: ['disease', 'illness', 'infection'],
		entries: names(
			'measles',
			'mumps',
			'rubella',
			'polio',
			'tuberculosis',
			'malaria',
			'cholera',
			'whooping cough',
			'diphtheria',
			'chickenpox'
		)
	},
	{
		field: 'health',
		kinds: ['journal', 'medical journal'],
		entries: names(
			['The Lancet', 'Lancet'],
			['the BMJ', 'BMJ'],
			['the New England Journal of Medicine', 'NEJM'],
			['JAMA'],
			['Nature Medicine']
		)
	},

	// Economy and business
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
	},

	// Sport
	{
		field: 'sport',
		kinds: ['organisation', 'governing body', 'federation'],
		entries: names(
			['FIFA'],
			['UEFA'],
			['the International Olympic Committee', 'IOC'],
			['World Athletics'],
			['World Rugby'],
			['the International Cricket Council', 'ICC'],
			['the International Tennis Federation', 'ITF']
		)
	},
	{
		field: 'sport',
		kinds: ['race', 'marathon'],
		entries: names(
			'the Berlin Marathon',
			'the Boston Marathon',
			'the Chicago Marathon',
			'the London Marathon',
			'the New York City Marathon',
			'the Tokyo Marathon'
		)
	},
	{
		field: 'sport',
		kinds: ['competition', 'tournament', 'event'],
		entries: names(
			'the Olympic Games',
			'the World Cup',
			'the Tour de France',
			'Wimbledon',
			'the Commonwealth Games',
			'the European Championship'
		)
	},
	{
		field: 'sport',
		kinds: ['club', 'football club', 'team'],
		entries: names(
			'Real Madrid',
			'Bayern Munich',
			'Juventus',
			'Ajax',
			'Benfica',
			'Celtic',
			'Boca Juniors',
			'Porto'
		)
	},

	// Environment
	{
		field: 'environment',
		kinds: ['organisation', 'charity', 'campaign group'],
		entries: names(
			['Greenpeace'],
			['the WWF', 'WWF', 'World Wide Fund for Nature'],
			['Friends of the Earth'],
			['the Nature Conservancy'],
			['the RSPB', 'RSPB'],
			['ClientEarth']
		)
	},
	{
		field: 'environment',
		kinds: ['agency', 'environment agency', 'regulator'],
		entries: names(
			['the Environment Agency'],
			['the US Environmental Protection Agency', 'EPA'],
			['the European Environment Agency', 'EEA'],
			['Natural England'],
			['the UN Environment Programme', 'UNEP'],
			['the Intergovernmental Panel on Climate Change', 'IPCC']
		)
	},
	{
		field: 'environment',
		kinds: ['river'],
		entries: names(
			'the Thames',
			'the Rhine',
			'the Danube',
			'the Seine',
			'the Severn',
			'the Elbe',
			'the Loire',
			'the Trent'
		)
	},

	// Culture
	{
		field: 'culture',
		kinds: ['museum', 'gallery'],
		entries: names(
			'the Louvre',
			'the British Museum',
			'the Prado',
			'the Rijksmuseum',
			'the Uffizi',
			'the Metropolitan Museum of Art',
			'Tate Modern'
		)
	},
	{
		field: 'culture',
		kinds: ['festival'],
		entries: names(
			'Glastonbury',
			'the Edinburgh Festival Fringe',
			'the Cannes Film Festival',
			'the Venice Biennale',
			'the Hay Festival',
			'Roskilde Festival'
		)
	},
	{
		field: 'culture',
		// Funders of the arts, not every cultural body: UNESCO is no wrong answer for a museum's funder.
		kinds: ['funder', 'arts funder', 'charity', 'foundation'],
		entries: names(
			['the Art Fund'],
			['the National Lottery Heritage Fund', 'Heritage Fund'],
			['Arts Council England'],
			['the Paul Hamlyn Foundation'],
			['the Calouste Gulbenkian Foundation', 'Gulbenkian Foundation'],
			['the Esmée Fairbairn Foundation']
		)
	},
	{
		field: 'culture',
		kinds: ['prize', 'award'],
		entries: names(
			'the Booker Prize',
			'the Turner Prize',
			'the Stirling Prize',
			'the Palme d’Or',
			'the Pulitzer Prize',
			'the Mercury Prize'
		)
	}
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
