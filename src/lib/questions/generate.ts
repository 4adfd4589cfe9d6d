import { arrange, byHash, endSentence, rebalance } from './arrange.ts';
import { checkBank, keyIsLongest } from './check-bank.ts';
import type { Violation } from './check-rules.ts';
import { checkItem } from './checks.ts';
import type { Fact, FactsFile } from './facts-types.ts';
import { emphasiseNegatives } from './text.ts';
import { capitalise } from '../format.ts';
import type { Item } from './types.ts';
import type { SectionGist } from './generate-helpers.ts';
import { Generator } from './generator.ts';

export type { SectionGist } from './generate-helpers.ts';

/** How to generate. */
export interface GenerateOptions {
	/** Seed for every random choice; the same facts and seed give the same bank. */
	seed: string;
	/** The source article's text: a pool distractor it mentions is never used as "not named in the article". */
	corpus?: string;
	/** The facts file's fields and alternatives (which shared pools, which wrong answers the author vouches for). */
	file?: Pick<FactsFile, 'fields' | 'alternatives'>;
	/** The module's sections, for main-idea items from their gists. */
	sections?: SectionGist[];
	/** Items that will join the bank (hand-written ones): counted in bank-wide rules, never dropped. */
	alongside?: Item[];
	/** Told about each template output left out and why, for author tools. */
	onDrop?: (item: Item, reasons: Violation[]) => void;
	/** Told why a fact gets no item of a kind (no choice item: too few wrong answers of its kind...), for `doctor`. */
	onNote?: (factId: string, note: string) => void;
}

/** A true statement of the fact itself, the fallback that lets every fact appear in the bank. */
function statementItem(fact: Fact): Item {
	// A comparison's statement restates its figures: it names their facts, so it is never drawn beside their items.
	const related =
		fact.type === 'comparison'
			? fact.figures
			: fact.type === 'position'
				? (fact.evidence ?? [])
				: [];
	return {
		id: `${fact.id}.statement-tf`,
		type: 'truefalse',
		origin: 'generated',
		template: 'statement-tf',
		// A true statement restated tests recall, whatever the fact's kind: it is counted as key detail.
		skill: 'key-detail',
		facts: [fact.id, ...related.filter((id) => id !== fact.id)],
		section: fact.section,
		...(fact.anchor ? { anchor: fact.anchor } : {}),
		stem: emphasiseNegatives(`${capitalise(endSentence(fact.statement))}. True or false?`),
		explanation: `True. ${capitalise(fact.statement)}`,
		options: [
			{ id: 'true', text: 'True' },
			{ id: 'false', text: 'False' }
		],
		answer: 'true'
	};
}

/**
 * Generate the bank's items from facts, deterministically for a seed: for each fact and skill, the first form
 * (in the generator's order of preference) that passes every item check. Items that would break a bank-wide
 * rule are dropped when their facts are covered by other items.
 */
export function generateItems(facts: Fact[], opts: GenerateOptions): Item[] {
	const generator = new Generator(
		facts,
		opts.seed,
		opts.corpus ?? '',
		opts.file ?? { fields: [], alternatives: new Map() },
		opts.sections ?? [],
		opts.onNote ?? (() => {})
	);
	generator.run();
	const byId = new Map(facts.map((f) => [f.id, f]));
	const alongside = opts.alongside ?? [];
	const valid = arrange(generator.drafts, opts.seed, alongside).filter((item) => {
		const problems = checkItem(item, byId);
		if (problems.length > 0) opts.onDrop?.(item, problems);
		return problems.length === 0;
	});
	// The preferred form of each fact and skill; the others stand aside.
	const best = new Map<string, Item>();
	for (const item of valid) {
		const pref = generator.preference.get(item.id) ?? { group: item.id, rank: 0 };
		const held = best.get(pref.group);
		if (!held || (generator.preference.get(held.id)?.rank ?? 0) > pref.rank)
			best.set(pref.group, item);
	}
	let items = valid.filter((i) => best.get(generator.preference.get(i.id)?.group ?? i.id) === i);
	const tried = new Set(items.map((i) => i.id));
	const rankOf = (item: Item) => generator.preference.get(item.id)?.rank ?? 0;
	const groupOf = (item: Item) => generator.preference.get(item.id)?.group ?? item.id;
	/** The next form of a dropped item's fact and skill, if one passed the item checks. */
	const standIn = (dropped: Item): Item | undefined => {
		const next = valid
			.filter(
				(i) => !tried.has(i.id) && groupOf(i) === groupOf(dropped) && rankOf(i) > rankOf(dropped)
			)
			.sort((a, b) => rankOf(a) - rankOf(b))[0];
		if (next) tried.add(next.id);
		return next;
	};

	const used = new Set(items.flatMap((i) => (i.template === 'main-idea' ? [] : i.facts)));
	for (const fact of facts) {
		if (used.has(fact.id)) continue;
		const fallback = statementItem(fact);
		if (checkItem(fallback, byId).length === 0) items.push(fallback);
	}

	// Drop items breaking bank-wide rules, in seeded order, never the last item of a fact.
	for (let round = 0; round < 50; round++) {
		const counts = new Map<string, number>();
		// A main-idea item names its section's facts but tests none of them: it covers no fact.
		for (const i of [...items, ...alongside])
			if (i.template !== 'main-idea')
				for (const f of i.facts) counts.set(f, (counts.get(f) ?? 0) + 1);
		const byItemId = new Map(items.map((i) => [i.id, i]));
		const spare = (id: string) =>
			byItemId.get(id)?.facts.every((f) => (counts.get(f) ?? 0) > 1) ?? false;
		const offenders: string[] = [];
		const why = new Map<string, Violation[]>();
		let longestExcess = false;
		const violations = checkBank([...items, ...alongside], facts);
		// A stem that names another item's answer uses that item's fact: it says so, and the two are then
		// never drawn into one quiz (see factDisjoint), so both can stay. Hand-written items are left as written.
		let linked = false;
		for (const v of violations) {
			if (v.rule !== 'giveaway' || !v.related) continue;
			const revealing = byItemId.get(v.itemId);
			const revealed = byItemId.get(v.related) ?? alongside.find((i) => i.id === v.related);
			const target = revealing ?? (revealed && byItemId.has(revealed.id) ? revealed : undefined);
			const other = target === revealing ? revealed : alongside.find((i) => i.id === v.itemId);
			if (!target || !other) continue;
			const index = items.indexOf(target);
			items[index] = { ...target, facts: [...new Set([...target.facts, ...other.facts])] };
			byItemId.set(target.id, items[index]);
			linked = true;
		}
		if (linked) continue;
		for (const v of violations) {
			// A giveaway goes away with either item: the revealing one if it can go, else the revealed one.
			const id = !spare(v.itemId) && v.related && spare(v.related) ? v.related : v.itemId;
			if (v.itemId) {
				offenders.push(id);
				why.set(id, [...(why.get(id) ?? []), v]);
			}
			if (v.rule === 'key-longest') longestExcess = true;
		}
		const drop = new Set<string>();
		const take = (item: Item) => {
			for (const f of item.facts) counts.set(f, (counts.get(f) ?? 0) - 1);
			drop.add(item.id);
		};
		for (const id of byHash([...new Set(offenders)], (x) => x, opts.seed)) {
			const item = byItemId.get(id);
			if (item && item.facts.every((f) => (counts.get(f) ?? 0) > 1)) take(item);
		}
		if (longestExcess) {
			// Remove just enough key-longest items to bring each group's share under 1/n + 10%.
			for (const size of [3, 4]) {
				const group = items.filter(
					(i) =>
						(i.type === 'single' || i.type === 'whosaid') &&
						i.options.length === size &&
						!drop.has(i.id)
				);
				const longest = byHash(group.filter(keyIsLongest), (i) => i.id, opts.seed);
				const limit = 1 / size + 0.1;
				let excess = Math.ceil((longest.length - limit * group.length) / (1 - limit));
				for (const item of longest) {
					if (excess <= 0) break;
					if (!item.facts.every((f) => (counts.get(f) ?? 0) > 1)) continue;
					take(item);
					excess -= 1;
				}
			}
		}
		if (drop.size === 0) break;
		const standIns: Item[] = [];
		for (const i of items) {
			if (!drop.has(i.id)) continue;
			opts.onDrop?.(
				i,
				why.get(i.id) ?? [
					{
						itemId: i.id,
						rule: 'key-longest',
						message: 'one key-longest item too many in the bank'
					}
				]
			);
			const next = standIn(i);
			if (next) standIns.push(next);
		}
		items = [...items.filter((i) => !drop.has(i.id)), ...standIns];
	}
	items = rebalance(
		items,
		generator.drafts,
		opts.seed,
		alongside,
		(item) => checkItem(item, byId).length === 0
	);
	return items.sort((a, b) => a.section.localeCompare(b.section) || a.id.localeCompare(b.id));
}
