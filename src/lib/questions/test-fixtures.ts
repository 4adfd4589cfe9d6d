import type { Fact } from './facts-types';

const src = (paragraph: number) => ({ article: 'harbour-summit', paragraph });

/** A small synthetic module (an invented port-security summit) used by the tests. */
export const FIXTURE_FACTS: Fact[] = [
	{
		id: 'delegations',
		type: 'number',
		statement: 'Over 30 delegations came to the harbour summit.',
		source: src(1),
		section: 'summit',
		value: 30,
		unit: 'delegations',
		qualifier: 'over',
		measure: 'delegations at the harbour summit'
	},
	{
		id: 'seized-containers',
		type: 'number',
		statement: 'Customs seized 1,200 containers in 2023.',
		source: src(2),
		section: 'figures',
		value: 1200,
		unit: 'containers',
		qualifier: 'exact',
		period: '2023',
		measure: 'containers seized by customs in 2023'
	},
	{
		id: 'inspectors',
		type: 'number',
		statement: 'About 450 inspectors work at the port.',
		source: src(2),
		section: 'figures',
		value: 450,
		unit: 'inspectors',
		qualifier: 'about',
		measure: 'inspectors working at the port'
	},
	{
		id: 'pact-signed',
		type: 'event',
		statement: 'The harbour pact was signed in March 2022.',
		source: src(3),
		section: 'history',
		event: 'the signing of the harbour pact',
		when: '2022-03',
		granularity: 'month',
		sequence: 1
	},
	{
		id: 'summit-held',
		type: 'event',
		statement: 'The harbour summit met in 2024.',
		source: src(1),
		section: 'summit',
		event: 'the harbour summit',
		when: '2024',
		granularity: 'year',
		sequence: 3
	},
	{
		id: 'scanner-rollout',
		type: 'event',
		statement: 'New scanners were rolled out in 2023.',
		source: src(3),
		section: 'history',
		event: 'the scanner roll-out',
		when: '2023',
		granularity: 'year',
		sequence: 2
	},
	{
		id: 'norland-host',
		type: 'entity',
		statement: 'Norland hosted the harbour summit.',
		source: src(1),
		section: 'summit',
		entity: 'Norland',
		category: 'country',
		relation: 'host',
		role: 'the host of the summit'
	},
	{
		id: 'estavia-origin',
		type: 'entity',
		statement: 'Many of the seized goods were shipped from Estavia.',
		source: src(2),
		section: 'figures',
		entity: 'Estavia',
		category: 'country',
		relation: 'origin of seized goods',
		role: 'a country seized goods were shipped from'
	},
	{
		id: 'portwatch-agency',
		type: 'entity',
		statement: 'Portwatch coordinated the inspections.',
		source: src(4),
		section: 'summit',
		entity: 'Portwatch',
		category: 'agency',
		relation: 'inspection coordinator',
		role: 'the agency coordinating inspections'
	},
	{
		id: 'cargonet-partner',
		type: 'entity',
		statement: 'Cargonet shared shipping data with inspectors.',
		source: src(4),
		section: 'summit',
		entity: 'Cargonet',
		category: 'company',
		relation: 'data partner',
		role: 'a company sharing shipping data'
	},
	{
		id: 'pact-members',
		type: 'set',
		statement: 'The harbour pact joined Norland, Veluria, Ostmark and Tarsis.',
		source: src(3),
		section: 'history',
		name: 'members of the harbour pact',
		category: 'country',
		members: ['Norland', 'Veluria', 'Ostmark', 'Tarsis'],
		complete: true,
		relation: 'pact member'
	},
	{
		id: 'attendees',
		type: 'set',
		statement: 'Delegations at the summit included Veluria and Quenland, among others.',
		source: src(1),
		section: 'summit',
		name: 'countries at the harbour summit',
		category: 'country',
		members: ['Veluria', 'Quenland'],
		complete: false,
		relation: 'attended the summit'
	},
	{
		id: 'minister-quote',
		type: 'quote',
		statement: 'Minister Ada Brenn called smuggling through ports a shared danger.',
		source: src(5),
		section: 'voices',
		speaker: 'Ada Brenn',
		speakerCategory: 'person',
		words: 'No harbour is safe while smugglers find a gap',
		argues: 'ports must close gaps together'
	},
	{
		id: 'dockers-position',
		type: 'position',
		statement: 'The Dockers Union says inspections slow honest trade.',
		source: src(5),
		section: 'voices',
		holder: 'the Dockers Union',
		holderCategory: 'organisation',
		position: 'inspections slow honest trade'
	},
	{
		id: 'watchdog-position',
		type: 'position',
		statement: 'Harbour Rights Watch argues that searches must respect privacy.',
		source: src(6),
		section: 'voices',
		holder: 'Harbour Rights Watch',
		holderCategory: 'organisation',
		position: 'searches must respect privacy'
	},
	{
		id: 'gaps-cause',
		type: 'cause',
		statement: 'Because ports share little data, smugglers switch to the weakest port.',
		source: src(4),
		section: 'summit',
		cause: 'ports share little data',
		effect: 'smugglers switch to the weakest port'
	},
	{
		id: 'scanners-cause',
		type: 'cause',
		statement: 'Faster scanners shortened queues at the gates.',
		source: src(3),
		section: 'history',
		cause: 'faster scanners arrived',
		effect: 'queues at the gates got shorter'
	},
	{
		id: 'fees-cause',
		type: 'cause',
		statement: 'Higher fees pushed small traders to other ports.',
		source: src(2),
		section: 'figures',
		cause: 'fees went up',
		effect: 'small traders moved to other ports'
	},
	{
		id: 'transshipment',
		type: 'definition',
		statement: 'Transshipment means moving cargo from one ship to another on the way.',
		section: 'background',
		term: 'transshipment',
		meaning: 'moving cargo from one ship to another during its journey',
		background: true
	},
	{
		id: 'manifest',
		type: 'definition',
		statement: 'A manifest is the list of goods a ship carries.',
		section: 'background',
		term: 'manifest',
		meaning: 'the list of goods a ship declares it carries',
		background: true
	},
	{
		id: 'bonded-warehouse',
		type: 'definition',
		statement: 'A bonded warehouse stores goods before duty is paid.',
		section: 'background',
		term: 'bonded warehouse',
		meaning: 'a store where goods wait until duty is paid',
		background: true
	}
];
