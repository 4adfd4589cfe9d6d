/** Where a fact comes from in the source article. */
export interface FactSource {
	/** Article file name without `.txt`, in ../shared/articles/ (or the module's source). */
	article: string;
	/** 1-based paragraph number; blank lines separate paragraphs. */
	paragraph: number;
}

/** How exactly the article states a number. */
export type NumberQualifier = 'exact' | 'over' | 'at-least' | 'about' | 'under' | 'up-to';

/** Fields every fact has. */
interface FactBase {
	/** Stable id, kebab-case, unique in the module. Question ids are built from it: never rename. */
	id: string;
	/** The fact as one sentence in the project's own words. */
	statement: string;
	/** The source paragraph. Background definitions may omit it. */
	source?: FactSource;
	/** Slug of the lesson section that teaches it. */
	section: string;
	/** Optional anchor (heading id) inside that section. */
	anchor?: string;
	/** General knowledge, not from the article: such a fact has no `source`. Definitions must say either way. */
	background?: boolean;
	/** Drafted from the article by `npm run new` or `questions suggest` and not reviewed yet: the build refuses it. */
	draft?: boolean;
}

/** A figure with its precision: "more than 40 nations", "at least 10 people". */
export interface NumberFact extends FactBase {
	type: 'number';
	/** The number as stated. */
	value: number;
	/** What is counted, plural ("arrivals", "nations"). */
	unit: string;
	/** How precise the source is. */
	qualifier: NumberQualifier;
	/** The period or date the figure refers to, in words. */
	period?: string;
	/** Who reported or claims the figure, when the article says. */
	reportedBy?: string;
	/**
	 * What is measured, as a noun phrase: the counted things ("nations that sent representatives") or, starting
	 * with "the", a quantity ("the estimated age of the universe"). Stems are built from it unless `ask` is given.
	 */
	measure: string;
	/** The upper end when the article gives a range ("350 to 600 million years": value 350000000, to 600000000). */
	to?: number;
	/** The question in the author's words, ending in `?` ("How long ago did the galaxy form?"). */
	ask?: string;
	/** Wrong options stay inside these bounds (nothing older than the universe). */
	bounds?: [number, number];
	/** What the figure does show, as clauses. */
	shows?: string[];
	/** What the figure cannot show, as clauses ("whether the crossings became more dangerous"). */
	cannotShow?: string[];
}

/** Something that happened at a time. */
export interface EventFact extends FactBase {
	type: 'event';
	/** What happened, as a noun phrase ("the UK's agreement with four European neighbours"). */
	event: string;
	/** When: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a relative label kept vague as in the source. */
	when: string;
	/** How precise `when` is. */
	granularity: 'year' | 'month' | 'day' | 'relative';
	/** Display order among events (smaller first). Orders asked in items come from dates and `after` only. */
	sequence?: number;
	/** The end of a date span, in the form of `when` ("August to September 2025"). */
	until?: string;
	/** Ids of events the article says came before this one. */
	after?: string[];
}

/**
 * What kind of thing a name is. Open: the author names the noun (`telescope`, `space agency`, `football club`);
 * these are the kinds every field knows. Distractors are only ever of the key's kind.
 */
export type KnownCategory =
	'country' | 'region' | 'organisation' | 'agency' | 'company' | 'person' | 'party' | 'city';

/** An entity kind: a known one or the author's own noun, lower case. */
export type EntityCategory = KnownCategory | (string & {});

/** An entity in a role: "Vietnam is an origin country of migrants". */
export interface EntityFact extends FactBase {
	type: 'entity';
	/** The entity's name as usually written. */
	entity: string;
	/** Other accepted spellings. */
	aliases?: string[];
	/** Its kind, for picking distractors of the same kind. */
	category: EntityCategory;
	/** Its relation in this fact, a short label ("origin country", "attended the summit", "partner in the December agreement"). */
	relation: string;
	/** The role phrase for matching and stems ("a country migrants set out from"). */
	role: string;
	/** Wrong answers the author vouches for: same kind, plausible, not given this role by the article. */
	alternatives?: string[];
}

/** Words someone said, quoted. */
export interface QuoteFact extends FactBase {
	type: 'quote';
	/** Who said it. */
	speaker: string;
	/** The speaker's category (person or organisation). */
	speakerCategory: EntityCategory;
	/** The quoted words, short, exactly as in the source. */
	words: string;
	/** What the quotation argues, in the project's words. */
	argues: string;
}

/** A stance held by someone. */
export interface PositionFact extends FactBase {
	type: 'position';
	/** Who holds it. */
	holder: string;
	/** The holder's category. */
	holderCategory: EntityCategory;
	/** The position, in the project's words, as a clause ("enforcement alone will not work"). */
	position: string;
	/** The reason the holder gives for it, as reported, as a clause. */
	reason?: string;
	/** Ids of facts the article reports in support of the claim. */
	evidence?: string[];
	/** Ids of positions or quotes against it. */
	contestedBy?: string[];
}

/** A group of things. */
export interface SetFact extends FactBase {
	type: 'set';
	/** What the set is ("countries in the December agreement"). */
	name: string;
	/** Category of the members. */
	category: EntityCategory;
	/** Its members. */
	members: string[];
	/** Whether the source lists it completely; incomplete sets never yield "select all" or "which did not". */
	complete: boolean;
	/** The relation every member holds, spelled as in entity facts ("attended the summit"), so members are never offered as distractors for it. */
	relation?: string;
}

/** One thing leading to another. */
export interface CauseFact extends FactBase {
	type: 'cause';
	/** The cause, as a clause. */
	cause: string;
	/** The effect, as a clause. */
	effect: string;
	/** Whose claim the link is, when the article reports it as someone's ("the council"). */
	by?: string;
	/** Plausible wrong causes the author vouches for. */
	alternatives?: string[];
}

/** What a term names, so a definition is only set against definitions of the same kind. */
export type DefinitionKind = 'person' | 'organisation' | 'place' | 'act' | 'thing';

/** A term and its meaning. */
export interface DefinitionFact extends FactBase {
	type: 'definition';
	/** The term. */
	term: string;
	/** Its meaning, a noun phrase. */
	meaning: string;
	/** What the term names; when left out, read from the meaning's head noun ("an agency..." is an organisation). */
	kind?: DefinitionKind;
	/** True when the definition is general background, not from the article. */
	background: boolean;
	/** Other accepted spellings of the term ("transit nation" for "transit country"). */
	aliases?: string[];
	/** Wrong meanings the author vouches for: other senses of the word or of nearby words, never absurd ones. */
	alternatives?: string[];
}

/** Two or more figures set side by side: what the comparison shows and what it cannot. */
export interface ComparisonFact extends FactBase {
	type: 'comparison';
	/** Ids of the number facts compared. */
	figures: string[];
	/** What comparing them shows, as a clause. */
	finding: string;
	/** Conclusions the figures cannot support, as clauses. */
	notShown: string[];
}

/** Any fact in facts.yaml. */
export type Fact =
	| NumberFact
	| EventFact
	| EntityFact
	| QuoteFact
	| PositionFact
	| SetFact
	| CauseFact
	| DefinitionFact
	| ComparisonFact;

/** Subject fields of the shared distractor pools. */
export const FIELDS = [
	'government-politics',
	'science-space',
	'health',
	'economy-business',
	'sport',
	'environment',
	'culture'
] as const;

/** A subject field. */
export type Field = (typeof FIELDS)[number];

/** A facts file: the facts and what the module says about its distractors. */
export interface FactsFile {
	/** The facts, in file order. */
	facts: Fact[];
	/** The article's fields, which pick the shared pools; none means no shared pool is used. */
	fields: Field[];
	/** Wrong answers the author vouches for, per entity kind. */
	alternatives: Map<string, string[]>;
}
