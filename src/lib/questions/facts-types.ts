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
	/** A short noun phrase for the question stem: "arrivals by small boat recorded in the first three months of 2025". */
	measure: string;
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
	/** Order key for timelines when `when` is relative or shared: smaller is earlier. */
	sequence: number;
}

/** Categories shared with the curated distractor pools. */
export type EntityCategory =
	| 'country'
	| 'region'
	| 'organisation'
	| 'agency'
	| 'company'
	| 'person'
	| 'party'
	| 'city';

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
	| DefinitionFact;
