/**
 * How a drafted fact words what it found: a figure as the article prints it, what the figure measures, who
 * reported it, the event at a date, a view's verb and a list's relation.
 */
import { displayName } from './draft-claims.ts';
import { type SetFind } from './draft-sets.ts';
import type { DateFind } from './draft-dates.ts';
import type { NumberFind } from './draft-figures.ts';
import type { NameIndex } from './draft-name-index.ts';
import { lastWordTags, trimClause, words } from './draft-text.ts';
import { formatNumber } from './text.ts';

export const QUALIFIER_WORDS: Record<string, string> = {
	exact: '',
	over: 'over ',
	'at-least': 'at least ',
	about: 'about ',
	under: 'under ',
	'up-to': 'up to '
};

/** A figure as the article would print it: "6,600", "4.8 million", "400 million to 650 million". */
export function figureText(n: NumberFind): string {
	const f = (v: number) =>
		v >= 1e9 && v % 1e8 === 0
			? `${formatNumber(v / 1e9)} billion`
			: v >= 1e6 && v % 1e5 === 0
				? `${formatNumber(v / 1e6)} million`
				: formatNumber(v);
	return n.to !== undefined ? `${f(n.value)} to ${f(n.to)}` : f(n.value);
}

/** Titles that say nothing of a person's role ("Dr", "Mrs"). */
export const HONORIFICS =
	/^(?:Dr|Doctor|Mr|Mrs|Ms|Miss|Professor|Prof|Sir|Dame|Lord|Lady|Rev|Reverend)\.?$/;

/** What a figure measures, from the words after it; a TODO when the article leaves that to its context. */
export function measureOf(n: NumberFind): string {
	const tail = n.tail.replace(/\s+(?:in|on|at|by|for|from|of|to)$/, '');
	if (n.unit === '%') {
		if (/^of\s/.test(tail)) return `the share ${tail}`;
		const first = tail.split(/\s+/)[0] ?? '';
		const noun =
			/^[a-z]+$/.test(first) &&
			!/^(?:after|before|since|than|over|in|on|at|by|for|from|to|the|a|an|was|were|is|are)$/.test(
				first
			) &&
			lastWordTags(`the ${first}`).has('Noun');
		if (noun) return `the ${tail}, in per cent`;
		return 'TODO: what the percentage measures, as a noun phrase (“the share of …”)';
	}
	if (!tail) return `TODO: what the ${n.unit} are, as a noun phrase (“${n.unit} that …”)`;
	const verb = /^(?:have|has|had|were|was|are|is|came|took|said|will|would|can|could)\b/.test(tail);
	const people =
		/people|children|parents|researchers|runners|members|migrants|farmers|workers|staff|patients/.test(
			n.unit
		);
	return `${n.unit} ${verb ? (people ? 'who ' : 'that ') : ''}${tail}`;
}

export function lastWord(name: string): string {
	return name.split(/\s+/).slice(-1)[0] ?? name;
}

export function joinList(list: string[]): string {
	return list.length < 2
		? list.join('')
		: `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

/** "argues that …", "urges the UK to …": how the article reports a view, for the statement to rewrite. */
export function verbPhrase(verb: string, position: string): string {
	if (position.startsWith(`${verb} `) || position.startsWith('calls ')) return position;
	return `${verb}${/^(?:said|says|stated|states)$/.test(verb) ? '' : ' that'} ${position}`;
}

export function relationOf(set: SetFind): string {
	return set.name.startsWith('TODO')
		? 'TODO: what the listed names share'
		: `among the ${set.name}`;
}

/** Who a sentence reports a figure from ("According to the union, …", "… according to the WHO"). */
export function reportedBy(
	text: string,
	names: NameIndex,
	paragraph: number,
	sentence: number
): string | undefined {
	const m = /\b[Aa]ccording to\s+([^,.;]+)/.exec(text);
	if (!m) return undefined;
	const start = m.index + m[0].length - m[1].length;
	const mention = names
		.inSentence(paragraph, sentence)
		.find((x) => x.start >= start && x.start < start + m[1].length && !x.possessive);
	return mention ? displayName(mention.entity) : trimClause(m[1]);
}

/** What happened at a date: the clause around it, the date taken out ("a study published"). */
export function eventPhrase(text: string, d: DateFind): string {
	// "a December agreement between…", "a 2023 study by his group": the date names the thing.
	const attributive = new RegExp(`\\b(?:an?|the)\\s+${escape(d.text)}\\s+[a-z]`).exec(text);
	if (attributive && !/^(?:on|in|since|by|from|until|between|during|of)\s/i.test(d.text)) {
		const np = text
			.slice(attributive.index)
			.split(/[;:.]\s|,\s(?!(?:and\s)?(?:the\s)?\p{Lu})|\s(?:to|which|that|who|in which)\s/u)[0];
		return words(trimClause(np), 14);
	}
	const clauses = text.split(/(?<=[,;:])\s+/);
	let offset = 0;
	let index = 0;
	for (let i = 0; i < clauses.length; i++) {
		if (d.start >= offset && d.start < offset + clauses[i].length + 1) {
			index = i;
			break;
		}
		offset += clauses[i].length + 1;
	}
	const strip = (c: string) =>
		trimClause(
			c
				.replace(d.text, ' ')
				.replace(/^(?:According to|Since|In|On|By|From|During)\s+/i, '')
				.replace(/\b(?:on|in|since|by|from|until|between|during|of)\s*$/i, '')
		);
	let event = strip(clauses[index] ?? text);
	if (/^(?:which|that|who)\b/.test(event) && index > 0)
		event = `${strip(clauses[index - 1])
			.split(/\s+/)
			.slice(-3)
			.join(' ')} ${event.replace(/^(?:which|that|who)\s+/, '')}`;
	if (event.split(/\s+/).length < 2)
		event = strip(clauses[index + 1] ?? clauses[index - 1] ?? text);
	if (event.split(/\s+/).length < 2) event = `TODO: what happened (${d.text})`;
	const out = words(
		event.replace(/^.*?\b(?:said|says|argues|believes|insists|warned|claims)\s+(?:that\s+)?/, ''),
		14
	);
	return /^(?:The|A|An|Its|His|Her|Their|This|These|Those|Some|Several|Many|Most|Other|Only)\s/.test(
		out
	)
		? out.charAt(0).toLowerCase() + out.slice(1)
		: out;
}
