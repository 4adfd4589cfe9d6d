import type { ItemType } from './types.ts';

/** What each question type is called on the page, in the scoring rules, the builder's filter and print. */
export const TYPE_NAMES: Record<ItemType, string> = {
	single: 'Single choice',
	multiple: 'Select all that apply',
	truefalse: 'True or false',
	numeric: 'Number',
	blank: 'Fill in the blank',
	ordering: 'Put in order',
	matching: 'Matching',
	whosaid: 'Who said it'
};
