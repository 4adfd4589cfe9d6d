import type { EntityCategory, Fact, NumberQualifier } from '../questions/facts-types.ts';
import { createRandom } from '../questions/random.ts';

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
		id: 'board-position',
		type: 'position',
		statement: 'The Harbour Board holds that every container should be scanned on arrival.',
		source: src(6),
		section: 'voices',
		holder: 'the Harbour Board',
		holderCategory: 'organisation',
		position: 'every container should be scanned on arrival'
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
	},
	{
		id: 'bill-of-lading',
		type: 'definition',
		statement: 'A bill of lading is the receipt a carrier issues for the cargo it takes on board.',
		section: 'background',
		term: 'bill of lading',
		meaning: 'the receipt a carrier issues for cargo it has taken on board',
		background: true
	}
];

/** Fact types, for building random fact sets. */
export const FACT_TYPES: Fact['type'][] = [
	'number',
	'event',
	'entity',
	'quote',
	'position',
	'set',
	'cause',
	'definition'
];

/** The random choices behind one synthetic fact. */
export interface FactSpec {
	/** Fact type. */
	type: Fact['type'];
	/** Number value. */
	value: number;
	/** Number qualifier. */
	qualifier: NumberQualifier;
	/** Entity, speaker, holder or member category. */
	category: EntityCategory;
	/** Event year. */
	year: number;
	/** Event month. */
	month: number;
	/** Event granularity. */
	granularity: 'year' | 'month' | 'relative';
	/** Event order. */
	sequence: number;
	/** Set size. */
	members: number;
	/** Whether a set is complete. */
	complete: boolean;
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ru', 'te', 'va', 'zi', 'no', 'pe', 'su'];
/** A made-up word, unique per number, so synthetic facts never share content words by accident. */
const word = (n: number): string =>
	'q' +
	String(n)
		.split('')
		.map((d) => SYLLABLES[Number(d)])
		.join('') +
	'x';
const Name = (n: number): string => word(n).charAt(0).toUpperCase() + word(n).slice(1);

/** A valid fact set from specs; every fact uses its own invented words and names. */
export function syntheticFacts(specs: FactSpec[]): Fact[] {
	return specs.map((s, i): Fact => {
		const w = (k: number) => word(i * 10 + k);
		const N = (k: number) => Name(i * 10 + k);
		const base = { id: `f${i}`, statement: `Fact ${w(9)} ${w(8)} holds.`, section: `s${i % 3}` };
		const source = { article: 'a', paragraph: 1 + (i % 6) };
		switch (s.type) {
			case 'number':
				return {
					...base,
					source,
					type: 'number',
					value: s.value,
					unit: w(1),
					qualifier: s.qualifier,
					measure: `${w(1)} in the ${w(2)} ${w(3)}`
				};
			case 'event': {
				const month = `${s.year}-${String(s.month).padStart(2, '0')}`;
				const when =
					s.granularity === 'year'
						? String(s.year)
						: s.granularity === 'month'
							? month
							: 'long ago';
				return {
					...base,
					source,
					type: 'event',
					event: `the ${w(1)} ${w(2)}`,
					when,
					granularity: s.granularity,
					sequence: s.sequence
				};
			}
			case 'entity':
				return {
					...base,
					source,
					type: 'entity',
					entity: N(1),
					category: s.category,
					relation: `${w(2)} ${w(3)}`,
					role: `the ${w(2)} of the ${w(3)}`
				};
			case 'quote':
				return {
					...base,
					source,
					type: 'quote',
					speaker: N(1),
					speakerCategory: s.category,
					words: `Every ${w(2)} needs ${w(3)} and ${w(4)}`,
					argues: `${w(5)} matter`
				};
			case 'position':
				return {
					...base,
					source,
					type: 'position',
					holder: N(1),
					holderCategory: s.category,
					position: `${w(2)} should ${w(3)} the ${w(4)}`
				};
			case 'set':
				return {
					...base,
					source,
					type: 'set',
					name: `${w(1)} of the ${w(2)}`,
					category: s.category,
					members: Array.from({ length: s.members }, (_, k) => N(3 + k)),
					complete: s.complete
				};
			case 'cause':
				return {
					...base,
					source,
					type: 'cause',
					cause: `${w(1)} ${w(2)} the ${w(3)}`,
					effect: `${w(4)} ${w(5)} the ${w(6)}`
				};
			case 'definition':
				return {
					...base,
					type: 'definition',
					term: w(1),
					meaning: `a ${w(2)} that ${w(3)} a ${w(4)}`,
					background: true
				};
			case 'comparison':
				throw new RangeError('synthetic facts hold no comparisons: they need number facts to name');
		}
	});
}

/** `count` synthetic facts from a seed, for benchmarks. */
export function randomFacts(count: number, seed: string): Fact[] {
	const r = createRandom(seed);
	const pick = <T>(list: readonly T[]): T => list[r.int(list.length)];
	return syntheticFacts(
		Array.from({ length: count }, () => ({
			type: pick(FACT_TYPES),
			value: 1 + r.int(200000),
			qualifier: pick(['exact', 'over', 'at-least', 'about', 'under', 'up-to'] as const),
			category: pick([
				'country',
				'organisation',
				'agency',
				'company',
				'person',
				'party',
				'city',
				'region'
			] as const),
			year: 1990 + r.int(40),
			month: 1 + r.int(12),
			granularity: pick(['year', 'month', 'relative'] as const),
			sequence: 1 + r.int(9),
			members: 2 + r.int(4),
			complete: r.next() < 0.5
		}))
	);
}
