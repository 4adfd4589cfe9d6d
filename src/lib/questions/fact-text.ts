import type { DefinitionFact, DefinitionKind, Fact } from './facts-types.ts';
import { MONTHS, formatSourceDate } from '../format.ts';
import { figureOption, formatFigure, statedFigure } from './numbers.ts';
import { formatNumber } from './text.ts';

/** A `when` value in words (see formatSourceDate); relative labels stay as written. */
export const formatWhen = formatSourceDate;

/** Month names, for telling a date option from a number with a unit. */
export const MONTH_NAMES = MONTHS.map((m) => m.toLowerCase());

/** Every text a fact states, numbers formatted as printed: what an item built on it may say. */
export function factTexts(fact: Fact): string[] {
	const out = [fact.statement];
	switch (fact.type) {
		case 'number':
			out.push(
				fact.measure,
				fact.unit,
				formatNumber(fact.value),
				String(fact.value),
				formatFigure(fact.value)
			);
			out.push(figureOption(fact.value, fact.unit, fact.to), statedFigure(fact));
			if (fact.to !== undefined)
				out.push(formatNumber(fact.to), String(fact.to), formatFigure(fact.to));
			if (fact.period) out.push(fact.period);
			if (fact.reportedBy) out.push(fact.reportedBy);
			if (fact.ask) out.push(fact.ask);
			out.push(...(fact.shows ?? []), ...(fact.cannotShow ?? []));
			break;
		case 'event':
			out.push(fact.event, fact.when, formatWhen(fact.when));
			if (fact.until)
				out.push(fact.until, formatWhen(fact.until), formatSpan(fact.when, fact.until));
			break;
		case 'entity':
			out.push(fact.entity, fact.relation, fact.role, ...(fact.aliases ?? []));
			break;
		case 'quote':
			out.push(fact.speaker, fact.words, fact.argues);
			break;
		case 'position':
			out.push(fact.holder, fact.position);
			if (fact.reason) out.push(fact.reason);
			break;
		case 'set':
			out.push(fact.name, ...fact.members);
			if (fact.relation) out.push(fact.relation);
			break;
		case 'cause':
			out.push(fact.cause, fact.effect);
			if (fact.by) out.push(fact.by);
			break;
		case 'definition':
			out.push(fact.term, fact.meaning, ...(fact.aliases ?? []));
			break;
		case 'comparison':
			out.push(fact.finding);
			break;
	}
	return out;
}

/** A date span in words: "August to September 2025", "3 to 5 May 2025", "2019 to 2021". */
export function formatSpan(when: string, until: string): string {
	const [a, b] = [formatWhen(when), formatWhen(until)];
	const [wa, wb] = [a.split(' '), b.split(' ')];
	// Shared trailing words (the year, then the month) are said once.
	let shared = 0;
	while (
		shared < wa.length - 1 &&
		shared < wb.length - 1 &&
		wa[wa.length - 1 - shared] === wb[wb.length - 1 - shared]
	)
		shared += 1;
	return `${wa.slice(0, wa.length - shared).join(' ')} to ${b}`;
}

/** An event's time in words, as a span when it has one. */
export function eventTime(fact: { when: string; until?: string }): string {
	return fact.until ? formatSpan(fact.when, fact.until) : formatWhen(fact.when);
}

/** Whether a holder is the reporter's own voice rather than a side's ("the article", "the reporter"). */
export const isReporter = (name: string): boolean =>
	/^(the )?(article|reporter|journalist|writer)$/i.test(name.trim());

/** Names of things (entities, speakers, members) a fact mentions, with their category. */
export function factNames(fact: Fact): { name: string; category: string }[] {
	switch (fact.type) {
		case 'entity':
			return [fact.entity, ...(fact.aliases ?? [])].map((name) => ({
				name,
				category: fact.category
			}));
		case 'quote':
			return [{ name: fact.speaker, category: fact.speakerCategory }];
		case 'position':
			// The reporter is the article's own voice, not a name in it.
			return isReporter(fact.holder) ? [] : [{ name: fact.holder, category: fact.holderCategory }];
		case 'set':
			return fact.members.map((name) => ({ name, category: fact.category }));
		default:
			return [];
	}
}

/** Head nouns that tell what a definition's term names. */
const HEAD_KINDS: [DefinitionKind, RegExp][] = [
	[
		'person',
		/^(person|persons|people|someone|somebody|individual|individuals|migrant|migrants|official|officials)$/
	],
	[
		'organisation',
		/^(agency|agencies|organisation|organisations|organization|organizations|body|bodies|office|service|council|union|authority|institution|alliance|network|force)$/
	],
	[
		'place',
		/^(nation|nations|country|countries|state|states|place|places|region|regions|city|area|territory)$/
	],
	[
		'act',
		/^(act|action|activity|process|practice|movement|removal|journey|journeys|crossing|crossings|transfer|return|crime|offence)$/
	]
];

/** Words that end a meaning's head noun phrase ("agency, which...", "nation a migrant comes from"). */
const PHRASE_END =
	/^(which|that|who|whom|whose|where|when|for|of|by|with|from|to|in|on|at|a|an|the|usually|and|or)$/;

/**
 * What a definition's term names: its `kind`, else read from the meaning's head noun: "a person who..." is a
 * person, "the European Union's law-enforcement agency" an organisation, "helping someone..." an act.
 * Anything else is a `thing`.
 */
export function definitionKind(fact: DefinitionFact): DefinitionKind {
	if (fact.kind) return fact.kind;
	const text = fact.meaning
		.toLowerCase()
		.replace(/’/g, "'")
		.replace(/^(a|an|the)\s+/, '')
		// A possessive names the owner, not the thing: "the African Union's body" is a body.
		.replace(/^(?:[\p{L}-]+\s+){0,4}?[\p{L}-]+'s\s+/u, '');
	const words = text.split(/[\s,;:()]+/).filter(Boolean);
	if (words.length === 0) return 'thing';
	if (/ing$/.test(words[0]) && words[0].length > 4) return 'act';
	const phrase: string[] = [];
	for (const w of words) {
		if (phrase.length > 0 && PHRASE_END.test(w)) break;
		phrase.push(w);
	}
	const head = phrase[phrase.length - 1] ?? '';
	return HEAD_KINDS.find(([, re]) => re.test(head))?.[0] ?? 'thing';
}
