import nlp from 'compromise';
import { Document, isSeq, type Node } from 'yaml';
import { factNames } from './fact-text.ts';
import type { EntityCategory, Fact, NumberQualifier } from './facts-types.ts';
import { normalise, slugId } from './text.ts';

/** A candidate fact proposed from lesson text, for an author to check, reword and paste. */
export interface Suggestion {
	/** Fact-shaped fields, with `TODO` where a person must decide. */
	fact: Record<string, unknown>;
	/** The lesson sentence it came from. */
	sentence: string;
}

const QUALIFIERS: [RegExp, NumberQualifier][] = [
	[/\b(over|more than)\s*$/i, 'over'],
	[/\bat least\s*$/i, 'at-least'],
	[/\b(about|around|nearly|almost|roughly|some)\s*$/i, 'about'],
	[/\b(under|fewer than|less than)\s*$/i, 'under'],
	[/\bup to\s*$/i, 'up-to']
];

const NLP_TAG: Record<EntityCategory, string> = {
	person: 'Person',
	organisation: 'Organization',
	agency: 'Organization',
	company: 'Organization',
	party: 'Organization',
	country: 'Country',
	region: 'Place',
	city: 'City'
};

const MONTHS = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december'
];

/** Markdown to plain prose: no headings, markup, links or tags. */
function plain(markdown: string): string {
	return markdown
		.split('\n')
		.filter((line) => !/^\s*#/.test(line) && !/^\s*(```|~~~|<)/.test(line))
		.map((line) => line.replace(/^\s*(>|[-*+]|\d+[.)])\s+/, ''))
		.join('\n')
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/<[^>]+>/g, '')
		.replace(/[*_`]+/g, '')
		.replace(/\n{2,}/g, '\n\n');
}

/** Lexicon for compromise from the facts: known names tagged by category, so they are found as wholes. */
function lexicon(facts: Fact[]): Record<string, string> {
	const out: Record<string, string> = {};
	for (const f of facts) {
		for (const { name, category } of factNames(f))
			out[name.toLowerCase().replace(/^the /, '')] = NLP_TAG[category as EntityCategory];
	}
	return out;
}

/**
 * Propose facts that the facts file does not have yet from a module's lesson markdown (section slug to body):
 * figures with their context, names of people, places and organisations, quotations with a speaker, dates.
 */
export function suggestFacts(lessons: Map<string, string>, facts: Fact[]): Suggestion[] {
	const known = new Set(
		facts.flatMap((f) => factNames(f).map((n) => normalise(n.name).replace(/^the /, '')))
	);
	const categories = new Map(
		facts.flatMap((f) =>
			factNames(f).map((n) => [normalise(n.name).replace(/^the /, ''), n.category] as const)
		)
	);
	const values = new Set(facts.flatMap((f) => (f.type === 'number' ? [f.value] : [])));
	const whens = new Set(facts.flatMap((f) => (f.type === 'event' ? [f.when] : [])));
	const quoted = facts.flatMap((f) => (f.type === 'quote' ? [normalise(f.words)] : []));
	const ids = new Set(facts.map((f) => f.id));
	const out: Suggestion[] = [];
	const seen = new Set<string>();
	const add = (key: string, fact: Record<string, unknown>, sentence: string) => {
		if (seen.has(key)) return;
		seen.add(key);
		let id = slugId(key);
		for (let n = 2; ids.has(id); n++) id = `${slugId(key)}-${n}`;
		ids.add(id);
		out.push({ fact: { id, ...fact }, sentence });
	};
	const words = lexicon(facts);

	for (const [section, body] of lessons) {
		const base = () => ({
			statement: 'TODO: the fact in one sentence, in our own words',
			source: { article: 'TODO', paragraph: 0 },
			section
		});
		for (const s of nlp(plain(body), words).sentences().json() as { text: string }[]) {
			const sentence = s.text.trim().replace(/\s+/g, ' ');
			const doc = nlp(sentence, words);

			for (const n of doc.numbers().json() as { text: string; number?: { num?: number } }[]) {
				const value = n.number?.num;
				const text = n.text.replace(/[.,;:]+$/, '');
				// "one" and other small number words are mostly pronouns and idioms, not figures.
				if (value === undefined || values.has(value) || (!/\d/.test(text) && value < 2)) continue;
				if (/^\d{4}$/.test(text) && value >= 1900 && value <= 2100) continue;
				const at = sentence.indexOf(text);
				const before = at === -1 ? '' : sentence.slice(0, at);
				const after = at === -1 ? '' : sentence.slice(at + text.length);
				const qualifier = QUALIFIERS.find(([re]) => re.test(before))?.[1] ?? 'exact';
				const unit = /^\s*([\p{L}-]+(?:\s+[\p{L}-]+)?)/u.exec(after)?.[1] ?? 'TODO';
				add(
					`figure-${value}-${unit}`,
					{
						type: 'number',
						...base(),
						value,
						unit,
						qualifier,
						measure: `TODO: what is counted (${unit} ...)`
					},
					sentence
				);
			}

			const named: [string, EntityCategory][] = [
				...(doc.people().out('array') as string[]).map((t): [string, EntityCategory] => [
					t,
					'person'
				]),
				...(doc.places().out('array') as string[]).map((t): [string, EntityCategory] => [
					t,
					'country'
				]),
				...(doc.organizations().out('array') as string[]).map((t): [string, EntityCategory] => [
					t,
					'organisation'
				])
			];
			// compromise returns "France, Germany and China" as one match: split lists into names.
			const single = named.flatMap(([raw, guess]) =>
				raw.split(/[,;]\s*|\s+and\s+/).map((t): [string, EntityCategory] => [t, guess])
			);
			for (const [raw, guess] of single) {
				const name = raw
					.replace(/[.,;:’'"”]+$/g, '')
					.replace(/['’]s$/, '')
					.trim();
				const key = normalise(name).replace(/^the /, '');
				// Names start with a capital; "government" or "lesson" are common nouns compromise over-tags.
				if (!key || known.has(key) || !/^\p{Lu}/u.test(name)) continue;
				const category = (categories.get(key) as EntityCategory | undefined) ?? guess;
				add(
					`entity-${key}`,
					{
						type: 'entity',
						...base(),
						entity: name,
						category,
						relation: 'TODO',
						role: 'TODO: the role the lesson gives it'
					},
					sentence
				);
			}

			for (const q of doc.quotations().out('array') as string[]) {
				const words = q.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
				if (
					words.split(/\s+/).length < 3 ||
					quoted.some((w) => w.includes(normalise(words)) || normalise(words).includes(w))
				)
					continue;
				const speaker =
					(doc.people().out('array') as string[])[0] ??
					(doc.organizations().out('array') as string[])[0] ??
					'TODO';
				add(
					`quote-${words.slice(0, 30)}`,
					{
						type: 'quote',
						...base(),
						speaker: speaker.replace(/[.,;:]+$/, ''),
						speakerCategory: 'person',
						words,
						argues: 'TODO: what it argues, in our own words'
					},
					sentence
				);
			}

			for (const d of doc.match('(#Month|#Year)+').out('array') as string[]) {
				const text = d.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '');
				const year = /\b(19|20)\d{2}\b/.exec(text)?.[0];
				const month = MONTHS.findIndex((m) => text.toLowerCase().includes(m));
				const when =
					year && month >= 0 ? `${year}-${String(month + 1).padStart(2, '0')}` : (year ?? text);
				if (whens.has(when)) continue;
				const granularity = year ? (month >= 0 ? 'month' : 'year') : 'relative';
				add(
					`event-${when}`,
					{
						type: 'event',
						...base(),
						event: 'TODO: what happened, as a noun phrase',
						when,
						granularity,
						sequence: 0
					},
					sentence
				);
			}
		}
	}
	return out;
}

/** Suggestions as a `facts:` YAML list, each preceded by the sentence it came from as a comment. */
export function suggestionsYaml(suggestions: Suggestion[]): string {
	const doc = new Document({ facts: suggestions.map((s) => s.fact) });
	const list = doc.get('facts', true);
	if (isSeq(list)) {
		(list.items as Node[]).forEach((node, i) => {
			node.commentBefore = ` from: ${suggestions[i].sentence}`;
		});
	}
	return doc.toString({ lineWidth: 0 });
}
