/** The eight question types of the bank. */
export type ItemType =
	'single' | 'multiple' | 'truefalse' | 'numeric' | 'blank' | 'ordering' | 'matching' | 'whosaid';

/** All item types, in display order. */
export const ITEM_TYPES: readonly ItemType[] = [
	'single',
	'multiple',
	'truefalse',
	'numeric',
	'blank',
	'ordering',
	'matching',
	'whosaid'
];

/** The reading skill an item tests (see ../shared/QUESTIONS.md). */
export type Skill =
	| 'key-detail'
	| 'vocabulary'
	| 'cause-effect'
	| 'claims-evidence'
	| 'numbers-data'
	| 'sequence'
	| 'main-idea';

/** All skills, in display order: recall first, then the skills above it. */
export const SKILLS: readonly Skill[] = [
	'key-detail',
	'vocabulary',
	'cause-effect',
	'claims-evidence',
	'numbers-data',
	'sequence',
	'main-idea'
];

/** Fields every item has, whatever its type. */
interface ItemBase {
	/** Stable id: the fact ids it uses plus the template name (`record-crossings.numeric`); hand items choose their own. */
	id: string;
	/** Question type. */
	type: ItemType;
	/** Whether a template wrote it or an author did. */
	origin: 'generated' | 'hand';
	/** Template name, for generated items only. */
	template?: string;
	/** Ids of the facts the item tests; its answer follows from them. */
	facts: string[];
	/** The reading skill it tests. */
	skill: Skill;
	/** Slug of the lesson section that teaches the answer. */
	section: string;
	/** Heading id inside that section, when the facts name one. */
	anchor?: string;
	/** The question: a complete question ending in `?`, or (blank items) a sentence with exactly one `___`. */
	stem: string;
	/** Why the answer is right, in the project's own words; the lesson link is built from section and anchor. */
	explanation: string;
}

/** One choice of a choice item. */
export interface Option {
	/** Stable within the item (derived from the option's content, not its position). */
	id: string;
	/** What the learner reads. */
	text: string;
	/** Shown after answering when this option was chosen. */
	feedback?: string;
	/** For numeric options: lowest value this option stands for. */
	min?: number;
	/** For numeric options: highest value this option stands for. */
	max?: number;
}

/** Pick one of three or four options. */
export interface SingleItem extends ItemBase {
	type: 'single';
	/** Options in display order. */
	options: Option[];
	/** Id of the one correct option. */
	answer: string;
}

/** Pick every correct option. */
export interface MultipleItem extends ItemBase {
	type: 'multiple';
	/** Options in display order. */
	options: Option[];
	/** Ids of all correct options. */
	answer: string[];
}

/** A statement to judge; options are `true` and `false`, in that order. */
export interface TrueFalseItem extends ItemBase {
	type: 'truefalse';
	/** Always two options: True then False. */
	options: Option[];
	/** `true` or `false`. */
	answer: string;
}

/** Name the speaker or holder of a quotation or position. */
export interface WhoSaidItem extends ItemBase {
	type: 'whosaid';
	/** Candidate speakers, in display order. */
	options: Option[];
	/** Id of the real speaker's option. */
	answer: string;
}

/** Type a number; any value in [min, max] counts as right. */
export interface NumericItem extends ItemBase {
	type: 'numeric';
	/** The figure as the source states it. */
	answer: number;
	/** Lowest accepted value; follows the fact's qualifier. */
	min: number;
	/** Highest accepted value; follows the fact's qualifier. */
	max: number;
	/** What is counted, shown next to the input. */
	unit: string;
	/** How the article qualifies the figure ("over", "about"), shown before the input. */
	prefix?: string;
}

/** Type the missing words of the stem's one `___`. */
export interface BlankItem extends ItemBase {
	type: 'blank';
	/** Accepted answers; compared ignoring case, punctuation and spacing. */
	accept: string[];
}

/** One thing to put in order. */
export interface OrderingEntry {
	/** Stable within the item. */
	id: string;
	/** What the learner reads. */
	text: string;
}

/** Put entries in order (a timeline). */
export interface OrderingItem extends ItemBase {
	type: 'ordering';
	/** Entries in the correct order, earliest first; the player shuffles them. */
	items: OrderingEntry[];
}

/** One correct pairing of a matching item. */
export interface MatchPair {
	/** Stable within the item. */
	id: string;
	/** The entity. */
	left: string;
	/** Its role. */
	right: string;
}

/** Match each entity to its role. */
export interface MatchingItem extends ItemBase {
	type: 'matching';
	/** The correct pairs; the player shuffles the right-hand sides. */
	pairs: MatchPair[];
	/** Extra right-hand sides that match no entity. */
	distractors?: string[];
}

/** Any item of the bank. JSON-serialisable: it is embedded in prerendered pages and graded in the browser. */
export type Item =
	| SingleItem
	| MultipleItem
	| TrueFalseItem
	| WhoSaidItem
	| NumericItem
	| BlankItem
	| OrderingItem
	| MatchingItem;

/** Items whose answer is chosen among options. */
export type ChoiceItem = SingleItem | MultipleItem | TrueFalseItem | WhoSaidItem;

/** Whether the item shows options to choose from. */
export function isChoice(item: Item): item is ChoiceItem {
	return (
		item.type === 'single' ||
		item.type === 'multiple' ||
		item.type === 'truefalse' ||
		item.type === 'whosaid'
	);
}

/** Ids of the correct options of a choice item. */
export function keyIds(item: ChoiceItem): string[] {
	return Array.isArray(item.answer) ? item.answer : [item.answer];
}
