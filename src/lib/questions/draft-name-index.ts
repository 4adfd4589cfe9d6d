/**
 * The names of an article as found: each entity with its mentions, aliases and the best-evidenced kind,
 * and how two spellings are told to be the same name.
 */
import { GENERIC } from './draft-name-words.ts';
import { normalise } from './text.ts';

/** One place a name is written. */
export interface Mention {
	/** What it names. */
	entity: Entity;
	/** Paragraph number. */
	paragraph: number;
	/** Index of the sentence in its paragraph. */
	sentence: number;
	/** Start of the name in the sentence. */
	start: number;
	/** End of the name in the sentence. */
	end: number;
	/** Written as an owner ("Starmer’s administration"). */
	possessive: boolean;
	/** A lower-case noun right after the name ("the UK government", "the Eastgate terminal"). */
	modifier?: { noun: string; plural: boolean };
	/** Written with "the" before it. */
	the: boolean;
}

/** Something the article names: a person, a place, an organisation, an instrument... */
export interface Entity {
	/** Normalised name without "the", for look-ups. */
	key: string;
	/** The name as written (longest form), without "the". */
	name: string;
	/** Other spellings the article uses: a surname alone, an acronym. */
	aliases: Set<string>;
	/** The kind, as a lower-case noun (country, person, telescope...). */
	kind: string;
	/** Why that kind, for the author ("the noun after it: “the X telescope”"). */
	kindWhy: string;
	/** Strength of the evidence for the kind: lower is stronger. */
	kindRank: number;
	/** A title written before a person's name ("UK Prime Minister"). */
	title?: string;
	/** A phrase set beside the name between commas ("an astronomer at Northfield University"). */
	apposition?: string;
	/** Every mention, in article order. */
	mentions: Mention[];
}

/** Every name of an article, with its mentions and a guessed kind. */
export class NameIndex {
	/** The entities, in order of first mention. */
	readonly entities: Entity[] = [];
	private readonly byKey = new Map<string, Entity>();

	/** The entity a name (or one of its aliases) stands for. */
	find(name: string): Entity | undefined {
		const key = keyOf(name);
		const direct = this.byKey.get(key);
		if (direct) return direct;
		return this.entities.find((e) => [...e.aliases].some((a) => keyOf(a) === key));
	}

	/** Mentions in one paragraph, in order. */
	inParagraph(n: number): Mention[] {
		return this.entities
			.flatMap((e) => e.mentions.filter((m) => m.paragraph === n))
			.sort((a, b) => a.sentence - b.sentence || a.start - b.start);
	}

	/** Mentions in one sentence, in order. */
	inSentence(n: number, sentence: number): Mention[] {
		return this.inParagraph(n).filter((m) => m.sentence === sentence);
	}

	/**
	 * The last entity of one of these kinds mentioned before a point of the article, for "he", "she" or "it":
	 * searched back through the paragraph, then the paragraphs before it.
	 */
	lastBefore(
		paragraph: number,
		sentence: number,
		offset: number,
		accept: (e: Entity) => boolean
	): Entity | undefined {
		let best: Mention | undefined;
		for (const e of this.entities) {
			if (!accept(e)) continue;
			for (const m of e.mentions) {
				const before =
					m.paragraph < paragraph ||
					(m.paragraph === paragraph &&
						(m.sentence < sentence || (m.sentence === sentence && m.end <= offset)));
				if (!before) continue;
				if (
					!best ||
					m.paragraph > best.paragraph ||
					(m.paragraph === best.paragraph &&
						(m.sentence > best.sentence || (m.sentence === best.sentence && m.start > best.start)))
				)
					best = m;
			}
		}
		return best?.entity;
	}

	/** Register a mention of a name, returning the entity (new or found). */
	add(
		words: string[],
		at: Omit<Mention, 'entity'>,
		evidence: { kind: string; why: string; rank: number }[],
		extra: { title?: string; apposition?: string; acronym?: string } = {}
	): Entity {
		const name = words.join(' ');
		let entity = this.byKey.get(keyOf(name));
		if (!entity && words.length === 1) {
			entity =
				this.entities.find((e) => e.title && keyOf(e.title) === keyOf(name)) ??
				this.entities.find((e) => [...e.aliases].some((a) => a === name)) ??
				(GENERIC.has(name.toLowerCase())
					? undefined
					: (this.entities.find(
							(e) => e.kind === 'person' && e.name.split(' ').slice(-1)[0] === name
						) ?? this.entities.find((e) => e.name.split(' ').includes(name))));
			if (entity && entity.name !== name) entity.aliases.add(name);
		}
		if (!entity && words.length > 1) {
			// A full name after its short form ("Starmer", later "Keir Starmer"): one person.
			const last = words[words.length - 1];
			const short = this.byKey.get(keyOf(last));
			if (short) {
				if (evidence.some((e) => e.kind === 'person') && short.kindRank > 3) {
					this.byKey.delete(short.key);
					short.aliases.add(short.name);
					short.name = name;
					short.key = keyOf(name);
					this.byKey.set(short.key, short);
					entity = short;
				}
			}
		}
		if (!entity) {
			entity = {
				key: keyOf(name),
				name,
				aliases: new Set(),
				kind: 'organisation',
				kindWhy: 'a guess: nothing in the text says what it is',
				kindRank: 99,
				mentions: []
			};
			this.entities.push(entity);
			this.byKey.set(entity.key, entity);
		}
		for (const e of evidence) this.evidence(entity, e.kind, e.why, e.rank);
		if (extra.title && !entity.title) entity.title = extra.title;
		if (extra.apposition && !entity.apposition) entity.apposition = extra.apposition;
		if (extra.acronym) entity.aliases.add(extra.acronym);
		entity.mentions.push({ ...at, entity });
		return entity;
	}

	/** Record a clue to an entity's kind; the strongest (lowest rank) wins, the first among equals. */
	evidence(entity: Entity, kind: string, why: string, rank: number): void {
		if (rank < entity.kindRank) {
			entity.kind = kind;
			entity.kindWhy = why;
			entity.kindRank = rank;
		}
	}
}

/** Normalised key of a name: lower case, no "the", no punctuation. */
export function keyOf(name: string): string {
	return normalise(name).replace(/^the /, '');
}

/** Short forms of well-known names, so "UK" and "the United Kingdom" are one. */
const SAME = [
	['uk', 'united kingdom', 'britain', 'great britain'],
	['us', 'usa', 'u s', 'united states', 'united states of america', 'america'],
	['eu', 'european union'],
	['un', 'united nations'],
	['who', 'world health organization', 'world health organisation']
];

/** Whether two names stand for the same thing (spelling, "the", common short forms). */
export function sameName(a: string, b: string): boolean {
	const x = keyOf(a);
	const y = keyOf(b);
	if (x === y) return true;
	return SAME.some((group) => group.includes(x) && group.includes(y));
}
