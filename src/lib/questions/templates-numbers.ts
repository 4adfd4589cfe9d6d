// Number and comparison facts: the figure (key detail) and what it describes, shows or cannot show (numbers and data).
import { endSentence, truefalseDraft, type ChoiceDraft } from './arrange.ts';
import type { ComparisonFact, Fact, NumberFact } from './facts-types.ts';
import { pickDistractors } from './knowledge.ts';
import {
	isPercent,
	figureBounds,
	figureOption,
	formatFigure,
	formatRange,
	isQuantityMeasure,
	numberStem,
	QUALIFIER_WORDS,
	statedFigure,
	wrongFigures,
	wrongRanges
} from './numbers.ts';
import { normalise } from './text.ts';
import { capitalise } from '../format.ts';
import type { Item } from './types.ts';
import type { Generator } from './generator.ts';
import { OPTIONS, optionList, lowerFirst, fitWindow, distinct } from './generate-helpers.ts';

// ------------------------------------------------------------------ numbers

export function numberItems(gen: Generator, f: NumberFact): void {
	const group = `${f.id}:key-detail`;
	const stem = numberStem(f);
	const bounds = figureBounds(f);
	const same = gen.facts
		.filter(
			(g): g is NumberFact =>
				g.type === 'number' &&
				g.id !== f.id &&
				normalise(g.unit) === normalise(f.unit) &&
				g.to === undefined
		)
		.map((g) => g.value);
	const said = statedFigure(f);
	const choice: ChoiceDraft = {
		kind: 'choice',
		base: gen.base([f], 'figure', 'key-detail', stem, f.statement),
		type: 'single',
		size: f.to === undefined ? OPTIONS : 3,
		build: (rank) => {
			if (f.to !== undefined) {
				// Three options: ranges that clear the key's whole span soon leave a factor of four.
				if (rank > 2) return null;
				const ranges = wrongRanges(f.value, f.to, rank, 2 - rank, bounds);
				if (!ranges) return null;
				const all: [number, number][] = [
					...ranges.slice(0, rank),
					[f.value, f.to],
					...ranges.slice(rank)
				];
				const options = optionList(all.map(([a, b]) => figureOption(a, f.unit, b)));
				return { options, answer: options[rank].id };
			}
			const values = wrongFigures(
				f.value,
				rank,
				OPTIONS - 1 - rank,
				bounds,
				same,
				f.qualifier === 'about'
			);
			if (!values) return null;
			const all = [...values.slice(0, rank), f.value, ...values.slice(rank)];
			const options = optionList(all.map((v) => figureOption(v, f.unit)));
			return { options, answer: options[rank].id };
		}
	};
	// Typing is fair for a whole figure a reader can hold in mind; a range or a figure in millions is chosen.
	const typable = f.to === undefined && Number.isInteger(f.value) && f.value < 1e6;
	const prefix = QUALIFIER_WORDS[f.qualifier];
	const entry: Item | null = typable
		? {
				...gen.base(
					[f],
					'numeric',
					'key-detail',
					stem,
					`${f.statement}${prefix ? ` The article says “${said}”, so the figure to type is ${figureOption(f.value, '')}.` : ''}`
				),
				type: 'numeric',
				answer: f.value,
				min: f.value,
				max: f.value,
				unit: f.unit,
				...(prefix ? { prefix } : {})
			}
		: null;
	const entryFirst = entry !== null && gen.coin(f.id);
	gen.add(choice, group, entryFirst ? 1 : 0);
	if (entry) gen.add({ kind: 'ready', item: entry }, group, entryFirst ? 0 : 1);
}

/** What the article's figure describes, as an option reads: "The number of nations that…", "The age of…". */
export function describeFigure(gen: Generator, f: NumberFact): string {
	const m = endSentence(f.measure);
	return capitalise(isQuantityMeasure(m) ? m : `the number of ${m}`);
}

export function numberDataItems(gen: Generator, f: NumberFact): void {
	// A background figure is not the article's: it has no "what does the article's figure describe".
	if (f.background && !f.shows?.length && !f.cannotShow?.length) return;
	const group = `${f.id}:numbers-data`;
	const said = statedFigure(f);
	// The figure without its unit (the unit would point at the key among the descriptions), but with "%" so
	// "under 2" is not ambiguous; and unquoted, since the article's own wording may differ ("less than").
	const figure =
		`${QUALIFIER_WORDS[f.qualifier]} ${f.to === undefined ? formatFigure(f.value) : formatRange(f.value, f.to)}${isPercent(f.unit) ? '%' : ''}`.trim();
	const shows = distinct(f.shows ?? []);
	const cannot = distinct(f.cannotShow ?? [], shows);
	let rank = 0;
	const rng = gen.rng(`${f.id}.limits`);
	const measure = endSentence(f.measure);
	const intro = isQuantityMeasure(measure)
		? `The article gives ${said} as ${measure}.`
		: `The article's figure of ${said} counts ${measure}.`;
	if (cannot.length >= 1 && shows.length >= 2) {
		const key = capitalise(endSentence(rng.pick(cannot) ?? cannot[0]));
		const stem = `${intro} Which of these does that figure NOT tell us?`;
		const why = `${f.statement} The figure shows ${shows.map(endSentence).join('; ')}, but not ${endSentence(key).toLowerCase()}.`;
		if (
			gen.add(
				gen.choice(
					gen.base([f], 'limits', 'numbers-data', stem, why),
					'single',
					key,
					shows.map((s) => capitalise(endSentence(s)))
				),
				group,
				rank
			)
		)
			rank += 1;
	}
	if (shows.length >= 1 && cannot.length >= 2) {
		const key = capitalise(endSentence(rng.pick(shows) ?? shows[0]));
		const stem = `${intro} Which of these does that figure show?`;
		const why = `${f.statement} It shows ${endSentence(key).toLowerCase()}; it cannot show ${cannot.map(endSentence).join(' or ')}.`;
		if (
			gen.add(
				gen.choice(
					gen.base([f], 'shows', 'numbers-data', stem, why),
					'single',
					key,
					cannot.map((s) => capitalise(endSentence(s)))
				),
				group,
				rank
			)
		)
			rank += 1;
	}
	// One limit, when the author says what the figure does and does not show: a true/false either way.
	if (shows.length >= 1 && cannot.length >= 1) {
		const tells = (c: string) => `${intro} It tells us ${lowerFirst(endSentence(c))}`;
		const why = `${f.statement} It shows ${shows.map(endSentence).join('; ')}; it cannot show ${cannot.map(endSentence).join(' or ')}.`;
		if (
			gen.add(
				truefalseDraft(
					gen.meta([f], 'limits-tf', 'numbers-data'),
					tells(shows[0]),
					tells(cannot[0]),
					why
				),
				group,
				rank
			)
		)
			rank += 1;
	}
	// What the figure describes: the module's other figures are a reader's real confusions. None may fit the
	// key's own figure: "over 30" would also describe 35 drivers.
	const [lo, hi] = fitWindow(f);
	const others = gen.facts.filter(
		(g): g is NumberFact =>
			g.type === 'number' &&
			g.id !== f.id &&
			!(g.value >= lo && g.value <= hi) &&
			!(g.to !== undefined && g.to >= lo && g.value <= hi) &&
			normalise(g.measure) !== normalise(f.measure)
	);
	if (f.background) return;
	const key = describeFigure(gen, f);
	const distractors = pickDistractors(
		key,
		{
			module: distinct(
				others.map((g) => describeFigure(gen, g)),
				[key]
			),
			author: [],
			pool: []
		},
		OPTIONS - 1,
		gen.rng(`${f.id}.measure`)
	);
	const stem = `What does the figure of ${figure} in the article describe?`;
	if (
		!gen.add(
			gen.choice(
				gen.base([f], 'measure', 'numbers-data', stem, f.statement),
				'single',
				key,
				distractors
			),
			group,
			rank
		) &&
		rank === 0
	) {
		gen.note(
			f.id,
			'no numbers-data item: give `shows` and `cannotShow`, or the module needs three figures or more'
		);
	}
}

export function comparisonItems(gen: Generator, f: ComparisonFact): void {
	const group = `${f.id}:numbers-data`;
	const figures = f.figures
		.map((id) => gen.byId.get(id))
		.filter((g): g is NumberFact => g?.type === 'number');
	const facts: Fact[] = [f, ...figures];
	const named = figures.map((g) => `“${statedFigure(g)}”`).join(' and ');
	const key = capitalise(endSentence(f.finding));
	const wrong = distinct(f.notShown, [key]).map((s) => capitalise(endSentence(s)));
	const stem = `Which conclusion do the article's figures ${named} support?`;
	const why = `${f.statement} They do not show that ${wrong.map((w) => endSentence(w).toLowerCase()).join(', or that ')}.`;
	if (
		gen.add(
			gen.choice(gen.base(facts, 'conclusion', 'numbers-data', stem, why), 'single', key, wrong),
			group
		)
	)
		return;
	if (wrong.length === 0) return;
	const claim = (c: string) =>
		`The article's figures ${named} show that ${endSentence(c).charAt(0).toLowerCase()}${endSentence(c).slice(1)}`;
	gen.add(
		truefalseDraft(
			gen.meta(facts, 'conclusion-tf', 'numbers-data'),
			claim(f.finding),
			claim(wrong[0]),
			f.statement
		),
		group,
		1
	);
}
