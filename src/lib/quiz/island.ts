import type { Item } from '../questions/types.ts';
import type { Attempt } from './attempt.ts';

/** Everything the quiz component needs, embedded in the page as JSON. */
export interface QuizProps {
	/** Module slug. */
	module: string;
	/** Address of the module's overview page; lesson links are built under it. */
	lessons: string;
	/** The module's bank. */
	bank: Item[];
	/** The attempt a first visit starts with (the one prerendered). */
	initial: Attempt;
	/** Pass mark in percent. */
	passMark: number;
	/** Section slug to title. */
	sections: Record<string, string>;
}
