import { acceptedWindow, checkBank, checkItem, chiSquarePValue, KEY_LENGTH_RATIO, keyIsLongest, type Violation } from './checks.ts';
import { definitionKind, factNames, factTexts, formatWhen } from './fact-text.ts';
import type {
	CauseFact,
	DefinitionFact,
	EntityCategory,
	EntityFact,
	EventFact,
	Fact,
	NumberFact,
	NumberQualifier,
	PositionFact,
	QuoteFact,
	SetFact
} from './facts-types.ts';
import { isMajorCountry, poolFor } from './pools.ts';
import { createRandom, hashString, type Random } from './random.ts';
import {
	capitalise,
	containsPhrase,
	emphasiseNegatives,
	formatNumber,
	normalise,
	PhraseIndex,
	slugId,
	STOPWORDS
} from './text.ts';
import { isChoice, type Item, type MatchingItem, type Option, type OrderingItem } from './types.ts';

/** How to generate. */
export interface GenerateOptions {
	/** Seed for every random choice; the same facts and seed give the same bank. */
	seed: string;
	/** The source article's text: a pool distractor it mentions is never used as "not named in the article". */
	corpus?: string;
	/** Items that will join the bank (hand-written ones): counted in bank-wide rules, never dropped. */
	alongside?: Item[];
	/** Told about each template output left out and why, for author tools. */
	onDrop?: (item: Item, reasons: Violation[]) => void;
}

/** Options per single-choice item. */
const OPTIONS = 4;
/** Options per multiple-select item. */
const MULTIPLE_OPTIONS = 5;
/** Ratio between neighbouring numeric distractors: wide enough that qualifier windows never overlap. */
const LADDER = 1.4;

type Base = Pick<Item, 'id' | 'origin' | 'template' | 'facts' | 'section' | 'anchor' | 'stem' | 'explanation'>;

/** A choice item before its key has a position. */
interface ChoiceDraft {
	kind: 'choice';
	base: Base;
	type: 'single' | 'whosaid';
	/** Number of options it will have. */
	size: number;
	/** Builds the options with the key at `position`; null when that position is impossible. */
	build(position: number): { options: Option[]; answer: string } | null;
}

/** A true/false item before it is decided whether it states the truth. */
interface TrueFalseDraft {
	kind: 'truefalse';
	base: Omit<Base, 'stem' | 'explanation'>;
	/** The true statement (a full stem) and its explanation. */
	truth: { stem: string; explanation: string };
	/** A statement known to be false, when the facts allow one. */
	falsehood?: { stem: string; explanation: string };
}

type Draft = ChoiceDraft | TrueFalseDraft | { kind: 'ready'; item: Item };

const QUALIFIER_WORDS: Record<NumberQualifier, string> = {
	exact: '',
	over: 'over',
	'at-least': 'at least',
	about: 'about',
	under: 'under',
	'up-to': 'up to'
};

/** "over 6,600" */
function stated(value: number, qualifier: NumberQualifier): string {
	return `${QUALIFIER_WORDS[qualifier]} ${formatNumber(value)}`.trim();
}

/** Comparison key for names: "the Netherlands" and "Netherlands" are one country. */
const nameKey = (name: string): string => normalise(name).replace(/^the /, '');

/** "the countries..." from a set name with or without its article. */
const withThe = (phrase: string): string => (/^the\s/i.test(phrase) ? phrase : `the ${phrase}`);

const endSentence = (text: string): string => text.trim().replace(/[.?!]*$/, '');

function option(text: string, extra: Partial<Option> = {}): Option {
	return { id: slugId(text), text, ...extra };
}

/** What the facts say about names and relations, to tell a safe distractor from a true one. */
class Knowledge {
	private readonly corpus: PhraseIndex;
	private readonly mentions = new Map<string, boolean>();
	/** Member name to the names of the lists it is in. */
	private readonly listsOf = new Map<string, string[]>();
	private readonly holders = new Map<string, Set<string>>();
	private readonly completeScopes = new Map<string, Set<string>>();
	/** Name to the representative of its camp: names listed together, sharing a relation, or a group and its members. */
	private readonly camps = new Map<string, string>();
	/** Module names by category, first-seen order. */
	readonly names = new Map<EntityCategory, string[]>();

	constructor(
		readonly facts: Fact[],
		corpus: string
	) {
		this.corpus = new PhraseIndex([...facts.flatMap(factTexts), corpus].join('\n'));
		const seen = new Set<string>();
		for (const fact of facts) {
			for (const { name, category } of factNames(fact)) {
				const key = `${category}:${nameKey(name)}`;
				if (fact.type === 'entity' && fact.aliases?.includes(name)) continue;
				if (seen.has(key)) continue;
				seen.add(key);
				const list = this.names.get(category as EntityCategory) ?? [];
				list.push(name);
				this.names.set(category as EntityCategory, list);
			}
			if (fact.type === 'entity') {
				for (const label of [fact.relation, fact.role]) {
					for (const n of [fact.entity, ...(fact.aliases ?? [])]) this.hold(label, n);
				}
			}
			if (fact.type === 'set') {
				for (const m of fact.members) this.listsOf.set(nameKey(m), [...(this.listsOf.get(nameKey(m)) ?? []), fact.name]);
				for (const label of [fact.name, fact.relation ?? '']) {
					if (!label) continue;
					for (const m of fact.members) this.hold(label, m);
					if (fact.complete) this.completeScopes.set(normalise(label), new Set(fact.members.map(nameKey)));
				}
			}
		}
		for (const names of this.holders.values()) {
			const [first, ...rest] = [...names];
			for (const n of rest) this.join(first, n);
		}
		const voices = facts.flatMap((f) => (f.type === 'quote' ? [f.speaker] : f.type === 'position' ? [f.holder] : []));
		for (const fact of facts) {
			if (fact.type !== 'set' || fact.members.length === 0) continue;
			// "human-rights organisations" is the group "human-rights organisations that criticised..." lists.
			for (const v of voices) if (containsPhrase(fact.name, v)) this.join(nameKey(v), nameKey(fact.members[0]));
		}
	}

	private root(key: string): string {
		let k = key;
		for (let next = this.camps.get(k); next !== undefined && next !== k; next = this.camps.get(k)) k = next;
		return k;
	}

	private join(a: string, b: string): void {
		const [ra, rb] = [this.root(a), this.root(b)];
		if (ra !== rb) this.camps.set(rb, ra);
	}

	/**
	 * Whether two names stand in one camp: listed together in a set, given one relation, or one is a group the
	 * facts list the other in. Allies may share each other's views unrecorded, so neither is the other's distractor.
	 */
	allied(a: string, b: string): boolean {
		return this.root(nameKey(a)) === this.root(nameKey(b)) || this.grouped(a, b);
	}

	private hold(label: string, name: string): void {
		const key = normalise(label);
		const set = this.holders.get(key) ?? new Set<string>();
		set.add(nameKey(name));
		this.holders.set(key, set);
	}

	/** Whether the facts or the article mention a name at all. */
	mentioned(name: string): boolean {
		let known = this.mentions.get(name);
		if (known === undefined) {
			known = this.corpus.has(name);
			this.mentions.set(name, known);
		}
		return known;
	}

	/** Whether the facts make `name` hold any of these relation labels. */
	holds(name: string, labels: string[]): boolean {
		return labels.some((l) => this.holders.get(normalise(l))?.has(nameKey(name)) ?? false);
	}

	/** Whether one name is a group the facts list the other in ("human-rights organisations" and Amnesty International). */
	grouped(a: string, b: string): boolean {
		const inGroup = (member: string, group: string) =>
			(this.listsOf.get(nameKey(member)) ?? []).some((list) => containsPhrase(list, group));
		return inGroup(a, b) || inGroup(b, a);
	}

	/** Names holding a relation label. */
	holdersOf(label: string): Set<string> {
		return this.holders.get(normalise(label)) ?? new Set();
	}

	/**
	 * Whether "the article names `name` as <label>" is known to be false: the facts do not give it the
	 * relation, and either the article never mentions it or a complete list for the relation leaves it out.
	 */
	knownFalse(name: string, labels: string[]): boolean {
		if (this.holds(name, labels)) return false;
		if (!this.mentioned(name)) return true;
		return labels.some((l) => {
			const scope = this.completeScopes.get(normalise(l));
			return scope !== undefined && !scope.has(nameKey(name));
		});
	}

	/** Distractor names of a category for relation labels: module names first, then the shared pool entries. */
	candidates(category: EntityCategory, labels: string[], exclude: string[]): { module: string[]; pool: string[] } {
		const skip = new Set(exclude.map(nameKey));
		// Module names are mentioned by definition: only a complete list can rule them out.
		const scopes = labels.map((l) => this.completeScopes.get(normalise(l))).filter((x) => x !== undefined);
		const module =
			scopes.length === 0
				? []
				: (this.names.get(category) ?? []).filter(
						(n) => !skip.has(nameKey(n)) && !this.holds(n, labels) && scopes.some((scope) => !scope.has(nameKey(n)))
					);
		const pool = poolFor(category)
			.filter((e) => ![e.name, ...(e.aliases ?? [])].some((n) => this.mentioned(n) || skip.has(nameKey(n))))
			.map((e) => e.name);
		return { module, pool };
	}
}

/**
 * Pick `count` distractors: module candidates first, then pool ones closest in length to the key. With
 * `prefer`, pool names of the key's own kind come before the others, and a name longer than the key replaces
 * the shortest pick when the key would otherwise stand out by its length.
 */
function pickDistractors(
	key: string,
	module: string[],
	pool: string[],
	count: number,
	rng: Random,
	prefer?: (name: string) => boolean
): string[] {
	const byLength = (list: string[]) =>
		rng
			.shuffle(list)
			.map((text, i) => ({ text, i }))
			.sort((a, b) => Math.abs(a.text.length - key.length) - Math.abs(b.text.length - key.length) || a.i - b.i)
			.map((x) => x.text);
	if (prefer) {
		const ranked = [...rng.shuffle(module), ...byLength(pool.filter(prefer)), ...byLength(pool.filter((n) => !prefer(n)))];
		const chosen = ranked.slice(0, count);
		const mean = () => chosen.reduce((s, t) => s + t.length, 0) / Math.max(chosen.length, 1);
		for (const longer of ranked.filter((t) => t.length > key.length)) {
			if (chosen.length < count || key.length <= KEY_LENGTH_RATIO * mean()) break;
			if (chosen.includes(longer)) continue;
			const shortest = chosen.reduce((at, t, i) => (t.length < chosen[at].length ? i : at), 0);
			chosen[shortest] = longer;
		}
		return chosen;
	}
	const chosen = [...rng.shuffle(module), ...byLength(pool)].slice(0, count);
	const mean = chosen.reduce((s, t) => s + t.length, 0) / Math.max(chosen.length, 1);
	// Module names can be much shorter than the key; then length-matched ones avoid a length cue.
	if (chosen.length === count && key.length > 1.2 * mean) return byLength([...module, ...pool]).slice(0, count);
	return chosen;
}

/** Pool names of the preferred kind first, each part in pool order. */
function kindFirst(pool: string[], prefer: ((name: string) => boolean) | undefined): string[] {
	return prefer ? [...pool.filter(prefer), ...pool.filter((n) => !prefer(n))] : pool;
}

/** For a country key, pool countries of its kind (major economies or not); none for other categories. */
function sameKind(category: EntityCategory, key: string): ((name: string) => boolean) | undefined {
	if (category !== 'country') return undefined;
	const major = isMajorCountry(key);
	return (name) => isMajorCountry(name) === major;
}

function choiceDraft(
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
	const size = chosen.length + 1;
	const rng = createRandom(`${base.id}:order`);
	return {
		kind: 'choice',
		base,
		type,
		size,
		build(position) {
			const others = rng.shuffle(chosen).map((t) => option(t));
			const keyOption = option(key);
			others.splice(position, 0, keyOption);
			return { options: others, answer: keyOption.id };
		}
	};
}

/** Numeric options around a key, the key at rank `rank`, keeping its rounding and with disjoint windows. */
export function numericLadder(value: number, qualifier: NumberQualifier, rank: number, count = OPTIONS): number[] | null {
	const decimals = (String(value).split('.')[1] ?? '').length;
	let unit = decimals > 0 ? 10 ** -decimals : 10 ** (/0*$/.exec(String(value))?.[0].length ?? 0);
	for (; unit >= 10 ** -decimals; unit /= 10) {
		const values = Array.from({ length: count }, (_, i) =>
			i === rank ? value : Number((Math.round((value * LADDER ** (i - rank)) / unit) * unit).toFixed(decimals))
		);
		const windows = values.map((v) => acceptedWindow(v, qualifier));
		const ok =
			values.every((v) => v > 0) &&
			values.every((v, i) => i === 0 || v > values[i - 1]) &&
			windows.every((w, i) => i === 0 || w[0] > windows[i - 1][1]);
		if (ok) return values;
		if (unit <= 1 && decimals === 0) break;
	}
	return null;
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

class Generator {
	private readonly know: Knowledge;
	readonly drafts: Draft[] = [];

	constructor(
		private readonly facts: Fact[],
		private readonly seed: string,
		corpus: string
	) {
		this.know = new Knowledge(facts, corpus);
	}

	private rng(id: string): Random {
		return createRandom(`${this.seed}:${id}`);
	}

	private meta(facts: Fact[], template: string): TrueFalseDraft['base'] {
		const first = facts[0];
		return {
			id: `${facts.map((f) => f.id).join('+')}.${template}`,
			origin: 'generated',
			template,
			facts: facts.map((f) => f.id),
			section: first.section,
			...(first.anchor ? { anchor: first.anchor } : {})
		};
	}

	private base(facts: Fact[], template: string, stem: string, explanation: string): Base {
		return { ...this.meta(facts, template), stem: emphasiseNegatives(stem), explanation };
	}

	private truefalse(fact: Fact | Fact[], template: string, truth: string, falsehood: string | null, why: string): void {
		const facts = Array.isArray(fact) ? fact : [fact];
		this.drafts.push({
			kind: 'truefalse',
			base: this.meta(facts, template),
			truth: { stem: emphasiseNegatives(`${endSentence(truth)}. True or false?`), explanation: `True. ${why}` },
			...(falsehood
				? { falsehood: { stem: emphasiseNegatives(`${endSentence(falsehood)}. True or false?`), explanation: `False. ${why}` } }
				: {})
		});
	}

	private push(draft: ChoiceDraft | null): void {
		if (draft) this.drafts.push(draft);
	}

	run(): void {
		for (const fact of this.facts) {
			switch (fact.type) {
				case 'number':
					this.number(fact);
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
				case 'cause':
					// Taken together in `causeMatchings`.
					break;
				case 'definition':
					this.definition(fact);
					break;
			}
		}
		this.timelines();
		this.matchings();
		this.causeMatchings();
	}

	private number(f: NumberFact): void {
		const [min, max] = acceptedWindow(f.value, f.qualifier);
		const said = stated(f.value, f.qualifier);
		const range =
			min === max ? '' : ` Because the article says “${said}”, answers from ${formatNumber(min)} to ${formatNumber(max)} count.`;
		this.drafts.push({
			kind: 'ready',
			item: {
				...this.base([f], 'numeric', `What figure does the article give for the number of ${f.measure}?`, `${f.statement}${range}`),
				type: 'numeric',
				answer: f.value,
				min,
				max,
				unit: f.unit
			}
		});
		const base = this.base([f], 'figure', `Which figure does the article give for the number of ${f.measure}?`, f.statement);
		this.drafts.push({
			kind: 'choice',
			base,
			type: 'single',
			size: OPTIONS,
			build: (rank) => {
				const values = numericLadder(f.value, f.qualifier, rank);
				if (!values) return null;
				const options = values.map((v) => {
					const [lo, hi] = acceptedWindow(v, f.qualifier);
					return option(stated(v, f.qualifier), { min: lo, max: hi });
				});
				return { options, answer: options[rank].id };
			}
		});
		const rng = this.rng(`${f.id}.figure-tf`);
		const ladder = numericLadder(f.value, f.qualifier, rng.int(OPTIONS));
		const wrong = ladder ? rng.pick(ladder.filter((v) => v !== f.value)) : undefined;
		const claim = (v: number) => `The article gives ${stated(v, f.qualifier)} as the number of ${f.measure}`;
		this.truefalse(f, 'figure-tf', claim(f.value), wrong === undefined ? null : claim(wrong), f.statement);
	}

	private event(f: EventFact): void {
		if (f.granularity === 'relative') return;
		const year = Number(f.when.slice(0, 4));
		this.drafts.push({
			kind: 'ready',
			item: {
				...this.base([f], 'year', `In what year, according to the article, did ${f.event} take place?`, f.statement),
				type: 'numeric',
				answer: year,
				min: year,
				max: year,
				unit: 'year'
			}
		});
		const on = f.granularity === 'day' ? 'on' : 'in';
		if (f.granularity !== 'year') {
			const base = this.base([f], 'when', `When, according to the article, did ${f.event} take place?`, f.statement);
			this.drafts.push({
				kind: 'choice',
				base,
				type: 'single',
				size: OPTIONS,
				build: (rank) => {
					const options = Array.from({ length: OPTIONS }, (_, i) => option(formatWhen(shiftWhen(f.when, f.granularity, i - rank))));
					return { options, answer: options[rank].id };
				}
			});
		}
		const rng = this.rng(`${f.id}.when-tf`);
		const wrong = shiftWhen(f.when, f.granularity, rng.pick([-2, -1, 1, 2]) ?? 1);
		const claim = (when: string) => `According to the article, ${f.event} took place ${on} ${formatWhen(when)}`;
		this.truefalse(f, 'when-tf', claim(f.when), claim(wrong), f.statement);
	}

	private timelines(): void {
		const events = this.facts
			.filter((f): f is EventFact => f.type === 'event')
			.sort((a, b) => a.sequence - b.sequence || a.id.localeCompare(b.id));
		for (let i = 0; i + 1 < events.length; i++) {
			const [a, b] = [events[i], events[i + 1]];
			if (a.sequence === b.sequence) continue;
			const claim = (x: EventFact, y: EventFact) => `According to the article, ${x.event} came before ${y.event}`;
			this.truefalse([a, b], 'before-tf', claim(a, b), claim(b, a), `${a.statement} ${b.statement}`);
		}
		const distinct = events.filter((e, i) => i === 0 || e.sequence !== events[i - 1].sequence);
		if (distinct.length < 3) return;
		const groups: EventFact[][] = [];
		for (let i = 0; i < distinct.length; i += 4) groups.push(distinct.slice(i, i + 4));
		if (groups.length > 1 && groups[groups.length - 1].length < 3) {
			const last = groups.pop() ?? [];
			groups[groups.length - 1].push(...last);
		}
		for (const group of groups) {
			const item: OrderingItem = {
				...this.base(
					group,
					'ordering',
					'In what order did these events take place, earliest first?',
					group.map((e) => e.statement).join(' ')
				),
				type: 'ordering',
				items: group.map((e) => ({ id: e.id, text: capitalise(e.event) }))
			};
			this.drafts.push({ kind: 'ready', item });
		}
	}

	private entity(f: EntityFact): void {
		const labels = [f.relation, f.role];
		const rng = this.rng(`${f.id}.named`);
		const { module, pool } = this.know.candidates(f.category, labels, [f.entity, ...(f.aliases ?? [])]);
		const kind = sameKind(f.category, f.entity);
		const distractors = pickDistractors(f.entity, module, pool, OPTIONS - 1, rng, kind);
		const why = f.statement;
		this.push(
			choiceDraft(this.base([f], 'named', `Which of these does the article name as ${f.role}?`, why), 'single', f.entity, distractors)
		);
		// Other right answers: entities given the same role, members of a list whose members all hold the relation.
		const holders = this.facts.flatMap((g) =>
			g.type === 'entity' && normalise(g.role) === normalise(f.role) && g.id !== f.id
				? [g.entity, ...(g.aliases ?? [])]
				: g.type === 'set' && g.relation && normalise(g.relation) === normalise(f.relation)
					? g.members
					: []
		);
		const accept = [...new Set([f.entity, ...(f.aliases ?? []), ...holders])];
		this.drafts.push({
			kind: 'ready',
			item: { ...this.base([f], 'blank', `The article names ___ as ${f.role}.`, why), type: 'blank', accept }
		});
		const wrong = this.rng(`${f.id}.named-tf`).pick([...module, ...kindFirst(pool, kind).slice(0, 5)]);
		const claim = (name: string) => `The article names ${name} as ${f.role}`;
		this.truefalse(f, 'named-tf', claim(f.entity), wrong ? claim(wrong) : null, why);
	}

	private matchings(): void {
		const entities = this.facts
			.filter((f): f is EntityFact => f.type === 'entity')
			.sort((a, b) => a.category.localeCompare(b.category) || a.id.localeCompare(b.id));
		const used = new Set<string>();
		while (true) {
			const group: EntityFact[] = [];
			for (const f of entities) {
				if (used.has(f.id) || group.length === 4) continue;
				const clash = group.some(
					(g) =>
						nameKey(g.entity) === nameKey(f.entity) ||
						normalise(g.role) === normalise(f.role) ||
						this.know.holds(f.entity, [g.relation, g.role]) ||
						this.know.holds(g.entity, [f.relation, f.role])
				);
				if (!clash) group.push(f);
			}
			if (group.length < 3) break;
			for (const g of group) used.add(g.id);
			const item: MatchingItem = {
				...this.base(group, 'matching', 'Which role does the article give each of these?', group.map((g) => g.statement).join(' ')),
				type: 'matching',
				pairs: group.map((g) => ({ id: g.id, left: g.entity, right: g.role }))
			};
			this.drafts.push({ kind: 'ready', item });
		}
	}

	/**
	 * Module voices of a category other than `except`: speakers, holders and the members of a list that counts
	 * one of them in (the Conservatives beside Reform UK in "parties demanding tougher border controls" when
	 * Reform UK holds a view), never one recorded with the same words or view and never an ally of `except` (see
	 * `Knowledge.allied`). What is left stands in another camp: a plausible voice on the topic whose views differ.
	 */
	private otherVoices(except: string, category: EntityCategory, same: (f: QuoteFact | PositionFact) => boolean): string[] {
		const blocked = new Set(
			this.facts
				.filter((f): f is QuoteFact | PositionFact => (f.type === 'quote' || f.type === 'position') && same(f))
				.map((f) => nameKey(f.type === 'quote' ? f.speaker : f.holder))
		);
		const out: string[] = [];
		const seen = new Set([nameKey(except)]);
		for (const name of this.voices().get(category) ?? []) {
			if (seen.has(nameKey(name)) || blocked.has(nameKey(name)) || this.know.allied(name, except)) continue;
			seen.add(nameKey(name));
			out.push(name);
		}
		return out;
	}

	private voiceList?: Map<EntityCategory, string[]>;

	/** Module voices by category, in fact order: speakers, holders, and the members of a set listing one of them. */
	private voices(): Map<EntityCategory, string[]> {
		if (this.voiceList) return this.voiceList;
		const speakers = new Set(
			this.facts.flatMap((f) => (f.type === 'quote' ? [f.speaker] : f.type === 'position' ? [f.holder] : []))
		);
		const out = new Map<EntityCategory, string[]>();
		const add = (category: EntityCategory, names: string[]) => out.set(category, [...(out.get(category) ?? []), ...names]);
		for (const f of this.facts) {
			if (f.type === 'quote') add(f.speakerCategory, [f.speaker]);
			if (f.type === 'position') add(f.holderCategory, [f.holder]);
			if (f.type === 'set' && f.members.some((m) => [...speakers].some((s) => this.know.allied(m, s)))) add(f.category, f.members);
		}
		this.voiceList = out;
		return out;
	}

	/**
	 * Who said it: only module voices of other camps are wrong answers (a name with no part in the topic would
	 * be implausible and test nothing). Three options with two such voices, none with fewer.
	 */
	private whosaid(f: QuoteFact | PositionFact, stem: string, why: string, key: string, voices: string[]): void {
		const distractors = pickDistractors(key, voices, [], OPTIONS - 1, this.rng(`${f.id}.whosaid`));
		this.push(choiceDraft(this.base([f], 'whosaid', stem, why), 'whosaid', key, distractors));
	}

	private quote(f: QuoteFact): void {
		const same = (g: QuoteFact | PositionFact) => g.type === 'quote' && normalise(g.words) === normalise(f.words);
		const voices = this.otherVoices(f.speaker, f.speakerCategory, same);
		const why = `${f.statement} ${f.argues ? capitalise(endSentence(f.argues)) + '.' : ''}`.trim();
		this.whosaid(f, `Who, according to the article, said “${f.words}”?`, why, f.speaker, voices);

		const words = f.words.match(/[\p{L}’']+/gu) ?? [];
		const candidates = [...new Set(words.filter((w) => w.length >= 5 && !STOPWORDS.has(w.toLowerCase()) && !/[’']/.test(w)))]
			.sort((a, b) => b.length - a.length)
			.slice(0, 3);
		// One of the longest words: a word that carries the quotation's meaning, not a function word.
		const gap = this.rng(`${f.id}.blank`).pick(candidates);
		if (gap) {
			const text = f.words.replace(new RegExp(`(?<![\\p{L}])${gap}(?![\\p{L}])`, 'u'), '___');
			this.drafts.push({
				kind: 'ready',
				item: { ...this.base([f], 'blank', `${f.speaker} said: “${text}”`, why), type: 'blank', accept: [gap] }
			});
		}
		// A false claim puts the words in the mouth of another camp's voice; with none, the claim stays true.
		const wrong = this.rng(`${f.id}.quote-tf`).pick(voices);
		const claim = (who: string) => `The article quotes ${who} as saying “${f.words}”`;
		this.truefalse(f, 'quote-tf', claim(f.speaker), wrong ? claim(wrong) : null, why);
	}

	private position(f: PositionFact): void {
		const same = (g: QuoteFact | PositionFact) => g.type === 'position' && normalise(g.position) === normalise(f.position);
		const voices = this.otherVoices(f.holder, f.holderCategory, same);
		const position = endSentence(f.position);
		this.whosaid(f, `Who, according to the article, holds that ${position}?`, f.statement, f.holder, voices);
		// A false claim gives the view to another camp's voice, whose recorded views differ; with none, it stays true.
		const wrong = this.rng(`${f.id}.position-tf`).pick(voices);
		const claim = (who: string) => `According to the article, the view that ${position} is held by ${who}`;
		this.truefalse(f, 'position-tf', claim(f.holder), wrong ? claim(wrong) : null, f.statement);
	}

	private set(f: SetFact): void {
		const labels = [f.name, ...(f.relation ? [f.relation] : [])];
		const name = withThe(f.name);
		const { module, pool } = this.know.candidates(f.category, labels, f.members);
		const rng = this.rng(`${f.id}.member`);
		const key = rng.pick(f.members) ?? f.members[0];
		const distractors = pickDistractors(key, module, pool, OPTIONS - 1, rng, sameKind(f.category, key));
		this.push(choiceDraft(this.base([f], 'member', `Which of these does the article list among ${name}?`, f.statement), 'single', key, distractors));

		const mrng = this.rng(`${f.id}.members`);
		const keyCount = Math.min(f.members.length, 2 + mrng.int(2));
		const keys = mrng.shuffle(f.members).slice(0, keyCount);
		const others = pickDistractors(keys[0], module, pool, MULTIPLE_OPTIONS - keyCount, mrng, sameKind(f.category, keys[0]));
		if (others.length >= 2) {
			const options = mrng.shuffle([...keys, ...others]).map((t) => option(t));
			this.drafts.push({
				kind: 'ready',
				item: {
					...this.base([f], 'members', `Which of these options are listed in the article among ${name}?`, f.statement),
					type: 'multiple',
					options,
					answer: options.filter((o) => keys.includes(o.text)).map((o) => o.id)
				}
			});
		}

		// Only a complete list can say who is NOT in it.
		if (f.complete && f.members.length >= 3) {
			const nrng = this.rng(`${f.id}.not-member`);
			const shown = nrng.shuffle(f.members).slice(0, OPTIONS - 1);
			const mean = shown.reduce((sum, m) => sum + m.length, 0) / shown.length;
			// The outsider is the key: pick it close to the members' length so length gives nothing away.
			const near = (list: string[]) =>
				nrng
					.shuffle(list)
					.filter((n) => n.length <= mean * 1.2)
					.sort((a, b) => Math.abs(a.length - mean) - Math.abs(b.length - mean));
			const outsider = near(module)[0] ?? near(pool)[0];
			if (outsider) {
				this.push(
					choiceDraft(
						this.base([f], 'not-member', `Which of these does the article NOT list among ${name}?`, f.statement),
						'single',
						outsider,
						shown
					)
				);
			}
		}
		const trng = this.rng(`${f.id}.member-tf`);
		const member = trng.pick(f.members) ?? f.members[0];
		const wrong = trng.pick([...module, ...kindFirst(pool, sameKind(f.category, member)).slice(0, 5)]);
		const claim = (who: string) => `The article lists ${who} among ${name}`;
		this.truefalse(f, 'member-tf', claim(member), wrong ? claim(wrong) : null, f.statement);
	}

	/**
	 * Causes matched to their effects. Another fact's cause or effect is no safe wrong answer to "what follows
	 * because..." (the article may well connect them too), so there is no single choice: each cause is paired
	 * with its own effect, and a cause left out of every group gets the true statement of its fact.
	 */
	private causeMatchings(): void {
		const causes = this.facts.filter((f): f is CauseFact => f.type === 'cause').sort((a, b) => a.id.localeCompare(b.id));
		const unique: CauseFact[] = [];
		for (const f of causes) {
			const clash = unique.some((g) => normalise(g.cause) === normalise(f.cause) || normalise(g.effect) === normalise(f.effect));
			if (!clash) unique.push(f);
		}
		if (unique.length < 3) return;
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
					'Which result does the article give for each of these causes?',
					group.map((g) => g.statement).join(' ')
				),
				type: 'matching',
				pairs: group.map((g) => ({ id: g.id, left: capitalise(endSentence(g.cause)), right: capitalise(endSentence(g.effect)) }))
			};
			this.drafts.push({ kind: 'ready', item });
		}
	}

	private definition(f: DefinitionFact): void {
		// Only definitions of the same kind: "a person who..." is no wrong meaning for an agency.
		const kind = definitionKind(f);
		const others = this.facts.filter(
			(g): g is DefinitionFact => g.type === 'definition' && g.id !== f.id && definitionKind(g) === kind
		);
		const meanings = others.filter((g) => normalise(g.meaning) !== normalise(f.meaning)).map((g) => endSentence(g.meaning));
		const terms = others.filter((g) => normalise(g.term) !== normalise(f.term)).map((g) => g.term);
		const meaning = endSentence(f.meaning);
		this.push(
			choiceDraft(
				this.base([f], 'meaning', `What does “${f.term}” mean?`, f.statement),
				'single',
				meaning,
				pickDistractors(meaning, meanings, [], OPTIONS - 1, this.rng(`${f.id}.meaning`))
			)
		);
		this.push(
			choiceDraft(
				this.base([f], 'term', `Which term means ${meaning}?`, f.statement),
				'single',
				f.term,
				pickDistractors(f.term, terms, [], OPTIONS - 1, this.rng(`${f.id}.term`))
			)
		);
		this.drafts.push({
			kind: 'ready',
			item: { ...this.base([f], 'blank', `The term for ${meaning} is ___.`, f.statement), type: 'blank', accept: [f.term] }
		});
		const wrong = this.rng(`${f.id}.definition-tf`).pick(meanings);
		const claim = (m: string) => `“${f.term}” means ${m}`;
		this.truefalse(f, 'definition-tf', claim(meaning), wrong ? claim(wrong) : null, f.statement);
	}
}

/** Items ordered by a seeded hash of their id: a fair, reproducible order independent of fact order. */
function byHash<T>(list: T[], id: (x: T) => string, seed: string): T[] {
	return list
		.map((x) => ({ x, h: hashString(`${seed}:${id(x)}`), id: id(x) }))
		.sort((a, b) => a.h - b.h || a.id.localeCompare(b.id))
		.map((e) => e.x);
}

/** Spread to aim for: well above the check's 0.05, so drops and hand items do not tip it over. */
const BALANCE_P = 0.25;

/**
 * Key positions for one group: each item keeps its own seeded position (stable when other facts change),
 * then the fewest moves that bring the chi-square p-value of the spread, `fixed` counts included, to BALANCE_P.
 */
function balancedPositions(
	ids: string[],
	size: number,
	seed: string,
	fixed: number[],
	start: (index: number) => number,
	movable: (index: number) => boolean
): number[] {
	const positions = ids.map((_, i) => start(i));
	const counts = Array.from({ length: size }, (_, p) => fixed[p] ?? 0);
	for (const p of positions) counts[p] += 1;
	const pValue = () => {
		const total = counts.reduce((a, b) => a + b, 0);
		if (total === 0) return 1;
		const expected = total / size;
		return chiSquarePValue(counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0), size - 1);
	};
	const order = byHash(
		ids.map((_, i) => i),
		(i) => ids[i],
		`${seed}:moves`
	);
	for (let guard = 0; guard < ids.length && pValue() < BALANCE_P; guard++) {
		const high = counts.indexOf(Math.max(...counts));
		const low = counts.indexOf(Math.min(...counts));
		const k = order.find((i) => positions[i] === high && movable(i));
		if (k === undefined) break;
		positions[k] = low;
		counts[high] -= 1;
		counts[low] += 1;
	}
	return positions;
}

/** Key position counts of items already in the bank (hand-written ones), by option count. */
function keyCounts(items: Item[]): Map<number, number[]> {
	const out = new Map<number, number[]>();
	for (const item of items) {
		if (!isChoice(item) || item.type === 'multiple') continue;
		const counts = out.get(item.options.length) ?? new Array<number>(item.options.length).fill(0);
		const at = item.options.findIndex((o) => o.id === item.answer);
		if (at >= 0) counts[at] += 1;
		out.set(item.options.length, counts);
	}
	return out;
}

/** Give keys positions (and true/false items their truth) so positions spread evenly across the bank. */
function arrange(drafts: Draft[], seed: string, alongside: Item[]): Item[] {
	const items: Item[] = [];
	const fixed = keyCounts(alongside);
	const choices = drafts.filter((d): d is ChoiceDraft => d.kind === 'choice');
	const sizes = [...new Set(choices.map((d) => d.size))].sort();
	for (const size of sizes) {
		const group = choices.filter((d) => d.size === size);
		const ids = group.map((d) => d.base.id);
		const positions = balancedPositions(
			ids,
			size,
			seed,
			fixed.get(size) ?? [],
			(i) => hashString(`${seed}:${ids[i]}:position`) % size,
			() => true
		);
		group.forEach((d, i) => {
			const built = d.build(positions[i]);
			if (built) items.push({ ...d.base, type: d.type, ...built });
		});
	}

	const tfs = drafts.filter((d): d is TrueFalseDraft => d.kind === 'truefalse');
	const ids = tfs.map((d) => d.base.id);
	// Position 0 is True, 1 is False; a statement with no known-false variant stays true.
	const positions = balancedPositions(
		ids,
		2,
		seed,
		fixed.get(2) ?? [],
		(i) => (tfs[i].falsehood ? hashString(`${seed}:${ids[i]}:truth`) % 2 : 0),
		(i) => tfs[i].falsehood !== undefined
	);
	tfs.forEach((d, i) => items.push(truefalseItem(d, positions[i] === 0)));
	for (const d of drafts) if (d.kind === 'ready') items.push(d.item);
	return items;
}

/** True/false item from a draft, stating the truth or the falsehood. */
function truefalseItem(d: TrueFalseDraft, truth: boolean): Item {
	const { stem, explanation } = truth || !d.falsehood ? d.truth : d.falsehood;
	return {
		...d.base,
		type: 'truefalse',
		stem,
		explanation,
		options: [
			{ id: 'true', text: 'True' },
			{ id: 'false', text: 'False' }
		],
		answer: truth || !d.falsehood ? 'true' : 'false'
	};
}

/**
 * After items were dropped or added, move as few keys as needed (rebuilding those items from their drafts)
 * so each group's key positions, hand items included, spread evenly again.
 */
function rebalance(items: Item[], drafts: Draft[], seed: string, alongside: Item[], valid: (item: Item) => boolean): Item[] {
	const choiceDrafts = new Map(drafts.flatMap((d) => (d.kind === 'choice' ? [[d.base.id, d] as const] : [])));
	const tfDrafts = new Map(drafts.flatMap((d) => (d.kind === 'truefalse' ? [[d.base.id, d] as const] : [])));
	const fixed = keyCounts(alongside);
	const out = items.slice();
	const sizes = new Set(out.flatMap((i) => (isChoice(i) && i.type !== 'multiple' ? [i.options.length] : [])));
	for (const size of sizes) {
		const members = out.flatMap((item, index) =>
			isChoice(item) && item.type !== 'multiple' && item.options.length === size ? [{ item, index }] : []
		);
		const ids = members.map((m) => m.item.id);
		const current = members.map(({ item }) => (isChoice(item) ? item.options.findIndex((o) => o.id === item.answer) : 0));
		const positions = balancedPositions(
			ids,
			size,
			seed,
			fixed.get(size) ?? [],
			(i) => current[i],
			(i) => (members[i].item.type === 'truefalse' ? tfDrafts.get(ids[i])?.falsehood !== undefined : choiceDrafts.has(ids[i]))
		);
		members.forEach(({ item, index }, i) => {
			if (positions[i] === current[i]) return;
			let rebuilt: Item | null = null;
			const tf = tfDrafts.get(item.id);
			const choice = choiceDrafts.get(item.id);
			if (item.type === 'truefalse' && tf) rebuilt = truefalseItem(tf, positions[i] === 0);
			else if (choice) {
				const built = choice.build(positions[i]);
				rebuilt = built ? { ...choice.base, type: choice.type, ...built } : null;
			}
			if (rebuilt && valid(rebuilt)) out[index] = rebuilt;
		});
	}
	return out;
}

/** A true statement of the fact itself, the fallback that lets every fact appear in the bank. */
function statementItem(fact: Fact): Item {
	return {
		id: `${fact.id}.statement-tf`,
		type: 'truefalse',
		origin: 'generated',
		template: 'statement-tf',
		facts: [fact.id],
		section: fact.section,
		...(fact.anchor ? { anchor: fact.anchor } : {}),
		stem: emphasiseNegatives(`${endSentence(fact.statement)}. True or false?`),
		explanation: `True. ${fact.statement}`,
		options: [
			{ id: 'true', text: 'True' },
			{ id: 'false', text: 'False' }
		],
		answer: 'true'
	};
}

/**
 * Generate the bank's items from facts, deterministically for a seed. Every item returned passes the item
 * checks; items that would break a bank-wide rule are dropped when their facts are covered by other items.
 */
export function generateItems(facts: Fact[], opts: GenerateOptions): Item[] {
	const generator = new Generator(facts, opts.seed, opts.corpus ?? '');
	generator.run();
	const byId = new Map(facts.map((f) => [f.id, f]));
	const alongside = opts.alongside ?? [];
	let items = arrange(generator.drafts, opts.seed, alongside).filter((item) => {
		const problems = checkItem(item, byId);
		if (problems.length > 0) opts.onDrop?.(item, problems);
		return problems.length === 0;
	});

	const used = new Set(items.flatMap((i) => i.facts));
	for (const fact of facts) {
		if (used.has(fact.id)) continue;
		const fallback = statementItem(fact);
		if (checkItem(fallback, byId).length === 0) items.push(fallback);
	}

	// Drop items breaking bank-wide rules, in seeded order, never the last item of a fact.
	for (let round = 0; round < 50; round++) {
		const counts = new Map<string, number>();
		for (const i of [...items, ...alongside]) for (const f of i.facts) counts.set(f, (counts.get(f) ?? 0) + 1);
		const byItemId = new Map(items.map((i) => [i.id, i]));
		const spare = (id: string) => byItemId.get(id)?.facts.every((f) => (counts.get(f) ?? 0) > 1) ?? false;
		const offenders: string[] = [];
		let longestExcess = false;
		for (const v of checkBank([...items, ...alongside], facts)) {
			// A giveaway goes away with either item: the revealing one if it can go, else the revealed one.
			if (v.itemId) offenders.push(!spare(v.itemId) && v.related && spare(v.related) ? v.related : v.itemId);
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
				const group = items.filter((i) => (i.type === 'single' || i.type === 'whosaid') && i.options.length === size && !drop.has(i.id));
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
		for (const i of items) if (drop.has(i.id)) opts.onDrop?.(i, []);
		items = items.filter((i) => !drop.has(i.id));
	}
	items = rebalance(items, generator.drafts, opts.seed, alongside, (item) => checkItem(item, byId).length === 0);
	return items.sort((a, b) => a.section.localeCompare(b.section) || a.id.localeCompare(b.id));
}
