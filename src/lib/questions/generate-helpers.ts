import type { EventFact, NumberFact } from './facts-types.ts';
import { type Candidates } from './knowledge.ts';
import { normalise, slugId } from './text.ts';
import type { Option } from './types.ts';

/** A lesson section as main-idea items see it. */
export interface SectionGist {
	/** Section slug. */
	slug: string;
	/** Its title. */
	title: string;
	/** One sentence: what the section is mainly about. */
	gist?: string;
}

/** Options per single-choice item. */
export const OPTIONS = 4;
/** Options per multiple-select item. */
export const MULTIPLE_OPTIONS = 5;

/** Options with ids unique within the item: two texts that share their first 40 characters get -2, -3… */
export function optionList(texts: string[]): Option[] {
	const seen = new Set<string>();
	return texts.map((text) => {
		let id = slugId(text);
		for (let n = 2; seen.has(id); n++) id = `${slugId(text).slice(0, 36)}-${n}`;
		seen.add(id);
		return { id, text };
	});
}

/** "the countries..." from a set name with or without its article. */
export const withThe = (phrase: string): string =>
	/^the\s/i.test(phrase) ? phrase : `the ${phrase}`;

/** Ways of asking a name-to-role matching, so no two matchings share a stem. */
export const MATCHING_STEMS = [
	'Which role does the article give each of these?',
	'How does the article describe each of these?',
	'What part does the article give each of these in the story?',
	'Which description from the article fits each of these?'
];

/** Words too empty to be the gap of a quotation blank. */
export const WEAK_WORDS = new Set(
	'going being having doing getting making really still think thing things always never every other these those where which while would could should might shall there their about after before again quite rather maybe perhaps ourselves themselves something anything nothing everything someone everyone anyone'.split(
		' '
	)
);

/** Kinds that name one person rather than a group: a person's views are only set against people's. */
export const PERSON_KINDS =
	/^(person|people|politician|minister|official|scientist|astronomer|researcher|doctor|nurse|expert|economist|analyst|athlete|runner|player|coach|spokesperson|spokesman|spokeswoman|professor|teacher|student|parent|resident|farmer|worker|campaigner|activist|author|writer|artist|director|curator|chief executive|ceo|leader|mayor|president|founder|chair|manager|engineer|judge|lawyer|witness|patient)$/;

/** Whether a voice's kind names a person or a group. */
export function voiceFamily(kind: string): 'person' | 'group' {
	return PERSON_KINDS.test(kind.trim().toLowerCase()) ? 'person' : 'group';
}

/** Ways of asking which statement is the reporter's own. */
export const REPORTER_STEMS = [
	'Which of these does the article say in its own words, rather than report as one side’s view?',
	'Which of these is the reporter’s own description, not a view the article attributes to someone?',
	'Which of these statements does the article make itself, rather than quote or report from a side?'
];

/** First letter in lower case, unless the word is a name or an acronym ("NASA", "Starmer"). */
export function lowerFirst(text: string): string {
	return /^[A-Z][a-z]/.test(text) &&
		!/^[A-Z][a-z]+\s+[A-Z]/.test(text) &&
		/^(The|A|An|Its|Their|His|Her|Our|This|That|These|Those|Some|Several|Many|Most|More|Fewer|Few|Both|Each|Every|All|No|People|Prices|Talks|Only|Over|Under|About|At|In|On|By|Since|After|Before|When|While)\b/.test(
			text
		)
		? text.charAt(0).toLowerCase() + text.slice(1)
		: text;
}

/** Values a figure as stated could stand for: "over 30" is 30 to 45, "about 9" is 7 to 11, a range itself. */
export function fitWindow(f: NumberFact): [number, number] {
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
export function distinct(list: string[], except: string[] = []): string[] {
	const seen = new Set(except.map(normalise));
	return list.filter((t) => t.trim() !== '' && !seen.has(normalise(t)) && seen.add(normalise(t)));
}

/** Which item of a fact and skill to prefer: lower rank first; the first that passes every check is kept. */
export interface Preference {
	group: string;
	rank: number;
}

/** Start and end (inclusive, ISO days) of an event's time; null for a relative one. */
export function interval(f: EventFact): [string, string] | null {
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
export function shiftWhen(
	when: string,
	granularity: EventFact['granularity'],
	steps: number
): string {
	const [y, m = 1, d = 1] = when.split('-').map(Number);
	const date = new Date(Date.UTC(y, m - 1, d));
	if (granularity === 'year') date.setUTCFullYear(y + steps);
	if (granularity === 'month') date.setUTCMonth(m - 1 + steps);
	if (granularity === 'day') date.setUTCDate(d + steps);
	const iso = date.toISOString().slice(0, 10);
	return granularity === 'year' ? iso.slice(0, 4) : granularity === 'month' ? iso.slice(0, 7) : iso;
}

/** A count of candidates by source, for notes: "module 1, author 0, pool 0 (no pool for kind `telescope`)". */
export function describeCandidates(c: Candidates, kind: string, fields: readonly string[]): string {
	const pool =
		fields.length === 0
			? 'no shared pool (facts.yaml names no `field`)'
			: `shared pool ${c.pool.length}`;
	return `wrong answers of kind \`${kind}\`: module ${c.module.length}, author ${c.author.length}, ${pool}`;
}
