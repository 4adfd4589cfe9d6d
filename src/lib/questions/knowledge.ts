import { KEY_LENGTH_RATIO, MAX_OPTION } from './check-rules.ts';
import { absoluteWord } from './checks.ts';
import { factNames, factTexts } from './fact-text.ts';
import type { Fact, FactsFile } from './facts-types.ts';
import { isMajorCountry, poolFor } from './pools.ts';
import type { Random } from './random.ts';
import { containsPhrase, normalise, PhraseIndex } from './text.ts';

/** Comparison key for names: "the Netherlands" and "Netherlands" are one country. */
export const nameKey = (name: string): string => normalise(name).replace(/^the /, '');

/** Where a wrong answer came from, in the order they are preferred. */
export type DistractorSource = 'module' | 'author' | 'pool';

/** Wrong-answer candidates for one key, by source. */
export interface Candidates {
	/** Names of the key's kind that the module's facts give other roles. */
	module: string[];
	/** The author's alternatives: on the fact, then per kind at the top of facts.yaml. */
	author: string[];
	/** Shared-pool names of the key's kind and the module's field that the article never mentions. */
	pool: string[];
}

/** What the facts say about names and relations, to tell a safe distractor from a true one. */
export class Knowledge {
	private readonly corpus: PhraseIndex;
	private readonly mentions = new Map<string, boolean>();
	/** Member name to the names of the lists it is in. */
	private readonly listsOf = new Map<string, string[]>();
	private readonly holders = new Map<string, Set<string>>();
	private readonly completeScopes = new Map<string, Set<string>>();
	/** Name to the representative of its camp: names listed together, sharing a relation, or a group and its members. */
	private readonly camps = new Map<string, string>();
	/** Module names by kind, first-seen order. */
	readonly names = new Map<string, string[]>();
	/** Speakers and holders: the voices of the article's debate. */
	private readonly voiceNames = new Set<string>();

	constructor(
		readonly facts: Fact[],
		corpus: string,
		readonly file: Pick<FactsFile, 'fields' | 'alternatives'> = {
			fields: [],
			alternatives: new Map()
		}
	) {
		this.corpus = new PhraseIndex([...facts.flatMap(factTexts), corpus].join('\n'));
		const seen = new Set<string>();
		for (const fact of facts) {
			for (const { name, category } of factNames(fact)) {
				const kind = category.toLowerCase();
				const key = `${kind}:${nameKey(name)}`;
				if (fact.type === 'entity' && fact.aliases?.includes(name)) continue;
				if (seen.has(key)) continue;
				seen.add(key);
				const list = this.names.get(kind) ?? [];
				list.push(name);
				this.names.set(kind, list);
			}
			if (fact.type === 'entity') {
				// A draft's placeholder ("TODO: its relation here") is no relation the names share.
				for (const label of [fact.relation, fact.role].filter((l) => !/\bTODO\b/.test(l))) {
					for (const n of [fact.entity, ...(fact.aliases ?? [])]) this.hold(label, n);
				}
			}
			if (fact.type === 'set') {
				for (const m of fact.members)
					this.listsOf.set(nameKey(m), [...(this.listsOf.get(nameKey(m)) ?? []), fact.name]);
				for (const label of [fact.name, fact.relation ?? '']) {
					if (!label) continue;
					for (const m of fact.members) this.hold(label, m);
					if (fact.complete)
						this.completeScopes.set(normalise(label), new Set(fact.members.map(nameKey)));
				}
			}
		}
		for (const names of this.holders.values()) {
			const [first, ...rest] = [...names];
			for (const n of rest) this.join(first, n);
		}
		const voices = facts.flatMap((f) =>
			f.type === 'quote' ? [f.speaker] : f.type === 'position' ? [f.holder] : []
		);
		for (const v of voices) this.voiceNames.add(nameKey(v));
		for (const fact of facts) {
			if (fact.type !== 'set' || fact.members.length === 0) continue;
			// "human-rights organisations" is the group "human-rights organisations that criticised..." lists.
			for (const v of voices)
				if (containsPhrase(fact.name, v)) this.join(nameKey(v), nameKey(fact.members[0]));
		}
		// A person who speaks for a group the facts name with them ("David Ashworth, chief executive of
		// Brennmouth Port Holdings") stands in its camp: their views are not the group's wrong answers.
		for (const fact of facts) {
			const named = [
				...factNames(fact).map((n) => n.name),
				...(fact.type === 'entity' ? [fact.entity] : [])
			];
			const texts = [
				fact.statement,
				...(fact.type === 'entity' ? [fact.role, fact.relation] : [])
			].join(' \n ');
			for (const person of named) {
				if (!voices.some((v) => nameKey(v) === nameKey(person))) continue;
				for (const group of voices) {
					// The reporter ("the article") is in every statement that says what the article names.
					if (nameKey(group) === 'article') continue;
					if (nameKey(group) !== nameKey(person) && containsPhrase(texts, group))
						this.join(nameKey(person), nameKey(group));
				}
			}
		}
	}

	private root(key: string): string {
		let k = key;
		for (let next = this.camps.get(k); next !== undefined && next !== k; next = this.camps.get(k))
			k = next;
		return k;
	}

	private join(a: string, b: string): void {
		const [ra, rb] = [this.root(a), this.root(b)];
		if (ra !== rb) this.camps.set(rb, ra);
	}

	/**
	 * Whether two names stand in one camp: listed together in a set, given one relation, or one is a group the
	 * facts list the other in. Allies may share each other's views unrecorded, so neither is the other's distractor.
	 */
	allied(a: string, b: string): boolean {
		return this.root(nameKey(a)) === this.root(nameKey(b)) || this.grouped(a, b);
	}

	private hold(label: string, name: string): void {
		const key = normalise(label);
		const set = this.holders.get(key) ?? new Set<string>();
		set.add(nameKey(name));
		this.holders.set(key, set);
	}

	/** Whether the facts or the article mention a name at all. */
	mentioned(name: string): boolean {
		let known = this.mentions.get(name);
		if (known === undefined) {
			known = this.corpus.has(name);
			this.mentions.set(name, known);
		}
		return known;
	}

	/** Whether the facts make `name` hold any of these relation labels. */
	holds(name: string, labels: string[]): boolean {
		return labels.some((l) => this.holders.get(normalise(l))?.has(nameKey(name)) ?? false);
	}

	/** Whether one name is a group the facts list the other in ("human-rights organisations" and Amnesty International). */
	grouped(a: string, b: string): boolean {
		const inGroup = (member: string, group: string) =>
			(this.listsOf.get(nameKey(member)) ?? []).some((list) => containsPhrase(list, group));
		return inGroup(a, b) || inGroup(b, a);
	}

	/**
	 * Wrong answers of the key's kind for "the article names X as <labels>", by source, in order of preference:
	 * the module's own names of that kind that the facts give other roles (a neighbouring fact: the error a
	 * real reader makes); the author's alternatives; shared-pool names of the same kind and field that the
	 * article never mentions. A complete list rules its non-members out; a name holding the relation never
	 * qualifies. `extra` are the fact's own alternatives.
	 */
	candidates(kind: string, labels: string[], exclude: string[], extra: string[] = []): Candidates {
		const k = kind.toLowerCase();
		const skip = new Set(exclude.map(nameKey));
		const voices = this.voiceNames;
		// A group that lists the key ("human-rights organisations") and, among the voices of a debate, the key's
		// allies may share its role unrecorded: neither is a safe wrong answer.
		const free = (n: string) =>
			!skip.has(nameKey(n)) &&
			!this.holds(n, labels) &&
			!labels.some((l) => containsPhrase(l, n)) &&
			!exclude.some(
				(e) =>
					this.grouped(n, e) ||
					((voices.has(nameKey(n)) || voices.has(nameKey(e))) && this.allied(n, e))
			);
		const module = (this.names.get(k) ?? []).filter(free);
		const author = unique([...extra, ...(this.file.alternatives.get(k) ?? [])]).filter(free);
		const pool = poolFor(k, this.file.fields)
			.filter(
				(e) =>
					![e.name, ...(e.aliases ?? [])].some((n) => this.mentioned(n) || skip.has(nameKey(n)))
			)
			.map((e) => e.name);
		return {
			module,
			author: author.filter((n) => !module.some((m) => nameKey(m) === nameKey(n))),
			pool
		};
	}
}

function unique(list: string[]): string[] {
	const seen = new Set<string>();
	return list.filter((n) => !seen.has(nameKey(n)) && seen.add(nameKey(n)));
}

/** Pool names of the key's own kind first (major economies with major economies), the others after. */
export function sameTier(kind: string, key: string): ((name: string) => boolean) | undefined {
	if (!['country', 'nation'].includes(kind.toLowerCase())) return undefined;
	const major = isMajorCountry(key);
	return (name) => isMajorCountry(name) === major;
}

/**
 * Pick `count` distractors: module names first, then the author's, then pool names closest in length to the
 * key. Within the pool, `prefer` names come first. When the key would stand out by its length, a longer
 * candidate replaces the shortest pick.
 */
export function pickDistractors(
	key: string,
	c: Candidates,
	count: number,
	rng: Random,
	prefer?: (name: string) => boolean
): string[] {
	// A candidate the option checks would refuse ("never", "all of the above", too long) is left out, so one
	// poor alternative never costs the whole item.
	const fit = (t: string) =>
		t.length <= MAX_OPTION &&
		!absoluteWord(t) &&
		!/\b(all|none|both|neither) of (the )?(above|these|them)\b/i.test(t);
	const byLength = (list: string[]) =>
		rng
			.shuffle(list.filter(fit))
			.map((text, i) => ({ text, i }))
			.sort(
				(a, b) =>
					Math.abs(a.text.length - key.length) - Math.abs(b.text.length - key.length) || a.i - b.i
			)
			.map((x) => x.text);
	const pool = prefer
		? [...byLength(c.pool.filter(prefer)), ...byLength(c.pool.filter((n) => !prefer(n)))]
		: byLength(c.pool);
	const ranked = [...byLength(c.module), ...byLength(c.author), ...pool];
	const chosen = ranked.slice(0, count);
	const mean = () => chosen.reduce((s, t) => s + t.length, 0) / Math.max(chosen.length, 1);
	for (const longer of ranked.filter((t) => t.length > key.length)) {
		if (chosen.length < count || key.length <= KEY_LENGTH_RATIO * mean()) break;
		if (chosen.includes(longer)) continue;
		const shortest = chosen.reduce((at, t, i) => (t.length < chosen[at].length ? i : at), 0);
		chosen[shortest] = longer;
	}
	return chosen;
}
