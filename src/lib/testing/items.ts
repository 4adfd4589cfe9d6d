import type {
	BlankItem,
	Item,
	MatchingItem,
	MultipleItem,
	NumericItem,
	OrderingItem,
	SingleItem,
	TrueFalseItem,
	WhoSaidItem
} from '../questions/types.ts';

// Items of every type for the quiz and progress specs; not imported by the site.

const base = {
	origin: 'hand' as const,
	skill: 'key-detail' as const,
	facts: ['f'],
	explanation: 'Because.'
};

export const single: SingleItem = {
	...base,
	id: 'host-city.single',
	type: 'single',
	section: 'the-summit',
	stem: 'Where was the summit held?',
	options: [
		{ id: 'london', text: 'London' },
		{ id: 'paris', text: 'Paris', feedback: 'Paris sent a delegation.' },
		{ id: 'rome', text: 'Rome' },
		{ id: 'berlin', text: 'Berlin' }
	],
	answer: 'london'
};

export const multiple: MultipleItem = {
	...base,
	id: 'attendees.multiple',
	type: 'multiple',
	section: 'who-is-involved',
	stem: 'Which countries attended?',
	options: [
		{ id: 'france', text: 'France' },
		{ id: 'germany', text: 'Germany' },
		{ id: 'china', text: 'China' },
		{ id: 'peru', text: 'Peru' },
		{ id: 'chad', text: 'Chad' }
	],
	answer: ['france', 'germany', 'china']
};

export const truefalse: TrueFalseItem = {
	...base,
	id: 'over-40.truefalse',
	type: 'truefalse',
	section: 'the-problem-in-numbers',
	stem: 'Over 40 nations attended?',
	options: [
		{ id: 'true', text: 'True' },
		{ id: 'false', text: 'False' }
	],
	answer: 'true'
};

export const whosaid: WhoSaidItem = {
	...base,
	id: 'host.whosaid',
	type: 'whosaid',
	section: 'the-summit',
	stem: 'Who hosted the summit?',
	options: [
		{ id: 'starmer', text: 'Keir Starmer' },
		{ id: 'macron', text: 'Emmanuel Macron' },
		{ id: 'meloni', text: 'Giorgia Meloni' }
	],
	answer: 'starmer'
};

export const numeric: NumericItem = {
	...base,
	id: 'crossings.numeric',
	type: 'numeric',
	section: 'the-problem-in-numbers',
	stem: 'How many people crossed?',
	answer: 6600,
	min: 6500,
	max: 6700,
	unit: 'people'
};

export const blank: BlankItem = {
	...base,
	id: 'minister.blank',
	type: 'blank',
	section: 'who-is-involved',
	stem: 'The summit was opened by the ___.',
	accept: ['Prime Minister', 'PM', 'Président du Conseil']
};

export const ordering: OrderingItem = {
	...base,
	id: 'timeline.ordering',
	type: 'ordering',
	section: 'the-summit',
	stem: 'Put these in order?',
	items: [
		{ id: 'a', text: 'First' },
		{ id: 'b', text: 'Second' },
		{ id: 'c', text: 'Third' },
		{ id: 'd', text: 'Fourth' }
	]
};

export const matching: MatchingItem = {
	...base,
	id: 'roles.matching',
	type: 'matching',
	section: 'who-is-involved',
	stem: 'Match each person to their role?',
	pairs: [
		{ id: 'starmer', left: 'Keir Starmer', right: 'Prime Minister' },
		{ id: 'cooper', left: 'Yvette Cooper', right: 'Home Secretary' },
		{ id: 'lammy', left: 'David Lammy', right: 'Foreign Secretary' },
		{ id: 'other', left: 'Someone else', right: 'Prime Minister' }
	],
	distractors: ['Chancellor']
};

/** One item of every type. */
export const everyType: Item[] = [
	single,
	multiple,
	truefalse,
	whosaid,
	numeric,
	blank,
	ordering,
	matching
];

/** A bank of `n` single-choice items with ids q00, q01, …, spread over three sections. */
export function singleBank(n: number): SingleItem[] {
	return Array.from({ length: n }, (_, i) => ({
		...single,
		id: `q${String(i).padStart(2, '0')}`,
		section: `section-${i % 3}`
	}));
}
