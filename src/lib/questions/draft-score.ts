import { keyWords } from './draft-text.ts';
import { sameName } from './draft-name-index.ts';
import type { Draft } from './draft.ts';
import type { Fact } from './facts-types.ts';
import { normalise } from './text.ts';

/** How drafts compare with an author's hand-written facts. */
export interface DraftScore {
	/** Hand-written facts from the article (not background). */
	handFacts: number;
	/** Of those, how many have a draft of the same type from the same paragraph (the recall). */
	recalled: number;
	/** Of those, how many have such a draft whose key also matches (strict recall). */
	recalledStrict: number;
	/** Drafts made. */
	drafts: number;
	/** Drafts usable after rewording: a hand-written fact of the paragraph confirms their type and key. */
	usable: number;
	/** Entity drafts whose kind equals the hand-written category. */
	kindRight: number;
	/** Entity drafts that were usable. */
	kindChecked: number;
	/** Hand-written facts with no draft of their type in their paragraph, for reading. */
	missed: Fact[];
	/** Drafts no hand-written fact confirms, for reading. */
	unusable: Draft[];
}

/** Names a fact gives a thing of, for matching an entity draft. */
function namesOf(f: Fact): string[] {
	if (f.type === 'entity') return [f.entity, ...(f.aliases ?? [])];
	if (f.type === 'set') return f.members;
	return [];
}

function overlap(a: string, b: string): number {
	const x = keyWords(a);
	let n = 0;
	for (const w of keyWords(b)) if (x.has(w)) n++;
	return n;
}

function sameHolder(a: string, b: string): boolean {
	if (sameName(a, b)) return true;
	const spell = (t: string) =>
		normalise(t)
			.replace(/^the /, '')
			.replace(/iz(e|a|i)/g, 'is$1');
	const x = spell(a);
	const y = spell(b);
	if (x === 'article' || y === 'article') return x === y;
	const last = (s: string) => s.split(' ').slice(-1)[0];
	return last(x) === last(y) || x.includes(y) || y.includes(x);
}

/**
 * Whether a draft states the same thing as a hand-written fact of its type: the rule behind "usable after
 * rewording". Numbers: the same value (and upper end). Events: the same `when` (and `until`), or for undated
 * events a `when` the hand-written label contains. Entities: the same name (spelling, "the" and short forms
 * aside) as an entity fact or a set member. Quotations: the same speaker and overlapping words. Positions: the
 * same holder (the article for the reporter's words). Sets: two members in common. Causes: the cause shares a
 * content word with the hand-written cause and the effect one with its effect. Definitions: the same term.
 * Comparisons: the same two figures.
 */
export function sameKey(d: Draft, f: Fact, drafts: Draft[], facts: Fact[]): boolean {
	const x = d.fact as Record<string, unknown>;
	switch (f.type) {
		case 'number':
			return x.value === f.value && (f.to === undefined || x.to === f.to);
		case 'event':
			if (f.granularity === 'relative' || x.granularity === 'relative')
				return normalise(f.when).includes(normalise(String(x.when)));
			return x.when === f.when && (f.until === undefined || x.until === f.until);
		case 'entity':
		case 'set':
			if (d.fact.type === 'entity') {
				const names = [String(x.entity), ...((x.aliases as string[] | undefined) ?? [])];
				return namesOf(f).some((n) => names.some((m) => sameName(n, m)));
			}
			if (f.type !== 'set') return false;
			return (
				(x.members as string[]).filter((m) =>
					f.members.some((n) => sameName(m, n) || normalise(m) === normalise(n))
				).length >= Math.min(2, f.members.length)
			);
		case 'quote': {
			const w = normalise(String(x.words));
			const v = normalise(f.words);
			return sameHolder(String(x.speaker), f.speaker) && (w.includes(v) || v.includes(w));
		}
		case 'position':
			return sameHolder(String(x.holder), f.holder);
		case 'cause':
			return overlap(String(x.cause), f.cause) >= 1 && overlap(String(x.effect), f.effect) >= 1;
		case 'definition': {
			const t = (s: string) => normalise(s).replace(/s$/, '');
			return (
				t(String(x.term)) === t(f.term) || (f.aliases ?? []).some((a) => t(a) === t(String(x.term)))
			);
		}
		case 'comparison': {
			const values = (ids: string[], list: { id: string; value: unknown }[]) =>
				ids.map((id) => list.find((l) => l.id === id)?.value).sort();
			const mine = values(
				x.figures as string[],
				drafts.map((o) => ({ id: String(o.fact.id), value: o.fact.value }))
			);
			const theirs = values(
				f.figures,
				facts.map((o) => ({ id: o.id, value: o.type === 'number' ? o.value : undefined }))
			);
			return mine.length === theirs.length && mine.every((v, i) => v === theirs[i]);
		}
	}
}

/**
 * Recall and precision of drafts against hand-written facts. Recall (the measure): the share of the
 * hand-written facts that are not background which have a draft of the same type from the same paragraph; the
 * strict recall also asks for the same key. Precision: the share of drafts that some hand-written fact of the same
 * paragraph and type confirms by `sameKey` (an entity draft also by a set that lists it), that is, drafts an
 * author keeps after rewording. Background definitions drafted from lessons are matched by term against
 * background definitions.
 */
export function scoreDrafts(drafts: Draft[], facts: Fact[]): DraftScore {
	const hand = facts.filter((f) => !f.background && f.source);
	const missed: Fact[] = [];
	let recalled = 0;
	let recalledStrict = 0;
	for (const f of hand) {
		const mine = drafts.filter(
			(d) => d.fact.type === f.type && d.paragraph === f.source?.paragraph
		);
		if (mine.length > 0) recalled++;
		else missed.push(f);
		if (mine.some((d) => sameKey(d, f, drafts, facts))) recalledStrict++;
	}
	const unusable: Draft[] = [];
	let usable = 0;
	let kindRight = 0;
	let kindChecked = 0;
	for (const d of drafts) {
		const candidates =
			d.paragraph === 0
				? facts.filter((f) => f.type === 'definition' && f.background)
				: hand.filter(
						(f) =>
							f.source?.paragraph === d.paragraph &&
							(f.type === d.fact.type || (d.fact.type === 'entity' && f.type === 'set'))
					);
		const match = candidates.find((f) => sameKey(d, f, drafts, facts));
		if (match) {
			usable++;
			if (d.fact.type === 'entity') {
				kindChecked++;
				const kind = match.type === 'entity' || match.type === 'set' ? match.category : '';
				if (kind === d.fact.category) kindRight++;
			}
		} else unusable.push(d);
	}
	return {
		handFacts: hand.length,
		recalled,
		recalledStrict,
		drafts: drafts.length,
		usable,
		kindRight,
		kindChecked,
		missed,
		unusable
	};
}
