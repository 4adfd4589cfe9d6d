// The question generator's state and the helpers every template uses. The templates themselves, one file per
// family of facts, are plain functions of a Generator (templates-*.ts); generate.ts chooses among their drafts.
import { type Base, type ChoiceDraft, type Draft } from './arrange.ts';
import { KEY_LENGTH_RATIO } from './check-rules.ts';
import type { Fact, FactsFile } from './facts-types.ts';
import { Knowledge } from './knowledge.ts';
import { createRandom, hashString, type Random } from './random.ts';
import { emphasiseNegatives } from './text.ts';
import type { Skill } from './types.ts';
import { type SectionGist, OPTIONS, optionList, type Preference } from './generate-helpers.ts';
import { numberItems, numberDataItems, comparisonItems } from './templates-numbers.ts';
import { eventItems, sequenceItems } from './templates-events.ts';
import { entityItems, matchingItems, setItems } from './templates-names.ts';
import { quoteItems, positionItems } from './templates-claims.ts';
import { causeItems } from './templates-causes.ts';
import { definitionItems, mainIdeaItems } from './templates-vocabulary.ts';

/** Drafts every item the facts allow, with each fact-and-skill group's forms in order of preference. */
export class Generator {
	/** What the facts say about names, relations and camps. */
	readonly know: Knowledge;
	readonly drafts: Draft[] = [];
	/** Draft id to its preference group and rank. */
	readonly preference = new Map<string, Preference>();
	/** The facts by id. */
	readonly byId: Map<string, Fact>;

	constructor(
		readonly facts: Fact[],
		readonly seed: string,
		corpus: string,
		readonly file: Pick<FactsFile, 'fields' | 'alternatives'>,
		readonly sections: SectionGist[],
		readonly note: (factId: string, note: string) => void
	) {
		this.know = new Knowledge(facts, corpus, file);
		this.byId = new Map(facts.map((f) => [f.id, f]));
	}

	rng(id: string): Random {
		return createRandom(`${this.seed}:${id}`);
	}

	meta(facts: Fact[], template: string, skill: Skill): Omit<Base, 'stem' | 'explanation'> {
		const first = facts[0];
		return {
			id: `${facts.map((f) => f.id).join('+')}.${template}`,
			origin: 'generated',
			template,
			skill,
			facts: facts.map((f) => f.id),
			section: first.section,
			...(first.anchor ? { anchor: first.anchor } : {})
		};
	}

	base(facts: Fact[], template: string, skill: Skill, stem: string, explanation: string): Base {
		return { ...this.meta(facts, template, skill), stem: emphasiseNegatives(stem), explanation };
	}

	/** Record a draft with its preference: `rank` 0 is the item wanted, higher ranks stand in when it fails. */
	add(draft: Draft | null, group: string, rank = 0): boolean {
		if (!draft) return false;
		const id = draft.kind === 'ready' ? draft.item.id : draft.base.id;
		this.drafts.push(draft);
		this.preference.set(id, { group, rank });
		return true;
	}

	choice(
		base: Base,
		type: 'single' | 'whosaid',
		key: string,
		distractors: string[]
	): ChoiceDraft | null {
		if (distractors.length < 2) return null;
		let chosen = distractors.slice(0, OPTIONS - 1);
		const mean = (list: string[]) => list.reduce((s, t) => s + t.length, 0) / list.length;
		if (chosen.length > 2 && key.length > KEY_LENGTH_RATIO * mean(chosen)) {
			// A long key among few candidates: three options without the shortest distractor may keep its length unremarkable.
			const shortest = chosen.reduce((at, t, i) => (t.length < chosen[at].length ? i : at), 0);
			const fewer = chosen.filter((_, i) => i !== shortest);
			if (key.length <= KEY_LENGTH_RATIO * mean(fewer)) chosen = fewer;
		}
		const rng = createRandom(`${base.id}:order`);
		return {
			kind: 'choice',
			base,
			type,
			size: chosen.length + 1,
			build(position) {
				const texts = rng.shuffle(chosen);
				texts.splice(position, 0, key);
				const options = optionList(texts);
				return { options, answer: options[position].id };
			}
		};
	}

	/** A seeded one-in-three draw: spreads typed answers across the bank. */
	third(id: string): boolean {
		return hashString(`${this.seed}:${id}:typed`) % 3 === 0;
	}

	/** Rank of the first of two forms, by a seeded coin: spreads item types across the bank. */
	coin(id: string): boolean {
		return hashString(`${this.seed}:${id}:form`) % 2 === 0;
	}

	run(): void {
		for (const fact of this.facts) {
			switch (fact.type) {
				case 'number':
					numberItems(this, fact);
					numberDataItems(this, fact);
					break;
				case 'event':
					eventItems(this, fact);
					break;
				case 'entity':
					entityItems(this, fact);
					break;
				case 'quote':
					quoteItems(this, fact);
					break;
				case 'position':
					positionItems(this, fact);
					break;
				case 'set':
					setItems(this, fact);
					break;
				case 'definition':
					definitionItems(this, fact);
					break;
				case 'comparison':
					comparisonItems(this, fact);
					break;
				case 'cause':
					// Taken together in `causes`, which knows every cause.
					break;
			}
		}
		sequenceItems(this);
		matchingItems(this);
		causeItems(this);
		mainIdeaItems(this);
	}

	voiceList?: Map<string, string[]>;
	/** Name-to-role matchings made so far. */
	matchingCount = 0;
	/** Reporter's statements asked so far. */
	reporterAsked = 0;
	/** Holders already asked "which of these views is theirs". */
	readonly viewAsked = new Set<string>();
}
