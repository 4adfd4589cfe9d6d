import type { Fact } from './facts-types';

/** A candidate fact proposed from lesson text, for an author to check and paste. */
export interface Suggestion {
	/** Proposed id. */
	id: string;
	/** Proposed type. */
	type: Fact['type'];
	/** Proposed typed fields. */
	fields: Record<string, string | number | boolean>;
	/** Section the sentence comes from. */
	section: string;
	/** The sentence it came from. */
	sentence: string;
}

/** Propose facts from lesson markdown (placeholder until the NLP pass lands). */
export function suggestFacts(lessons: Map<string, string>, facts: Fact[]): Suggestion[] {
	void lessons;
	void facts;
	return [];
}
