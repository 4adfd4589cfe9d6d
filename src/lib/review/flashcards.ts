import type { DefinitionFact, EventFact, Fact, NumberFact } from '../questions/facts-types.ts';
import { capitalise } from '../format.ts';
import { flashcardKey } from './review-data.ts';

/** One flashcard: a prompt to recall, and the answer to check it against. */
export interface Flashcard {
	/** `card:<factId>`: stable as long as the fact keeps its id. */
	id: string;
	/** Scheduling key, `module/card:<factId>`. */
	key: string;
	/** Slug of the module. */
	module: string;
	/** Id of the fact the card is made from. */
	factId: string;
	/** A key term (definition fact) or a key fact (number or event fact). */
	kind: 'term' | 'fact';
	/** What the learner sees first: the term, or a question about the figure or event. */
	front: string;
	/** What the learner checks their recall against: the meaning, or the fact's statement. */
	back: string;
	/** True for a general background definition that is not from the article. */
	background: boolean;
	/** Slug of the lesson section that teaches it. */
	section: string;
	/** Heading id inside that section, when the fact names one. */
	anchor?: string;
}

/** The card id of a fact: `card:<factId>`. */
export function flashcardId(factId: string): string {
	return `card:${factId}`;
}

function numberPrompt(fact: NumberFact): string {
	const period = fact.period ? ` (${fact.period})` : '';
	return `What figure does the article give for the number of ${fact.measure}${period}?`;
}

function eventPrompt(fact: EventFact): string {
	return `When, according to the article, did ${fact.event} take place?`;
}

function card(
	moduleSlug: string,
	fact: Fact,
	fields: Pick<Flashcard, 'kind' | 'front' | 'back' | 'background'>
): Flashcard {
	const out: Flashcard = {
		id: flashcardId(fact.id),
		key: flashcardKey(moduleSlug, fact.id),
		module: moduleSlug,
		factId: fact.id,
		...fields,
		section: fact.section
	};
	if (fact.anchor !== undefined) out.anchor = fact.anchor;
	return out;
}

function termCard(moduleSlug: string, fact: DefinitionFact): Flashcard {
	return card(moduleSlug, fact, {
		kind: 'term',
		front: fact.term,
		back: capitalise(fact.meaning),
		background: fact.background
	});
}

/**
 * A module's flashcards: its key terms (definition facts) first, then its key facts (number and event
 * facts), each in the order of the facts file. Other facts are better tested by the quiz.
 */
export function flashcardsFor(moduleSlug: string, facts: readonly Fact[]): Flashcard[] {
	const terms: Flashcard[] = [];
	const keyFacts: Flashcard[] = [];
	for (const fact of facts) {
		if (fact.type === 'definition') terms.push(termCard(moduleSlug, fact));
		else if (fact.type === 'number' || fact.type === 'event') {
			const front = fact.type === 'number' ? numberPrompt(fact) : eventPrompt(fact);
			keyFacts.push(
				card(moduleSlug, fact, { kind: 'fact', front, back: fact.statement, background: false })
			);
		}
	}
	return [...terms, ...keyFacts];
}
