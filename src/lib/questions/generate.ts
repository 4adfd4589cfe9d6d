import nlp from 'compromise';
import {
	arrange,
	byHash,
	endSentence,
	rebalance,
	truefalseDraft,
	type Base,
	type ChoiceDraft,
	type Draft
} from './arrange.ts';
import { checkBank, checkItem, keyIsLongest, KEY_LENGTH_RATIO, type Violation } from './checks.ts';
import { definitionKind, eventTime, isReporter } from './fact-text.ts';
import type {
	CauseFact,
	ComparisonFact,
	DefinitionFact,
	EntityFact,
	EventFact,
	Fact,
	FactsFile,
	NumberFact,
	PositionFact,
	QuoteFact,
	SetFact
} from './facts-types.ts';
import { Knowledge, nameKey, pickDistractors, sameTier, type Candidates } from './knowledge.ts';
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
import { createRandom, hashString, type Random } from './random.ts';
import { capitalise, emphasiseNegatives, normalise, slugId, STOPWORDS } from './text.ts';
import type { Item, MatchingItem, Option, OrderingItem, Skill } from './types.ts';

/** A lesson section as main-idea items see it. */
export interface SectionGist {
	/** Section slug. */
	slug: string;
	/** Its title. */
	title: string;
	/** One sentence: what the section is mainly about. */
	gist?: string;
}

/** How to generate. */
export interface GenerateOptions {
	/** Seed for every random choice; the same facts and seed give the same bank. */
	seed: string;
	/** The source article's text: a pool distractor it mentions is never used as "not named in the article". */
	corpus?: string;
	/** The facts file's fields and alternatives (which shared pools, which wrong answers the author vouches for). */
	file?: Pick<FactsFile, 'fields' | 'alternatives'>;
	/** The module's sections, for main-idea items from their gists. */
	sections?: SectionGist[];
	/** Items that will join the bank (hand-written ones): counted in bank-wide rules, never dropped. */
	alongside?: Item[];
	/** Told about each template output left out and why, for author tools. */
	onDrop?: (item: Item, reasons: Violation[]) => void;
	/** Told why a fact gets no item of a kind (no choice item: too few wrong answers of its kind...), for `doctor`. */
	onNote?: (factId: string, note: string) => void;
}

/** Options per single-choice item. */
const OPTIONS = 4;
/** Options per multiple-select item. */
const MULTIPLE_OPTIONS = 5;

/** Options with ids unique within the item: two texts that share their first 40 characters get -2, -3… */
function optionList(texts: string[]): Option[] {
	const seen = new Set<string>();
	return texts.map((text) => {
		let id = slugId(text);
		for (let n = 2; seen.has(id); n++) id = `${slugId(text).slice(0, 36)}-${n}`;
		seen.add(id);
		return { id, text };
	});
}

/** "the countries..." from a set name with or without its article. */
const withThe = (phrase: string): string => (/^the\s/i.test(phrase) ? phrase : `the ${phrase}`);

/** Ways of asking a name-to-role matching, so no two matchings share a stem. */
const MATCHING_STEMS = [
	'Which role does the article give each of these?',
	'How does the article describe each of these?',
	'What part does the article give each of these in the story?',
	'Which description from the article fits each of these?'
];

/** Words too empty to be the gap of a quotation blank. */
const WEAK_WORDS = new Set(
	'going being having doing getting making really still think thing things always never every other these those where which while would could should might shall there their about after before again quite rather maybe perhaps ourselves themselves something anything nothing everything someone everyone anyone'.split(
		' '
	)
);

/** Kinds that name one person rather than a group: a person's views are only set against people's. */
const PERSON_KINDS =
	/^(person|people|politician|minister|official|scientist|astronomer|researcher|doctor|nurse|expert|economist|analyst|athlete|runner|player|coach|spokesperson|spokesman|spokeswoman|professor|teacher|student|parent|resident|farmer|worker|campaigner|activist|author|writer|artist|director|curator|chief executive|ceo|leader|mayor|president|founder|chair|manager|engineer|judge|lawyer|witness|patient)$/;

/** Whether a voice's kind names a person or a group. */
function voiceFamily(kind: string): 'person' | 'group' {
	return PERSON_KINDS.test(kind.trim().toLowerCase()) ? 'person' : 'group';
}

/** Ways of asking which statement is the reporter's own. */
const REPORTER_STEMS = [
	'Which of these does the article say in its own words, rather than report as one side’s view?',
	'Which of these is the reporter’s own description, not a view the article attributes to someone?',
	'Which of these statements does the article make itself, rather than quote or report from a side?'
];

/** First letter in lower case, unless the word is a name or an acronym ("NASA", "Starmer"). */
function lowerFirst(text: string): string {
	return /^[A-Z][a-z]/.test(text) &&
		!/^[A-Z][a-z]+\s+[A-Z]/.test(text) &&
		/^(The|A|An|Its|Their|His|Her|Our|This|That|These|Those|Some|Several|Many|Most|More|Fewer|Few|Both|Each|Every|All|No|People|Prices|Talks|Only|Over|Under|About|At|In|On|By|Since|After|Before|When|While)\b/.test(text)
		? text.charAt(0).toLowerCase() + text.slice(1)
		: text;
}

/** Values a figure as stated could stand for: "over 30" is 30 to 45, "about 9" is 7 to 11, a range itself. */
function fitWindow(f: NumberFact): [number, number] {
	const top = f.to ?? f.value;
	switch (f.qualifier) {
		case 'over':
		case 'at-least':
			return [f.value, top * 1.5];
		case 'under':
		case 'up-to':
			return [f.value * 0.5, top];
		case 'about':
			return [f.value * 0.8, top * 1.2];
		default:
			return [f.value, top];
	}
}

/** Clause lists, once each, in first-seen order. */
function distinct(list: string[], except: string[] = []): string[] {
	const seen = new Set(except.map(normalise));
	return list.filter((t) => t.trim() !== '' && !seen.has(normalise(t)) && seen.add(normalise(t)));
}

/** Which item of a fact and skill to prefer: lower rank first; the first that passes every check is kept. */
interface Preference {
	group: string;
	rank: number;
}

/** Start and end (inclusive, ISO days) of an event's time; null for a relative one. */
function interval(f: EventFact): [string, string] | null {
	if (f.granularity === 'relative') return null;
	const end = (when: string) => {
		if (/^\d{4}$/.test(when)) return `${when}-12-31`;
		if (/^\d{4}-\d{2}$/.test(when)) {
			const [y, m] = when.split('-').map(Number);
			return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
		}
		return when;
	};
	const start = (when: string) =>
		/^\d{4}$/.test(when) ? `${when}-01-01` : /^\d{4}-\d{2}$/.test(when) ? `${when}-01` : when;
	return [start(f.when), end(f.until ?? f.when)];
}

/** Shift a `when` by `steps` units of its granularity. */
function shiftWhen(when: string, granularity: EventFact['granularity'], steps: number): string {
	const [y, m = 1, d = 1] = when.split('-').map(Number);
	const date = new Date(Date.UTC(y, m - 1, d));
	if (granularity === 'year') date.setUTCFullYear(y + steps);
	if (granularity === 'month') date.setUTCMonth(m - 1 + steps);
	if (granularity === 'day') date.setUTCDate(d + steps);
	const iso = date.toISOString().slice(0, 10);
	return granularity === 'year' ? iso.slice(0, 4) : granularity === 'month' ? iso.slice(0, 7) : iso;
}

/** A count of candidates by source, for notes: "module 1, author 0, pool 0 (no pool for kind `telescope`)". */
function describeCandidates(c: Candidates, kind: string, fields: readonly string[]): string {
	const pool =
		fields.length === 0
			? 'no shared pool (facts.yaml names no `field`)'
			: `shared pool ${c.pool.length}`;
	return `wrong answers of kind \`${kind}\`: module ${c.module.length}, author ${c.author.length}, ${pool}`;
}

class Generator {
	private readonly know: Knowledge;
	readonly drafts: Draft[] = [];
	/** Draft id to its preference group and rank. */
	readonly preference = new Map<string, Preference>();
	/** Facts the main-idea items may not claim. */
	private readonly byId: Map<string, Fact>;

	constructor(
		private readonly facts: Fact[],
		private readonly seed: string,
		corpus: string,
		private readonly file: Pick<FactsFile, 'fields' | 'alternatives'>,
		private readonly sections: SectionGist[],
		private readonly note: (factId: string, note: string) => void
	) {
		this.know = new Knowledge(facts, corpus, file);
		this.byId = new Map(facts.map((f) => [f.id, f]));
	}

	private rng(id: string): Random {
		return createRandom(`${this.seed}:${id}`);
	}

	private meta(facts: Fact[], template: string, skill: Skill): Omit<Base, 'stem' | 'explanation'> {
		const first = facts[0];
		return {
			id: `${facts.map((f) => f.id).join('+')}.${template}`,
			origin: 'generated',
			template,
			skill,
			facts: facts.map((f) => f.id),
			section: first.section,
			...(first.anchor ? { anchor: first.anchor } : {})
		};
	}

	private base(
		facts: Fact[],
		template: string,
		skill: Skill,
		stem: string,
		explanation: string
	): Base {
		return { ...this.meta(facts, template, skill), stem: emphasiseNegatives(stem), explanation };
	}

	/** Record a draft with its preference: `rank` 0 is the item wanted, higher ranks stand in when it fails. */
	private add(draft: Draft | null, group: string, rank = 0): boolean {
		if (!draft) return false;
		const id = draft.kind === 'ready' ? draft.item.id : draft.base.id;
		this.drafts.push(draft);
		this.preference.set(id, { group, rank });
		return true;
	}

	private choice(
		base: Base,
		type: 'single' | 'whosaid',
		key: string,
		distractors: string[]
	): ChoiceDraft | null {
		if (distractors.length < 2) return null;
		let chosen = distractors.slice(0, OPTIONS - 1);
		const mean = (list: string[]) => list.reduce((s, t) => s + t.length, 0) / list.length;
		if (chosen.length > 2 && key.length > KEY_LENGTH_RATIO * mean(chosen)) {
			// A long key among few candidates: three options without the shortest distractor may keep its length unremarkable.
			const shortest = chosen.reduce((at, t, i) => (t.length < chosen[at].length ? i : at), 0);
			const fewer = chosen.filter((_, i) => i !== shortest);
			if (key.length <= KEY_LENGTH_RATIO * mean(fewer)) chosen = fewer;
		}
		const rng = createRandom(`${base.id}:order`);
		return {
			kind: 'choice',
			base,
			type,
			size: chosen.length + 1,
			build(position) {
				const texts = rng.shuffle(chosen);
				texts.splice(position, 0, key);
				const options = optionList(texts);
				return { options, answer: options[position].id };
			}
		};
	}

	/** A seeded one-in-three draw: spreads typed answers across the bank. */
	private third(id: string): boolean {
		return hashString(`${this.seed}:${id}:typed`) % 3 === 0;
	}

	/** Rank of the first of two forms, by a seeded coin: spreads item types across the bank. */
	private coin(id: string): boolean {
		return hashString(`${this.seed}:${id}:form`) % 2 === 0;
	}

	run(): void {
		for (const fact of this.facts) {
			switch (fact.type) {
				case 'number':
					this.number(fact);
					this.numberData(fact);
					break;
				case 'event':
					this.event(fact);
					break;
				case 'entity':
					this.entity(fact);
					break;
				case 'quote':
					this.quote(fact);
					break;
				case 'position':
					this.position(fact);
					break;
				case 'set':
					this.set(fact);
					break;
				case 'definition':
					this.definition(fact);
					break;
				case 'comparison':
					this.comparison(fact);
					break;
				case 'cause':
					// Taken together in `causes`, which knows every cause.
					break;
			}
		}
		this.sequences();
		this.matchings();
		this.causes();
		this.mainIdeas();
	}

	// ------------------------------------------------------------------ numbers

	private number(f: NumberFact): void {
		const group = `${f.id}:key-detail`;
		const stem = numberStem(f);
		const bounds = figureBounds(f);
		const same = this.facts
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
			base: this.base([f], 'figure', 'key-detail', stem, f.statement),
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
					...this.base(
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
		const entryFirst = entry !== null && this.coin(f.id);
		this.add(choice, group, entryFirst ? 1 : 0);
		if (entry) this.add({ kind: 'ready', item: entry }, group, entryFirst ? 0 : 1);
	}

	/** What the article's figure describes, as an option reads: "The number of nations that…", "The age of…". */
	private describe(f: NumberFact): string {
		const m = endSentence(f.measure);
		return capitalise(isQuantityMeasure(m) ? m : `the number of ${m}`);
	}

	private numberData(f: NumberFact): void {
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
		const rng = this.rng(`${f.id}.limits`);
		const measure = endSentence(f.measure);
		const intro = isQuantityMeasure(measure)
			? `The article gives ${said} as ${measure}.`
			: `The article's figure of ${said} counts ${measure}.`;
		if (cannot.length >= 1 && shows.length >= 2) {
			const key = capitalise(endSentence(rng.pick(cannot) ?? cannot[0]));
			const stem = `${intro} Which of these does that figure NOT tell us?`;
			const why = `${f.statement} The figure shows ${shows.map(endSentence).join('; ')}, but not ${endSentence(key).toLowerCase()}.`;
			if (
				this.add(
					this.choice(
						this.base([f], 'limits', 'numbers-data', stem, why),
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
				this.add(
					this.choice(
						this.base([f], 'shows', 'numbers-data', stem, why),
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
				this.add(
					truefalseDraft(
						this.meta([f], 'limits-tf', 'numbers-data'),
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
		const others = this.facts.filter(
			(g): g is NumberFact =>
				g.type === 'number' &&
				g.id !== f.id &&
				!(g.value >= lo && g.value <= hi) &&
				!(g.to !== undefined && g.to >= lo && g.value <= hi) &&
				normalise(g.measure) !== normalise(f.measure)
		);
		if (f.background) return;
		const key = this.describe(f);
		const distractors = pickDistractors(
			key,
			{
				module: distinct(
					others.map((g) => this.describe(g)),
					[key]
				),
				author: [],
				pool: []
			},
			OPTIONS - 1,
			this.rng(`${f.id}.measure`)
		);
		const stem = `What does the figure of ${figure} in the article describe?`;
		if (
			!this.add(
				this.choice(
					this.base([f], 'measure', 'numbers-data', stem, f.statement),
					'single',
					key,
					distractors
				),
				group,
				rank
			) &&
			rank === 0
		) {
			this.note(
				f.id,
				'no numbers-data item: give `shows` and `cannotShow`, or the module needs three figures or more'
			);
		}
	}

	private comparison(f: ComparisonFact): void {
		const group = `${f.id}:numbers-data`;
		const figures = f.figures
			.map((id) => this.byId.get(id))
			.filter((g): g is NumberFact => g?.type === 'number');
		const facts: Fact[] = [f, ...figures];
		const named = figures.map((g) => `“${statedFigure(g)}”`).join(' and ');
		const key = capitalise(endSentence(f.finding));
		const wrong = distinct(f.notShown, [key]).map((s) => capitalise(endSentence(s)));
		const stem = `Which conclusion do the article's figures ${named} support?`;
		const why = `${f.statement} They do not show that ${wrong.map((w) => endSentence(w).toLowerCase()).join(', or that ')}.`;
		if (
			this.add(
				this.choice(
					this.base(facts, 'conclusion', 'numbers-data', stem, why),
					'single',
					key,
					wrong
				),
				group
			)
		)
			return;
		if (wrong.length === 0) return;
		const claim = (c: string) =>
			`The article's figures ${named} show that ${endSentence(c).charAt(0).toLowerCase()}${endSentence(c).slice(1)}`;
		this.add(
			truefalseDraft(
				this.meta(facts, 'conclusion-tf', 'numbers-data'),
				claim(f.finding),
				claim(wrong[0]),
				f.statement
			),
			group,
			1
		);
	}

	// ------------------------------------------------------------------ events

	private event(f: EventFact): void {
		if (f.granularity === 'relative') return;
		const group = `${f.id}:key-detail`;
		// Tense-neutral: the article may date a planned event as well as a past one.
		const yearOnly = f.granularity === 'year' && !f.until;
		const stem = yearOnly
			? f.background
				? `In what year is ${f.event} placed?`
				: `In what year does the article place ${f.event}?`
			: f.background
				? `What date is given for ${f.event}?`
				: `What date does the article give for ${f.event}?`;
		const span = (steps: number) => ({
			when: shiftWhen(f.when, f.granularity, steps),
			until: f.until ? shiftWhen(f.until, f.granularity, steps) : undefined
		});
		// Wrong dates shift by the span's own length, so no option overlaps the key, and stay between the
		// events the article puts before and after this one: a date a reader can rule out by order tests nothing.
		const width = f.until ? Math.max(1, this.unitsBetween(f)) + 1 : 1;
		const [after, before] = this.orderWindow(f);
		const fits = (steps: number) => {
			const iv = interval({ ...f, ...span(steps) } as EventFact);
			return (
				iv !== null &&
				(after === undefined || iv[0] > after) &&
				(before === undefined || iv[1] < before)
			);
		};
		const choice: ChoiceDraft = {
			kind: 'choice',
			base: this.base([f], 'when', 'key-detail', stem, f.statement),
			type: 'single',
			size: OPTIONS,
			build: (rank) => {
				const down = [1, 2, 3, 4, 5, 6]
					.map((k) => -k * width)
					.filter(fits)
					.slice(0, rank)
					.reverse();
				const up = [1, 2, 3, 4, 5, 6]
					.map((k) => k * width)
					.filter(fits)
					.slice(0, OPTIONS - 1 - rank);
				if (down.length !== rank || up.length !== OPTIONS - 1 - rank) return null;
				const options = optionList([...down, 0, ...up].map((k) => capitalise(eventTime(span(k)))));
				return { options, answer: options[rank].id };
			}
		};
		const year = Number(f.when.slice(0, 4));
		const entry: Item | null =
			f.granularity === 'year' && !f.until
				? {
						...this.base(
							[f],
							'year',
							'key-detail',
							f.background
								? `In what year is ${f.event} placed?`
								: `In what year does the article place ${f.event}?`,
							f.statement
						),
						type: 'numeric',
						answer: year,
						min: year,
						max: year,
						unit: 'year'
					}
				: null;
		const entryFirst = entry !== null && this.coin(f.id);
		this.add(choice, group, entryFirst ? 1 : 0);
		if (entry) this.add({ kind: 'ready', item: entry }, group, entryFirst ? 0 : 1);
	}

	/**
	 * The dates a wrong answer for `f` must stay between (ISO days, exclusive): the end of the latest dated event
	 * the facts put before it, the start of the earliest dated event they put after it (by `after` links).
	 */
	private orderWindow(f: EventFact): [string | undefined, string | undefined] {
		let after: string | undefined;
		let before: string | undefined;
		for (const g of this.facts) {
			if (g.type !== 'event' || g.id === f.id) continue;
			const iv = interval(g);
			if (!iv) continue;
			if ((f.after ?? []).includes(g.id) && (after === undefined || iv[1] > after)) after = iv[1];
			if ((g.after ?? []).includes(f.id) && (before === undefined || iv[0] < before))
				before = iv[0];
		}
		return [after, before];
	}

	/** How many units of its granularity an event's span covers (0 for a single date). */
	private unitsBetween(f: EventFact): number {
		if (!f.until) return 0;
		const [a, b] = [f.when, f.until].map((w) => w.split('-').map(Number));
		if (f.granularity === 'year') return b[0] - a[0];
		if (f.granularity === 'month') return (b[0] - a[0]) * 12 + (b[1] - a[1]);
		return Math.round(
			(Date.UTC(b[0], b[1] - 1, b[2]) - Date.UTC(a[0], a[1] - 1, a[2])) / 86_400_000
		);
	}

	/**
	 * Orders the text supports: two dated events whose times do not overlap, or an `after` link, and whatever
	 * follows from those. A chain of three or more becomes a timeline; a lone known pair a before/after statement.
	 * Events whose order the article does not give are never set in one.
	 */
	private sequences(): void {
		const events = this.facts.filter((f): f is EventFact => f.type === 'event');
		const n = events.length;
		if (n < 2) return;
		const index = new Map(events.map((e, i) => [e.id, i]));
		const before: boolean[][] = events.map(() => new Array<boolean>(n).fill(false));
		events.forEach((a, i) => {
			const ia = interval(a);
			events.forEach((b, j) => {
				const ib = interval(b);
				if (i !== j && ia && ib && ia[1] < ib[0]) before[i][j] = true;
			});
			for (const id of a.after ?? []) {
				const j = index.get(id);
				if (j !== undefined) before[j][i] = true;
			}
		});
		for (let k = 0; k < n; k++)
			for (let i = 0; i < n; i++)
				for (let j = 0; j < n; j++) if (before[i][k] && before[k][j]) before[i][j] = true;
		const used = new Set<number>();
		// Longest chains first, greedily: each a path through the known order.
		while (true) {
			const longest = new Array<number[]>(n);
			const order = [...Array(n).keys()]
				.filter((i) => !used.has(i))
				.sort(
					(a, b) =>
						events.filter((_, j) => before[j][a]).length -
							events.filter((_, j) => before[j][b]).length ||
						events[a].id.localeCompare(events[b].id)
				);
			let best: number[] = [];
			for (const i of order) {
				let path = [i];
				for (const j of order)
					if (j !== i && before[j][i] && longest[j] && longest[j].length + 1 > path.length)
						path = [...longest[j], i];
				longest[i] = path;
				if (path.length > best.length) best = path;
			}
			if (best.length < 3) break;
			const chain = best.slice(0, 5).map((i) => events[i]);
			for (const i of best.slice(0, 5)) used.add(i);
			const item: OrderingItem = {
				...this.base(
					chain,
					'ordering',
					'sequence',
					'In what order does the article place these events, earliest first?',
					chain.map((e) => e.statement).join(' ')
				),
				type: 'ordering',
				items: chain.map((e) => ({ id: e.id, text: capitalise(e.event) }))
			};
			this.add({ kind: 'ready', item }, `${chain.map((e) => e.id).join('+')}:sequence`);
		}
		// Events left over, each at most once, in a known pair.
		for (let i = 0; i < n; i++) {
			if (used.has(i)) continue;
			const j = [...Array(n).keys()].find(
				(k) => k !== i && !used.has(k) && (before[i][k] || before[k][i])
			);
			if (j === undefined) continue;
			const [a, b] = before[i][j] ? [events[i], events[j]] : [events[j], events[i]];
			used.add(i).add(j);
			const claim = (x: EventFact, y: EventFact) =>
				`According to the article, ${x.event} comes before ${y.event}`;
			this.add(
				truefalseDraft(
					this.meta([a, b], 'before-tf', 'sequence'),
					claim(a, b),
					claim(b, a),
					`${a.statement} ${b.statement}`
				),
				`${a.id}+${b.id}:sequence`
			);
		}
	}

	// ------------------------------------------------------------------ names

	private entity(f: EntityFact): void {
		// Names the article gives one role are asked together, once: two items with one stem would ask the same thing.
		const peers = this.facts.filter(
			(g): g is EntityFact => g.type === 'entity' && normalise(g.role) === normalise(f.role)
		);
		if (peers.length > 1) {
			if (peers[0] === f) this.sharedRole(peers);
			return;
		}
		const group = `${f.id}:key-detail`;
		const rng = this.rng(`${f.id}.named`);
		const c = this.know.candidates(
			f.category,
			[f.relation, f.role],
			[f.entity, ...(f.aliases ?? [])],
			f.alternatives ?? []
		);
		const distractors = pickDistractors(
			f.entity,
			c,
			OPTIONS - 1,
			rng,
			sameTier(f.category, f.entity)
		);
		const why = f.statement;
		const named = this.choice(
			this.base(
				[f],
				'named',
				'key-detail',
				`Which of these does the article name as ${f.role}?`,
				why
			),
			'single',
			f.entity,
			distractors
		);
		if (!named)
			this.note(
				f.id,
				`no choice item: ${describeCandidates(c, f.category, this.file.fields)}; add \`alternatives\``
			);
		// About one name in three is typed rather than chosen, where the blank has few right answers.
		const typed = this.third(f.id);
		// Other right answers: entities given the same role, members of a list whose members all hold the relation.
		const holders = this.facts.flatMap((g) =>
			g.type === 'entity' && normalise(g.role) === normalise(f.role) && g.id !== f.id
				? [g.entity, ...(g.aliases ?? [])]
				: g.type === 'set' && g.relation && normalise(g.relation) === normalise(f.relation)
					? g.members
					: []
		);
		const accept = [...new Set([f.entity, ...(f.aliases ?? []), ...holders])];
		const blankFirst = typed && holders.length === 0;
		this.add(named, group, blankFirst ? 1 : 0);
		this.add(
			{
				kind: 'ready',
				item: {
					...this.base([f], 'blank', 'key-detail', `The article names ___ as ${f.role}.`, why),
					type: 'blank',
					accept
				}
			},
			group,
			blankFirst ? 0 : 1
		);
	}

	/**
	 * Names sharing one role ("a country migrants set out from": Vietnam and Iraq): one select-all item with every
	 * one of them as a key, else a blank accepting any of them.
	 */
	private sharedRole(peers: EntityFact[]): void {
		const f = peers[0];
		const group = `${peers.map((p) => p.id).join('+')}:key-detail`;
		const names = peers.flatMap((p) => [p.entity, ...(p.aliases ?? [])]);
		const keys = peers.map((p) => p.entity).slice(0, 3);
		const c = this.know.candidates(
			f.category,
			peers.flatMap((p) => [p.relation, p.role]),
			names,
			peers.flatMap((p) => p.alternatives ?? [])
		);
		const rng = this.rng(`${group}.named`);
		const others = pickDistractors(
			keys[0],
			c,
			MULTIPLE_OPTIONS - keys.length,
			rng,
			sameTier(f.category, keys[0])
		);
		const why = peers.map((p) => p.statement).join(' ');
		if (others.length >= 2) {
			const options = optionList(rng.shuffle([...keys, ...others]));
			const item: Item = {
				...this.base(
					peers,
					'named',
					'key-detail',
					`Which of these options does the article name as ${f.role}?`,
					why
				),
				type: 'multiple',
				options,
				answer: options.filter((o) => keys.includes(o.text)).map((o) => o.id)
			};
			this.add({ kind: 'ready', item }, group, 0);
		} else
			this.note(
				f.id,
				`no choice item: ${describeCandidates(c, f.category, this.file.fields)}; add \`alternatives\``
			);
		this.add(
			{
				kind: 'ready',
				item: {
					...this.base(peers, 'blank', 'key-detail', `The article names ___ as ${f.role}.`, why),
					type: 'blank',
					accept: [...new Set(names)]
				}
			},
			group,
			1
		);
	}

	/** Entities matched to their roles, three or four at a time (a second recall item for some names). */
	private matchings(): void {
		const entities = this.facts
			.filter((f): f is EntityFact => f.type === 'entity')
			.sort((a, b) => a.category.localeCompare(b.category) || a.id.localeCompare(b.id));
		const used = new Set<string>();
		// Names of one kind only: "the university where…" would match the only university among people.
		for (
			let kinds = [...new Set(entities.map((e) => e.category.toLowerCase()))], k = 0;
			k < kinds.length;
		) {
			const kind = kinds[k];
			const group: EntityFact[] = [];
			for (const f of entities) {
				if (used.has(f.id) || group.length === 4 || f.category.toLowerCase() !== kind) continue;
				const clash = group.some(
					(g) =>
						nameKey(g.entity) === nameKey(f.entity) ||
						normalise(g.role) === normalise(f.role) ||
						this.know.holds(f.entity, [g.relation, g.role]) ||
						this.know.holds(g.entity, [f.relation, f.role])
				);
				if (!clash) group.push(f);
			}
			if (group.length < 3) {
				k += 1;
				continue;
			}
			for (const g of group) used.add(g.id);
			const stem = MATCHING_STEMS[this.matchingCount++ % MATCHING_STEMS.length];
			const item: MatchingItem = {
				...this.base(
					group,
					'matching',
					'key-detail',
					stem,
					group.map((g) => g.statement).join(' ')
				),
				type: 'matching',
				pairs: group.map((g) => ({ id: g.id, left: g.entity, right: g.role }))
			};
			this.add({ kind: 'ready', item }, `${group.map((g) => g.id).join('+')}:matching`);
		}
	}

	private set(f: SetFact): void {
		const group = `${f.id}:key-detail`;
		const labels = [f.name, ...(f.relation ? [f.relation] : [])];
		const name = withThe(f.name);
		const c = this.know.candidates(f.category, labels, f.members);
		const mrng = this.rng(`${f.id}.members`);
		const keyCount = Math.min(f.members.length, 2 + mrng.int(2));
		const keys = mrng.shuffle(f.members).slice(0, keyCount);
		const others = pickDistractors(
			keys[0],
			c,
			MULTIPLE_OPTIONS - keyCount,
			mrng,
			sameTier(f.category, keys[0])
		);
		const multipleFirst = this.coin(f.id);
		if (others.length >= 2) {
			const options = optionList(mrng.shuffle([...keys, ...others]));
			const stem = `Which of these options does the article list among ${name}?`;
			this.add(
				{
					kind: 'ready',
					item: {
						...this.base([f], 'members', 'key-detail', stem, f.statement),
						type: 'multiple',
						options,
						answer: options.filter((o) => keys.includes(o.text)).map((o) => o.id)
					}
				},
				group,
				multipleFirst ? 0 : 1
			);
		} else
			this.note(
				f.id,
				`no choice item: ${describeCandidates(c, f.category, this.file.fields)}; add \`alternatives\``
			);
		const rng = this.rng(`${f.id}.member`);
		const key = rng.pick(f.members) ?? f.members[0];
		const distractors = pickDistractors(key, c, OPTIONS - 1, rng, sameTier(f.category, key));
		this.add(
			this.choice(
				this.base(
					[f],
					'member',
					'key-detail',
					`Which of these does the article list among ${name}?`,
					f.statement
				),
				'single',
				key,
				distractors
			),
			group,
			multipleFirst ? 1 : 0
		);
		this.add(
			{
				kind: 'ready',
				item: {
					...this.base(
						[f],
						'blank',
						'key-detail',
						`The article lists ___ among ${name}.`,
						f.statement
					),
					type: 'blank',
					accept: f.members
				}
			},
			group,
			2
		);
	}

	// ------------------------------------------------------------------ claims and evidence

	/**
	 * Module voices of a kind other than `except`: speakers, holders and the members of a list that counts one
	 * of them in, never one recorded with the same words or view and never an ally of `except` (see
	 * `Knowledge.allied`), nor the reporter. What is left stands in another camp: a plausible voice on the topic
	 * whose views differ.
	 */
	private otherVoices(
		except: string,
		kind: string,
		same: (f: QuoteFact | PositionFact) => boolean
	): string[] {
		const blocked = new Set(
			this.facts
				.filter(
					(f): f is QuoteFact | PositionFact =>
						(f.type === 'quote' || f.type === 'position') && same(f)
				)
				.map((f) => nameKey(f.type === 'quote' ? f.speaker : f.holder))
		);
		const out: string[] = [];
		const seen = new Set([nameKey(except)]);
		for (const name of this.voices().get(kind.toLowerCase()) ?? []) {
			if (
				seen.has(nameKey(name)) ||
				blocked.has(nameKey(name)) ||
				isReporter(name) ||
				this.know.allied(name, except)
			)
				continue;
			seen.add(nameKey(name));
			out.push(name);
		}
		return out;
	}

	private voiceList?: Map<string, string[]>;
	/** Name-to-role matchings made so far. */
	private matchingCount = 0;
	/** Reporter's statements asked so far. */
	private reporterAsked = 0;
	/** Holders already asked "which of these views is theirs". */
	private readonly viewAsked = new Set<string>();

	/** Module voices by kind, in fact order: speakers, holders, and the members of a set listing one of them. */
	private voices(): Map<string, string[]> {
		if (this.voiceList) return this.voiceList;
		const speakers = new Set(
			this.facts.flatMap((f) =>
				f.type === 'quote' ? [f.speaker] : f.type === 'position' ? [f.holder] : []
			)
		);
		const out = new Map<string, string[]>();
		const add = (kind: string, names: string[]) =>
			out.set(kind.toLowerCase(), [...(out.get(kind.toLowerCase()) ?? []), ...names]);
		for (const f of this.facts) {
			if (f.type === 'quote') add(f.speakerCategory, [f.speaker]);
			if (f.type === 'position') add(f.holderCategory, [f.holder]);
			if (
				f.type === 'set' &&
				f.members.some((m) => [...speakers].some((s) => this.know.allied(m, s)))
			)
				add(f.category, f.members);
		}
		this.voiceList = out;
		return out;
	}

	/** Other names the facts give a voice (an entity's aliases), with and without a leading "the". */
	private aliasesOf(name: string): string[] {
		const out: string[] = [];
		for (const f of this.facts) {
			if (f.type === 'entity' && nameKey(f.entity) === nameKey(name))
				out.push(f.entity, ...(f.aliases ?? []));
		}
		if (/^the\s/i.test(name)) out.push(name.replace(/^the\s+/i, ''));
		return out;
	}

	/** Whether a voice is a person or a group, from the kind its facts give it. */
	private familyOf(name: string): 'person' | 'group' {
		for (const f of this.facts) {
			if (f.type === 'position' && nameKey(f.holder) === nameKey(name))
				return voiceFamily(f.holderCategory);
			if (f.type === 'quote' && nameKey(f.speaker) === nameKey(name))
				return voiceFamily(f.speakerCategory);
		}
		return 'group';
	}

	/** Views (positions and quotations' points) of voices in other camps than `holder`: another side's claim. */
	private otherViews(holder: string, sameFamily = false, reasons = false): string[] {
		// With `sameFamily`, only voices of the holder's own family (people with people, groups with groups): a
		// person may speak for a group in ways the facts do not record (a chief executive for the company), so
		// "which view is the company's" never offers the chief executive's.
		const family = sameFamily ? this.familyOf(holder) : undefined;
		// Where the facts say who contests whom, only the holder's opponents speak against it: a third voice
		// may share the holder's view unrecorded.
		const opponents = this.opponentsOf(holder);
		const other = (name: string, kind: string) =>
			!isReporter(name) &&
			nameKey(name) !== nameKey(holder) &&
			!this.know.allied(name, holder) &&
			(family === undefined || voiceFamily(kind) === family) &&
			(opponents.size === 0 ||
				[...opponents].some((o) => nameKey(o) === nameKey(name) || this.know.allied(o, name)));
		// With `reasons`, other sides' reasons first: they read as reasons, where a bare view may not.
		const own = reasons
			? this.facts.flatMap((g) =>
					g.type === 'position' && g.reason && other(g.holder, g.holderCategory) ? [g.reason] : []
				)
			: [];
		return distinct([
			...own,
			...this.facts.flatMap((g) => {
				if (g.type === 'position' && other(g.holder, g.holderCategory)) return [g.position];
				if (g.type === 'quote' && other(g.speaker, g.speakerCategory)) return [g.argues];
				return [];
			})
		]).map((t) => capitalise(endSentence(t)));
	}

	/** Voices whose positions contest the holder's, or that the holder's contest (`contestedBy`). */
	private opponentsOf(holder: string): Set<string> {
		const voiceOf = (g: Fact | undefined) =>
			g?.type === 'position' ? g.holder : g?.type === 'quote' ? g.speaker : undefined;
		const out = new Set<string>();
		for (const f of this.facts) {
			if (f.type !== 'position') continue;
			for (const id of f.contestedBy ?? []) {
				const other = voiceOf(this.byId.get(id));
				if (!other) continue;
				if (nameKey(f.holder) === nameKey(holder)) out.add(other);
				if (nameKey(other) === nameKey(holder)) out.add(f.holder);
			}
		}
		return out;
	}

	private quote(f: QuoteFact): void {
		const group = `${f.id}:claims`;
		const same = (g: QuoteFact | PositionFact) =>
			g.type === 'quote' && normalise(g.words) === normalise(f.words);
		const voices = this.otherVoices(f.speaker, f.speakerCategory, same);
		const why = `${f.statement} ${f.argues ? capitalise(endSentence(f.argues)) + '.' : ''}`.trim();
		let rank = 0;
		const whosaid = this.choice(
			this.base(
				[f],
				'whosaid',
				'claims-evidence',
				`Who, according to the article, said “${f.words}”?`,
				why
			),
			'whosaid',
			f.speaker,
			pickDistractors(
				f.speaker,
				{ module: voices, author: [], pool: [] },
				OPTIONS - 1,
				this.rng(`${f.id}.whosaid`)
			)
		);
		if (this.add(whosaid, group, rank)) rank += 1;
		const point = capitalise(endSentence(f.argues));
		const views = this.otherViews(f.speaker).filter((v) => normalise(v) !== normalise(point));
		const stem = `What point is ${f.speaker} making, according to the article, in saying “${f.words}”?`;
		if (
			this.add(
				this.choice(
					this.base([f], 'point', 'claims-evidence', stem, why),
					'single',
					point,
					pickDistractors(
						point,
						{ module: views, author: [], pool: [] },
						OPTIONS - 1,
						this.rng(`${f.id}.point`)
					)
				),
				group,
				rank
			)
		)
			rank += 1;
		if (rank === 0)
			this.note(
				f.id,
				'no claims item: the article has fewer than two voices or views in other camps'
			);

		// Nouns and adjectives carry a quotation's meaning; a preposition or a verb with one sensible choice
		// ("through", "shut") tests nothing.
		const nouns = new Set(
			(nlp(f.words).terms().json() as { terms: { text: string; tags: string[] }[] }[])
				.flatMap((t) => t.terms)
				.filter(
					(t) =>
						t.tags.some((tag) => tag === 'Noun' || tag === 'Adjective') &&
						!t.tags.includes('Pronoun')
				)
				.map((t) => t.text.toLowerCase())
		);
		const words: string[] = (f.words.match(/[\p{L}’']+/gu) ?? []).filter((w) =>
			nouns.has(w.toLowerCase())
		);
		const candidates = [
			...new Set(
				words.filter(
					(w) =>
						w.length >= 5 &&
						!STOPWORDS.has(w.toLowerCase()) &&
						!WEAK_WORDS.has(w.toLowerCase()) &&
						!/[’']/.test(w)
				)
			)
		].sort((a, b) => b.length - a.length || words.indexOf(a) - words.indexOf(b));
		// The longest word: one that carries the quotation's meaning, not a function word or a filler verb.
		const gap = candidates[0];
		if (gap) {
			const text = f.words.replace(new RegExp(`(?<![\\p{L}])${gap}(?![\\p{L}])`, 'u'), '___');
			this.add(
				{
					kind: 'ready',
					item: {
						...this.base([f], 'blank', 'key-detail', `${f.speaker} said: “${text}”.`, why),
						type: 'blank',
						accept: [gap]
					}
				},
				group,
				rank
			);
		}
	}

	private position(f: PositionFact): void {
		const group = `${f.id}:claims`;
		const position = endSentence(f.position);
		let rank = 0;
		const next = (draft: Draft | null) => {
			if (this.add(draft, group, rank)) rank += 1;
		};
		if (isReporter(f.holder) && this.reporterAsked < REPORTER_STEMS.length) {
			// The reporter's own words set against what the sides argue.
			const sides = distinct(
				this.facts.flatMap((g) =>
					g.type === 'position' && !isReporter(g.holder) ? [g.position] : []
				)
			).map((t) => capitalise(endSentence(t)));
			// Each reporter's statement gets its own wording of the question, so no two stems repeat.
			const stem = REPORTER_STEMS[this.reporterAsked++];
			const why = `${f.statement} The other statements are views the article attributes to the people and groups it reports on.`;
			next(
				this.choice(
					this.base([f], 'reporter', 'claims-evidence', stem, why),
					'single',
					capitalise(position),
					pickDistractors(
						position,
						{ module: sides, author: [], pool: [] },
						OPTIONS - 1,
						this.rng(`${f.id}.reporter`)
					)
				)
			);
		}
		if (f.reason) {
			const key = capitalise(endSentence(f.reason));
			const stem = `What reason does the article report ${f.holder} giving for the view that ${position}?`;
			const wrong = this.otherViews(f.holder, false, true).filter(
				(v) => normalise(v) !== normalise(key) && normalise(v) !== normalise(position)
			);
			next(
				this.choice(
					this.base([f], 'reason', 'claims-evidence', stem, f.statement),
					'single',
					key,
					pickDistractors(
						key,
						{ module: wrong, author: [], pool: [] },
						OPTIONS - 1,
						this.rng(`${f.id}.reason`)
					)
				)
			);
		}
		const against = (f.contestedBy ?? [])
			.map((id) => this.byId.get(id))
			.filter((g): g is QuoteFact | PositionFact => g?.type === 'position' || g?.type === 'quote');
		if (against.length > 0) {
			const g = against[0];
			const key = capitalise(endSentence(g.type === 'position' ? g.position : g.argues));
			const allies = distinct(
				this.facts.flatMap((h) =>
					h.type === 'position' &&
					h.id !== f.id &&
					!isReporter(h.holder) &&
					(nameKey(h.holder) === nameKey(f.holder) || this.know.allied(h.holder, f.holder))
						? [h.position]
						: []
				)
			).map((t) => capitalise(endSentence(t)));
			const stem = `Which view reported in the article goes against ${f.holder}'s view that ${position}?`;
			const why = `${f.statement} ${g.statement}`;
			next(
				this.choice(
					this.base([f, g], 'contested', 'claims-evidence', stem, why),
					'single',
					key,
					pickDistractors(
						key,
						{ module: allies, author: [], pool: [] },
						OPTIONS - 1,
						this.rng(`${f.id}.contested`)
					)
				)
			);
		}
		const evidence = (f.evidence ?? [])
			.map((id) => this.byId.get(id))
			.filter((g): g is Fact => g !== undefined);
		if (evidence.length > 0) {
			// From the evidence to the view it is given for: "which view does the article give this in support
			// of?", against the views of the side's opponents. The other way round ("which of these supports the
			// view?") would set other evidence against it, and another side's evidence may support this view too
			// ("the old routes needed 35 drivers" for "the routes cost too much").
			const g = evidence[0];
			const key = capitalise(position);
			const opponents = this.opponentsOf(f.holder);
			const wrong =
				opponents.size === 0
					? []
					: this.otherViews(f.holder).filter((v) => normalise(v) !== normalise(key));
			const stem = `The article reports this: ${lowerFirst(endSentence(g.statement))}. Which view does it give this in support of?`;
			next(
				this.choice(
					this.base([f, g], 'evidence', 'claims-evidence', stem, `${f.statement} ${g.statement}`),
					'single',
					key,
					pickDistractors(
						key,
						{ module: wrong, author: [], pool: [] },
						OPTIONS - 1,
						this.rng(`${f.id}.evidence`)
					)
				)
			);
		}
		if (!isReporter(f.holder)) {
			const same = (g: QuoteFact | PositionFact) =>
				g.type === 'position' && normalise(g.position) === normalise(f.position);
			const voices = this.otherVoices(f.holder, f.holderCategory, same);
			const distractors = pickDistractors(
				f.holder,
				{ module: voices, author: [], pool: [] },
				OPTIONS - 1,
				this.rng(`${f.id}.whosaid`)
			);
			next(
				this.choice(
					this.base(
						[f],
						'whosaid',
						'claims-evidence',
						`Who, according to the article, argues that ${position}?`,
						f.statement
					),
					'whosaid',
					f.holder,
					distractors
				)
			);
			// Which view is the holder's, against other camps' views: asked once per holder, so no two such stems repeat.
			const first = this.facts.find(
				(g) =>
					g.type === 'position' &&
					nameKey(g.holder) === nameKey(f.holder) &&
					!this.viewAsked.has(nameKey(g.holder))
			);
			if (first === f) {
				const key = capitalise(position);
				const wrong = this.otherViews(f.holder, true).filter(
					(v) => normalise(v) !== normalise(key)
				);
				const draft = this.choice(
					this.base(
						[f],
						'view',
						'claims-evidence',
						`Which of these views does the article report ${f.holder} as holding?`,
						f.statement
					),
					'single',
					key,
					pickDistractors(
						key,
						{ module: wrong, author: [], pool: [] },
						OPTIONS - 1,
						this.rng(`${f.id}.view`)
					)
				);
				if (draft) this.viewAsked.add(nameKey(f.holder));
				next(draft);
			}
			// Last: who argues it, typed. Sound whatever the other voices: the answer is whom the article names.
			const names = [f.holder, ...this.aliasesOf(f.holder)];
			const typed: Item = {
				...this.base(
					[f],
					'holder-blank',
					'claims-evidence',
					`According to the article, ___ argues that ${position}.`,
					f.statement
				),
				type: 'blank',
				accept: [...new Set(names)]
			};
			const before = rank;
			next({ kind: 'ready', item: typed });
			rank = before;
		}
		if (rank === 0)
			this.note(
				f.id,
				'no claims item: fewer than two voices or views of other camps; give `reason`, `evidence` or `contestedBy`'
			);
	}

	// ------------------------------------------------------------------ causes

	/**
	 * Each cause asked as "what reason does the article give", against the author's `alternatives` only. The
	 * causes the article gives for other effects are no proven wrong answers: a chain the facts do not spell
	 * out (talks failed, so a strike, so the port shut, so ships went elsewhere) would make them partly right.
	 * Causes with fewer than two alternatives are matched to their own effects, three or more at a time, the
	 * article's pairs being the only complete answer.
	 */
	private causes(): void {
		const causes = this.facts
			.filter((f): f is CauseFact => f.type === 'cause')
			.sort((a, b) => a.id.localeCompare(b.id));
		const left: CauseFact[] = [];
		for (const f of causes) {
			const key = capitalise(endSentence(f.cause));
			const wrong = distinct(f.alternatives ?? [], [f.cause]).map((t) =>
				capitalise(endSentence(t))
			);
			// A link someone claims is theirs, not the article's: "What reason does the union give for this: …?"
			const stem = f.by
				? `What reason does ${f.by} give, according to the article, for this: ${endSentence(f.effect)}?`
				: `The article reports that ${endSentence(f.effect)}. What reason does it give?`;
			const draft = this.choice(
				this.base([f], 'why', 'cause-effect', stem, f.statement),
				'single',
				key,
				pickDistractors(
					key,
					{ module: [], author: wrong, pool: [] },
					OPTIONS - 1,
					this.rng(`${f.id}.why`)
				)
			);
			const asked = this.add(draft, `${f.id}:cause-effect`);
			// One alternative is enough for a true/false whose false version gives it as the reason.
			if (wrong.length > 0) {
				const who = f.by ?? 'the article';
				const claim = (c: string) =>
					`According to ${who}, ${endSentence(f.effect)} because ${lowerFirst(endSentence(c))}`;
				this.add(
					truefalseDraft(
						this.meta([f], 'why-tf', 'cause-effect'),
						claim(f.cause),
						claim(wrong[0]),
						f.statement
					),
					`${f.id}:cause-effect`,
					asked ? 1 : 0
				);
			} else if (!asked) left.push(f);
		}
		const unique: CauseFact[] = [];
		for (const f of left) {
			const clash = unique.some(
				(g) =>
					normalise(g.cause) === normalise(f.cause) || normalise(g.effect) === normalise(f.effect)
			);
			if (!clash) unique.push(f);
		}
		if (unique.length < 3) {
			for (const f of left)
				this.note(
					f.id,
					'no cause-and-effect choice: give two or more `alternatives` (plausible wrong causes the article does not give)'
				);
			return;
		}
		const groups: CauseFact[][] = [];
		for (let i = 0; i < unique.length; i += 4) groups.push(unique.slice(i, i + 4));
		if (groups.length > 1 && groups[groups.length - 1].length < 3) {
			const last = groups.pop() ?? [];
			groups[groups.length - 1].push(...last);
		}
		for (const group of groups) {
			const item: MatchingItem = {
				...this.base(
					group,
					'matching',
					'cause-effect',
					'Which result does the article give for each of these causes?',
					group.map((g) => g.statement).join(' ')
				),
				type: 'matching',
				pairs: group.map((g) => ({
					id: g.id,
					left: capitalise(endSentence(g.cause)),
					right: capitalise(endSentence(g.effect))
				}))
			};
			this.add({ kind: 'ready', item }, `${group.map((g) => g.id).join('+')}:cause-effect`, 1);
		}
	}

	// ------------------------------------------------------------------ vocabulary

	private definition(f: DefinitionFact): void {
		const group = `${f.id}:vocabulary`;
		// Only definitions of the same kind: "a person who..." is no wrong meaning for an agency.
		const kind = definitionKind(f);
		const others = this.facts.filter(
			(g): g is DefinitionFact =>
				g.type === 'definition' && g.id !== f.id && definitionKind(g) === kind
		);
		const meaning = endSentence(f.meaning);
		const meanings = distinct(
			others.map((g) => endSentence(g.meaning)),
			[meaning]
		);
		const author = distinct((f.alternatives ?? []).map(endSentence), [meaning]);
		const terms = distinct(
			others.map((g) => g.term),
			[f.term, ...(f.aliases ?? [])]
		);
		const inArticle = f.background ? '' : 'In the article, ';
		const rng = this.rng(`${f.id}.meaning`);
		const blank = {
			...this.base([f], 'blank', 'vocabulary', `___ is the term for ${meaning}.`, f.statement),
			type: 'blank' as const,
			accept: [f.term, ...(f.aliases ?? [])]
		};
		let rank = 0;
		// About one term in three is typed: the reader recalls the word rather than recognising it.
		if (this.third(f.id) && this.add({ kind: 'ready', item: blank }, group, rank)) rank += 1;
		const meaningItem = this.choice(
			this.base(
				[f],
				'meaning',
				'vocabulary',
				`${inArticle}what does “${f.term}” mean?`.replace(/^w/, 'W'),
				f.statement
			),
			'single',
			meaning,
			pickDistractors(meaning, { module: [], author, pool: meanings }, OPTIONS - 1, rng)
		);
		if (this.add(meaningItem, group, rank)) rank += 1;
		const termItem = this.choice(
			this.base(
				[f],
				'term',
				'vocabulary',
				`Which term ${f.background ? 'means' : 'does the article use for'} ${meaning}?`,
				f.statement
			),
			'single',
			f.term,
			pickDistractors(
				f.term,
				{ module: terms, author: [], pool: [] },
				OPTIONS - 1,
				this.rng(`${f.id}.term`)
			)
		);
		if (this.add(termItem, group, rank)) rank += 1;
		if (!this.third(f.id)) this.add({ kind: 'ready', item: blank }, group, rank);
	}

	// ------------------------------------------------------------------ main idea

	/** Per section with a gist: what is it mainly about, against the other sections' gists. */
	private mainIdeas(): void {
		const gists = this.sections.filter(
			(s): s is SectionGist & { gist: string } => typeof s.gist === 'string' && s.gist.trim() !== ''
		);
		for (const s of gists) {
			const facts = this.facts.filter((f) => f.section === s.slug);
			if (facts.length === 0) {
				continue;
			}
			const key = capitalise(endSentence(s.gist));
			const others = gists
				.filter((g) => g.slug !== s.slug)
				.map((g) => capitalise(endSentence(g.gist)));
			const base: Base = {
				id: `${s.slug}.main-idea`,
				origin: 'generated',
				template: 'main-idea',
				skill: 'main-idea',
				facts: facts.map((f) => f.id),
				section: s.slug,
				stem: `What is the lesson section “${s.title}” mainly about?`,
				explanation: `The section “${s.title}” is mainly about this: ${endSentence(s.gist).charAt(0).toLowerCase()}${endSentence(s.gist).slice(1)}.`
			};
			const draft = this.choice(
				base,
				'single',
				key,
				pickDistractors(
					key,
					{ module: others, author: [], pool: [] },
					OPTIONS - 1,
					this.rng(`${s.slug}.main-idea`)
				)
			);
			this.add(draft, `${s.slug}:main-idea`);
		}
	}
}

/** A true statement of the fact itself, the fallback that lets every fact appear in the bank. */
function statementItem(fact: Fact): Item {
	// A comparison's statement restates its figures: it names their facts, so it is never drawn beside their items.
	const related =
		fact.type === 'comparison'
			? fact.figures
			: fact.type === 'position'
				? (fact.evidence ?? [])
				: [];
	return {
		id: `${fact.id}.statement-tf`,
		type: 'truefalse',
		origin: 'generated',
		template: 'statement-tf',
		// A true statement restated tests recall, whatever the fact's kind: it is counted as key detail.
		skill: 'key-detail',
		facts: [fact.id, ...related.filter((id) => id !== fact.id)],
		section: fact.section,
		...(fact.anchor ? { anchor: fact.anchor } : {}),
		stem: emphasiseNegatives(`${capitalise(endSentence(fact.statement))}. True or false?`),
		explanation: `True. ${capitalise(fact.statement)}`,
		options: [
			{ id: 'true', text: 'True' },
			{ id: 'false', text: 'False' }
		],
		answer: 'true'
	};
}

/**
 * Generate the bank's items from facts, deterministically for a seed: for each fact and skill, the first form
 * (in the generator's order of preference) that passes every item check. Items that would break a bank-wide
 * rule are dropped when their facts are covered by other items.
 */
export function generateItems(facts: Fact[], opts: GenerateOptions): Item[] {
	const generator = new Generator(
		facts,
		opts.seed,
		opts.corpus ?? '',
		opts.file ?? { fields: [], alternatives: new Map() },
		opts.sections ?? [],
		opts.onNote ?? (() => {})
	);
	generator.run();
	const byId = new Map(facts.map((f) => [f.id, f]));
	const alongside = opts.alongside ?? [];
	const valid = arrange(generator.drafts, opts.seed, alongside).filter((item) => {
		const problems = checkItem(item, byId);
		if (problems.length > 0) opts.onDrop?.(item, problems);
		return problems.length === 0;
	});
	// The preferred form of each fact and skill; the others stand aside.
	const best = new Map<string, Item>();
	for (const item of valid) {
		const pref = generator.preference.get(item.id) ?? { group: item.id, rank: 0 };
		const held = best.get(pref.group);
		if (!held || (generator.preference.get(held.id)?.rank ?? 0) > pref.rank)
			best.set(pref.group, item);
	}
	let items = valid.filter((i) => best.get(generator.preference.get(i.id)?.group ?? i.id) === i);
	const tried = new Set(items.map((i) => i.id));
	const rankOf = (item: Item) => generator.preference.get(item.id)?.rank ?? 0;
	const groupOf = (item: Item) => generator.preference.get(item.id)?.group ?? item.id;
	/** The next form of a dropped item's fact and skill, if one passed the item checks. */
	const standIn = (dropped: Item): Item | undefined => {
		const next = valid
			.filter(
				(i) => !tried.has(i.id) && groupOf(i) === groupOf(dropped) && rankOf(i) > rankOf(dropped)
			)
			.sort((a, b) => rankOf(a) - rankOf(b))[0];
		if (next) tried.add(next.id);
		return next;
	};

	const used = new Set(items.flatMap((i) => (i.template === 'main-idea' ? [] : i.facts)));
	for (const fact of facts) {
		if (used.has(fact.id)) continue;
		const fallback = statementItem(fact);
		if (checkItem(fallback, byId).length === 0) items.push(fallback);
	}

	// Drop items breaking bank-wide rules, in seeded order, never the last item of a fact.
	for (let round = 0; round < 50; round++) {
		const counts = new Map<string, number>();
		// A main-idea item names its section's facts but tests none of them: it covers no fact.
		for (const i of [...items, ...alongside])
			if (i.template !== 'main-idea')
				for (const f of i.facts) counts.set(f, (counts.get(f) ?? 0) + 1);
		const byItemId = new Map(items.map((i) => [i.id, i]));
		const spare = (id: string) =>
			byItemId.get(id)?.facts.every((f) => (counts.get(f) ?? 0) > 1) ?? false;
		const offenders: string[] = [];
		const why = new Map<string, Violation[]>();
		let longestExcess = false;
		const violations = checkBank([...items, ...alongside], facts);
		// A stem that names another item's answer uses that item's fact: it says so, and the two are then
		// never drawn into one quiz (see factDisjoint), so both can stay. Hand-written items are left as written.
		let linked = false;
		for (const v of violations) {
			if (v.rule !== 'giveaway' || !v.related) continue;
			const revealing = byItemId.get(v.itemId);
			const revealed = byItemId.get(v.related) ?? alongside.find((i) => i.id === v.related);
			const target = revealing ?? (revealed && byItemId.has(revealed.id) ? revealed : undefined);
			const other = target === revealing ? revealed : alongside.find((i) => i.id === v.itemId);
			if (!target || !other) continue;
			const index = items.indexOf(target);
			items[index] = { ...target, facts: [...new Set([...target.facts, ...other.facts])] };
			byItemId.set(target.id, items[index]);
			linked = true;
		}
		if (linked) continue;
		for (const v of violations) {
			// A giveaway goes away with either item: the revealing one if it can go, else the revealed one.
			const id = !spare(v.itemId) && v.related && spare(v.related) ? v.related : v.itemId;
			if (v.itemId) {
				offenders.push(id);
				why.set(id, [...(why.get(id) ?? []), v]);
			}
			if (v.rule === 'key-longest') longestExcess = true;
		}
		const drop = new Set<string>();
		const take = (item: Item) => {
			for (const f of item.facts) counts.set(f, (counts.get(f) ?? 0) - 1);
			drop.add(item.id);
		};
		for (const id of byHash([...new Set(offenders)], (x) => x, opts.seed)) {
			const item = byItemId.get(id);
			if (item && item.facts.every((f) => (counts.get(f) ?? 0) > 1)) take(item);
		}
		if (longestExcess) {
			// Remove just enough key-longest items to bring each group's share under 1/n + 10%.
			for (const size of [3, 4]) {
				const group = items.filter(
					(i) =>
						(i.type === 'single' || i.type === 'whosaid') &&
						i.options.length === size &&
						!drop.has(i.id)
				);
				const longest = byHash(group.filter(keyIsLongest), (i) => i.id, opts.seed);
				const limit = 1 / size + 0.1;
				let excess = Math.ceil((longest.length - limit * group.length) / (1 - limit));
				for (const item of longest) {
					if (excess <= 0) break;
					if (!item.facts.every((f) => (counts.get(f) ?? 0) > 1)) continue;
					take(item);
					excess -= 1;
				}
			}
		}
		if (drop.size === 0) break;
		const standIns: Item[] = [];
		for (const i of items) {
			if (!drop.has(i.id)) continue;
			opts.onDrop?.(
				i,
				why.get(i.id) ?? [
					{
						itemId: i.id,
						rule: 'key-longest',
						message: 'one key-longest item too many in the bank'
					}
				]
			);
			const next = standIn(i);
			if (next) standIns.push(next);
		}
		items = [...items.filter((i) => !drop.has(i.id)), ...standIns];
	}
	items = rebalance(
		items,
		generator.drafts,
		opts.seed,
		alongside,
		(item) => checkItem(item, byId).length === 0
	);
	return items.sort((a, b) => a.section.localeCompare(b.section) || a.id.localeCompare(b.id));
}
