import type { DefinitionFact, DefinitionKind, Fact } from './facts-types.ts';
import { MONTHS, formatSourceDate } from '../format.ts';
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
			out.push(fact.measure, fact.unit, formatNumber(fact.value), String(fact.value));
			if (fact.period) out.push(fact.period);
			if (fact.reportedBy) out.push(fact.reportedBy);
			break;
		case 'event':
			out.push(fact.event, fact.when, formatWhen(fact.when));
			break;
		case 'entity':
			out.push(fact.entity, fact.relation, fact.role, ...(fact.aliases ?? []));
			break;
		case 'quote':
			out.push(fact.speaker, fact.words, fact.argues);
			break;
		case 'position':
			out.push(fact.holder, fact.position);
			break;
		case 'set':
			out.push(fact.name, ...fact.members);
			if (fact.relation) out.push(fact.relation);
			break;
		case 'cause':
			out.push(fact.cause, fact.effect);
			break;
		case 'definition':
			out.push(fact.term, fact.meaning);
			break;
	}
	return out;
}

/** Names of things (entities, speakers, members) a fact mentions, with their category. */
export function factNames(fact: Fact): { name: string; category: string }[] {
	switch (fact.type) {
		case 'entity':
			return [fact.entity, ...(fact.aliases ?? [])].map((name) => ({ name, category: fact.category }));
		case 'quote':
			return [{ name: fact.speaker, category: fact.speakerCategory }];
		case 'position':
			return [{ name: fact.holder, category: fact.holderCategory }];
		case 'set':
			return fact.members.map((name) => ({ name, category: fact.category }));
		default:
			return [];
	}
}

/** Head nouns that tell what a definition's term names. */
const HEAD_KINDS: [DefinitionKind, RegExp][] = [
	['person', /^(person|persons|people|someone|somebody|individual|individuals|migrant|migrants|official|officials)$/],
	[
		'organisation',
		/^(agency|agencies|organisation|organisations|organization|organizations|body|bodies|office|service|council|union|authority|institution|alliance|network|force)$/
	],
	['place', /^(nation|nations|country|countries|state|states|place|places|region|regions|city|area|territory)$/],
	[
		'act',
		/^(act|action|activity|process|practice|movement|removal|journey|journeys|crossing|crossings|transfer|return|crime|offence)$/
	]
];

/** Words that end a meaning's head noun phrase ("agency, which...", "nation a migrant comes from"). */
const PHRASE_END = /^(which|that|who|whom|whose|where|when|for|of|by|with|from|to|in|on|at|a|an|the|usually|and|or)$/;

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
