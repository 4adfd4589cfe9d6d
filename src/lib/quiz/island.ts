import type { Item } from '../questions/types.ts';
import type { Attempt } from './attempt.ts';

/** Id of the element the quiz is mounted in. */
export const QUIZ_ROOT_ID = 'quiz-root';

/** Id of the JSON script element that carries the quiz's props. */
export const QUIZ_DATA_ID = 'quiz-data';

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

/** JSON safe inside a `<script>` element: `<` is escaped so no `</script>` can end it early. */
export function scriptJson(value: unknown): string {
	return JSON.stringify(value)
		.replace(/</g, '\\u003c')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}

/** A JSON data element for the page: `<script type="application/json" id=…>`, safe to embed as HTML. */
export function jsonScriptTag(id: string, value: unknown): string {
	return `<script type="application/json" id="${id}">${scriptJson(value)}</` + `script>`;
}
