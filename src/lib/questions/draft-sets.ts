/**
 * Drafting lists from an article: the items after "including", "such as" or a colon, runs of names, and
 * "between A, B and C", with the noun the list belongs to and its count.
 */
import nlp from 'compromise';
import { displayName } from './draft-claims.ts';
import type { Entity, Mention, NameIndex } from './draft-name-index.ts';
import { isCapitalised, lastWordTags, singular, type Paragraph } from './draft-text.ts';

/** A list of names or things. */
export interface SetFind {
	sentence: number;
	start: number;
	name: string;
	members: string[];
	/** Entities of the members, when they are names. */
	entities: Entity[];
	complete: boolean;
	category: string;
	/** What was read ("“including”", "a count of three"). */
	why: string;
}

const COUNT_WORDS: Record<string, number> = {
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	both: 2
};

/** Plural nouns whose kind is another word ("nations" are countries). */
const KIND_SYNONYMS: Record<string, string> = {
	nation: 'country',
	state: 'country',
	good: 'goods',
	people: 'person',
	species: 'species'
};

/** Lists: after "including", "such as", "like", "namely" or a colon; three names or more in a row; "between A, B and C". */
export function findSets(p: Paragraph, names: NameIndex): SetFind[] {
	const out: SetFind[] = [];
	p.sentences.forEach((s, si) => {
		const text = s.masked;
		const mentions = names.inSentence(p.n, si);
		const taken: [number, number][] = [];
		const cues = [
			...text.matchAll(
				/\b(including|such as|like|namely|notably|among them|for example|for instance)\s+/g
			),
			...text.matchAll(/:\s+/g),
			...text.matchAll(/\bbetween\s+/g)
		].sort((a, b) => a.index - b.index);
		for (const cue of cues) {
			const from = cue.index + cue[0].length;
			const items = listItems(text, from, mentions);
			if (!items || items.members.length < 2) continue;
			const word = cue[1] ?? (cue[0].startsWith(':') ? 'colon' : 'between');
			if (
				(word === 'between' || word === 'like') &&
				items.entities.length < Math.max(2, items.members.length)
			)
				continue;
			if (word === 'between' && items.members.length < 3) continue;
			const between =
				word === 'between'
					? /((?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?[a-z][\w-]*)\s*$/.exec(text.slice(0, cue.index))
					: null;
			const head = between
				? { name: `parties to ${between[1].replace(/^an?\s+/, 'the ')}` }
				: listHead(text.slice(0, cue.index));
			if (word === 'colon' && !head) continue;
			const complete =
				word === 'namely' ||
				(head && 'count' in head && head.count === items.members.length) ||
				!!(head && 'all' in head && head.all);
			taken.push([cue.index, items.end]);
			out.push({
				sentence: si,
				start: cue.index,
				name: head?.name ?? 'TODO: what the listed names have in common',
				members: items.members,
				entities: items.entities,
				complete,
				category: categoryOf(items.entities, head?.name),
				why:
					word === 'colon'
						? `a list after a colon${head && 'count' in head ? `, with a count of ${head.count}` : ''}`
						: word === 'between'
							? '“between” and a list of names'
							: `“${word}”${complete ? ' (a complete list)' : ''}`
			});
		}
		// Three names or more in a row, with no word announcing the list ("focusing on Albania, Iraqi Kurdistan, and Vietnam").
		for (let i = 0; i + 2 < mentions.length; i++) {
			const run = [mentions[i]];
			for (let j = i + 1; j < mentions.length; j++) {
				const gap = text.slice(run[run.length - 1].end, mentions[j].start);
				if (/^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$/.test(gap))
					run.push(mentions[j]);
				else break;
			}
			if (run.length >= 3 && !taken.some(([a, b]) => run[0].start >= a && run[0].start <= b)) {
				const start = run[0].start;
				taken.push([start, run[run.length - 1].end]);
				const entities = [...new Set(run.map((m) => m.entity))];
				out.push({
					sentence: si,
					start,
					name:
						listHead(text.slice(0, start).replace(/\b(?:on|to|from|in|with)\s+(?:the\s+)?$/, ''))
							?.name ?? 'TODO: what the listed names have in common',
					members: entities.map(displayName),
					entities,
					complete: false,
					category: categoryOf(entities, undefined),
					why: 'three names or more in a row'
				});
			}
			i += run.length - 1;
		}
	});
	for (const set of out) {
		const kind = set.category;
		for (const e of set.entities)
			names.evidence(e, kind, `listed among the ${set.name.replace(/^TODO.*/, 'names')}`, 5);
	}
	return out;
}

/** The items of a list starting at `from`: names (by their mentions) or short lower-case phrases. */
function listItems(
	text: string,
	from: number,
	mentions: Mention[]
): { members: string[]; entities: Entity[]; end: number } | undefined {
	const rest = text.slice(from);
	const parts = rest.split(/(,\s*(?:and|or)\s+|,\s*|\s+(?:and|or)\s+)/);
	const members: string[] = [];
	const entities: Entity[] = [];
	let offset = from;
	let closed = false;
	let end = from;
	for (let i = 0; i < parts.length && !closed; i += 2) {
		const raw = parts[i];
		const sep = parts[i - 1] ?? '';
		const last = /\b(?:and|or)\b/.test(sep);
		const startAt = offset;
		const m = mentions.find(
			(x) => x.start >= startAt && x.start < startAt + raw.length && !x.possessive
		);
		const possessed = mentions.find(
			(x) => x.start >= startAt && x.start < startAt + raw.length && x.possessive
		);
		const named =
			m ??
			(possessed
				? mentions.find((x) => x.start > possessed.end && x.start < startAt + raw.length)
				: undefined);
		if (named) {
			if (named.start - startAt > 4 + (/^the\s/.test(raw) ? 4 : 0)) break;
			entities.push(named.entity);
			members.push(displayName(named.entity));
			end = named.end;
		} else {
			const phrase = itemPhrase(raw);
			if (!phrase || (entities.length > 0 && members.length > 0)) break;
			if (/^(?:they|it|he|she|we|them|this|that|these|those)$/i.test(phrase)) break;
			// Only the last item may run on into the rest of the sentence ("… and medicines stuck on the quayside").
			if (!last && phrase !== raw.trim().replace(/[.;:)]+$/, '')) break;
			members.push(phrase);
			end = startAt + raw.indexOf(phrase) + phrase.length;
		}
		if (last) closed = true;
		if (/[.;:)]|\uE000/.test(raw) || /^\s*$/.test(raw)) closed = true;
		offset += raw.length + (parts[i + 1]?.length ?? 0);
	}
	if (!closed) return undefined;
	if (entities.length > 0 && entities.length !== members.length) return undefined;
	return { members: [...new Set(members)], entities: [...new Set(entities)], end };
}

/** A lower-case list item: a short noun phrase ("fresh fruit", "the timing system", "the results of a doping test"). */
function itemPhrase(raw: string): string | undefined {
	const text = raw.split(/[.;:)\uE000]/)[0].trim();
	if (!text || isCapitalised(text)) return undefined;
	const list = text.split(/\s+/);
	const terms = (nlp(text).json() as { terms: { text: string; tags: string[] }[] }[]).flatMap(
		(s) => s.terms
	);
	let last = -1;
	for (let i = 0; i < Math.min(list.length, 7); i++) {
		const t = new Set(terms[i]?.tags ?? []);
		const w = list[i];
		if (i > 0 && t.has('Verb') && !t.has('Noun') && !t.has('Adjective')) break;
		if (/^(?:the|a|an|of)$/.test(w) || t.has('Adjective')) continue;
		if (t.has('Noun') || t.has('Plural')) last = i;
		else break;
	}
	if (last === -1) return undefined;
	return list.slice(0, last + 1).join(' ');
}

/** The noun phrase a list belongs to, with a count or "all" when the text gives one. */
function listHead(text: string): { name: string; count?: number; all?: boolean } | undefined {
	const t = text.replace(/[\s,]+$/, '');
	const np = /((?:\b[\w'’-]+\s+){0,5}?)((?:[A-Za-z][\w'’-]*\s+){0,3}[a-z][\w-]*s)$/.exec(t);
	let name = np?.[2];
	let lead = np?.[1] ?? '';
	if (!name || /^(?:others|them|these|those|things|ones)$/.test(name.split(/\s+/).pop() ?? '')) {
		// "three male pacemakers, runners hired to set a steady speed for others:" - the counted phrase earlier on.
		const counted = [
			...t.matchAll(
				/\b(two|three|four|five|six|seven|eight|nine|ten|\d+)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)\b/g
			)
		].pop();
		if (!counted) {
			if (!name) return undefined;
		} else {
			name = counted[2];
			lead = `${counted[1]} `;
		}
	}
	// Strip what is not the name of the group: an earlier clause, prepositions, determiners, quantities, qualifiers.
	const joints = [...name.matchAll(/\b(?:and|or|to|into|at|on|with|from|of|by)\s+/g)];
	const lastJoint = joints[joints.length - 1];
	if (lastJoint && !/^of\s/.test(lastJoint[0])) {
		lead += name.slice(0, lastJoint.index + lastJoint[0].length);
		name = name.slice(lastJoint.index + lastJoint[0].length);
	}
	const list = name.split(/\s+/);
	const dropped: string[] = [];
	while (
		list.length > 1 &&
		(/^(?:the|a|an|all|several|other|some|many|over|about|more|than|at|least|its|their|his|her|from|of|in|on|to|with|by|for|and|or|including|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/i.test(
			list[0]
		) ||
			/^\p{Lu}[\p{L}]*['’]s$/u.test(list[0]))
	)
		dropped.push(list.shift() ?? '');
	if (list.some((w, i) => i > 0 && /^\p{Lu}/u.test(w))) return undefined;
	const verbLast = lastWordTags(list.join(' '));
	if (verbLast.has('Verb') && !verbLast.has('Noun')) return undefined;
	const before = `${lead}${dropped.join(' ')}`;
	const count =
		/\b(two|three|four|five|six|seven|eight|nine|ten|both|\d+)\s+(?:of\s+the\s+)?(?:[\w'’-]+\s+){0,3}$/.exec(
			`${before} `
		)?.[1];
	const all = /\b(?:all|both)\b/.test(before);
	const first = list[0];
	if (/^\p{Lu}\p{Ll}/u.test(first) && !/\s/.test(t.slice(0, t.length - name.length).trim()))
		list[0] = first.toLowerCase();
	return {
		name: list.join(' '),
		...(count ? { count: COUNT_WORDS[count] ?? Number(count) } : {}),
		...(all ? { all } : {})
	};
}

function categoryOf(entities: Entity[], head: string | undefined): string {
	const kinds = entities.map((e) => e.kind);
	const counts = new Map<string, number>();
	for (const k of kinds)
		if (k !== 'organisation' || entities.every((e) => e.kindRank < 99))
			counts.set(k, (counts.get(k) ?? 0) + 1);
	const best = [...counts].sort((a, b) => b[1] - a[1])[0];
	const known = entities.filter((e) => e.kindRank < 5);
	if (best && known.length * 2 > entities.length) return best[0];
	if (head && !head.startsWith('TODO')) {
		const noun = singular(head.split(/\s+/).slice(-2).join(' ')).toLowerCase();
		const last = noun.split(' ').pop() ?? noun;
		if (KIND_SYNONYMS[last]) return KIND_SYNONYMS[last];
		if (/^[a-z][a-z'’ -]*$/.test(noun))
			return noun.split(' ').length === 2 &&
				/^(?:media|space|law|enforcement)$/.test(noun.split(' ')[0])
				? last
				: last;
	}
	return best?.[0] ?? 'thing';
}
