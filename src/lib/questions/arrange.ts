import { chiSquarePValue } from './chi-square.ts';
import { hashString } from './random.ts';
import { emphasiseNegatives } from './text.ts';
import { isChoice, type Item, type Option } from './types.ts';

/** The fields a draft carries before its options are placed. */
export type Base = Pick<
	Item,
	'id' | 'origin' | 'template' | 'skill' | 'facts' | 'section' | 'anchor' | 'stem' | 'explanation'
>;

/** A choice item before its key has a position. */
export interface ChoiceDraft {
	kind: 'choice';
	base: Base;
	type: 'single' | 'whosaid';
	/** Number of options it will have. */
	size: number;
	/** Builds the options with the key at `position`; null when that position is impossible. */
	build(position: number): { options: Option[]; answer: string } | null;
}

/** A true/false item before it is decided whether it states the truth. */
export interface TrueFalseDraft {
	kind: 'truefalse';
	base: Omit<Base, 'stem' | 'explanation'>;
	/** The true statement (a full stem) and its explanation. */
	truth: { stem: string; explanation: string };
	/** A statement known to be false, when the facts allow one. */
	falsehood?: { stem: string; explanation: string };
}

/** Any draft: a choice to place, a true/false to decide, or an item already whole. */
export type Draft = ChoiceDraft | TrueFalseDraft | { kind: 'ready'; item: Item };

/** A sentence without its closing punctuation. */
export const endSentence = (text: string): string => text.trim().replace(/[.?!]*$/, '');

/** A true/false draft: the statement, and a false variant when the facts allow one. */
export function truefalseDraft(
	base: TrueFalseDraft['base'],
	truth: string,
	falsehood: string | null,
	why: string
): TrueFalseDraft {
	return {
		kind: 'truefalse',
		base,
		truth: {
			stem: emphasiseNegatives(`${endSentence(truth)}. True or false?`),
			explanation: `True. ${why}`
		},
		...(falsehood
			? {
					falsehood: {
						stem: emphasiseNegatives(`${endSentence(falsehood)}. True or false?`),
						explanation: `False. ${why}`
					}
				}
			: {})
	};
}

/** Items ordered by a seeded hash of their id: a fair, reproducible order independent of fact order. */
export function byHash<T>(list: T[], id: (x: T) => string, seed: string): T[] {
	return list
		.map((x) => ({ x, h: hashString(`${seed}:${id(x)}`), id: id(x) }))
		.sort((a, b) => a.h - b.h || a.id.localeCompare(b.id))
		.map((e) => e.x);
}

/** Spread to aim for: well above the check's 0.05, so drops and hand items do not tip it over. */
const BALANCE_P = 0.25;

/**
 * Key positions for one group: each item keeps its own seeded position (stable when other facts change),
 * then the fewest moves that bring the chi-square p-value of the spread, `fixed` counts included, to BALANCE_P.
 */
function balancedPositions(
	ids: string[],
	size: number,
	seed: string,
	fixed: number[],
	start: (index: number) => number,
	movable: (index: number) => boolean
): number[] {
	const positions = ids.map((_, i) => start(i));
	const counts = Array.from({ length: size }, (_, p) => fixed[p] ?? 0);
	for (const p of positions) counts[p] += 1;
	const pValue = () => {
		const total = counts.reduce((a, b) => a + b, 0);
		if (total === 0) return 1;
		const expected = total / size;
		return chiSquarePValue(
			counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0),
			size - 1
		);
	};
	const order = byHash(
		ids.map((_, i) => i),
		(i) => ids[i],
		`${seed}:moves`
	);
	for (let guard = 0; guard < ids.length && pValue() < BALANCE_P; guard++) {
		const high = counts.indexOf(Math.max(...counts));
		const low = counts.indexOf(Math.min(...counts));
		const k = order.find((i) => positions[i] === high && movable(i));
		if (k === undefined) break;
		positions[k] = low;
		counts[high] -= 1;
		counts[low] += 1;
	}
	return positions;
}

/** Key position counts of items already in the bank (hand-written ones), by option count. */
function keyCounts(items: Item[]): Map<number, number[]> {
	const out = new Map<number, number[]>();
	for (const item of items) {
		if (!isChoice(item) || item.type === 'multiple') continue;
		const counts = out.get(item.options.length) ?? new Array<number>(item.options.length).fill(0);
		const at = item.options.findIndex((o) => o.id === item.answer);
		if (at >= 0) counts[at] += 1;
		out.set(item.options.length, counts);
	}
	return out;
}

/** Give keys positions (and true/false items their truth) so positions spread evenly across the bank. */
export function arrange(drafts: Draft[], seed: string, alongside: Item[]): Item[] {
	const items: Item[] = [];
	const fixed = keyCounts(alongside);
	const choices = drafts.filter((d): d is ChoiceDraft => d.kind === 'choice');
	const sizes = [...new Set(choices.map((d) => d.size))].sort();
	for (const size of sizes) {
		const group = choices.filter((d) => d.size === size);
		const ids = group.map((d) => d.base.id);
		const positions = balancedPositions(
			ids,
			size,
			seed,
			fixed.get(size) ?? [],
			(i) => hashString(`${seed}:${ids[i]}:position`) % size,
			() => true
		);
		group.forEach((d, i) => {
			// A position the draft cannot fill (a figure at the top of its bounds) falls back to the nearest it can.
			const tries = Array.from({ length: size }, (_, k) => k).sort(
				(a, b) => Math.abs(a - positions[i]) - Math.abs(b - positions[i])
			);
			for (const p of tries) {
				const built = d.build(p);
				if (built) {
					items.push({ ...d.base, type: d.type, ...built });
					break;
				}
			}
		});
	}

	const tfs = drafts.filter((d): d is TrueFalseDraft => d.kind === 'truefalse');
	const ids = tfs.map((d) => d.base.id);
	// Position 0 is True, 1 is False; a statement with no known-false variant stays true.
	const positions = balancedPositions(
		ids,
		2,
		seed,
		fixed.get(2) ?? [],
		(i) => (tfs[i].falsehood ? hashString(`${seed}:${ids[i]}:truth`) % 2 : 0),
		(i) => tfs[i].falsehood !== undefined
	);
	tfs.forEach((d, i) => items.push(truefalseItem(d, positions[i] === 0)));
	for (const d of drafts) if (d.kind === 'ready') items.push(d.item);
	return items;
}

/** True/false item from a draft, stating the truth or the falsehood. */
export function truefalseItem(d: TrueFalseDraft, truth: boolean): Item {
	const { stem, explanation } = truth || !d.falsehood ? d.truth : d.falsehood;
	return {
		...d.base,
		type: 'truefalse',
		stem,
		explanation,
		options: [
			{ id: 'true', text: 'True' },
			{ id: 'false', text: 'False' }
		],
		answer: truth || !d.falsehood ? 'true' : 'false'
	};
}

/**
 * After items were dropped or added, move as few keys as needed (rebuilding those items from their drafts)
 * so each group's key positions, hand items included, spread evenly again.
 */
export function rebalance(
	items: Item[],
	drafts: Draft[],
	seed: string,
	alongside: Item[],
	valid: (item: Item) => boolean
): Item[] {
	const choiceDrafts = new Map(
		drafts.flatMap((d) => (d.kind === 'choice' ? [[d.base.id, d] as const] : []))
	);
	const tfDrafts = new Map(
		drafts.flatMap((d) => (d.kind === 'truefalse' ? [[d.base.id, d] as const] : []))
	);
	const fixed = keyCounts(alongside);
	const out = items.slice();
	const sizes = new Set(
		out.flatMap((i) => (isChoice(i) && i.type !== 'multiple' ? [i.options.length] : []))
	);
	for (const size of sizes) {
		const members = out.flatMap((item, index) =>
			isChoice(item) && item.type !== 'multiple' && item.options.length === size
				? [{ item, index }]
				: []
		);
		const ids = members.map((m) => m.item.id);
		const current = members.map(({ item }) =>
			isChoice(item) ? item.options.findIndex((o) => o.id === item.answer) : 0
		);
		const positions = balancedPositions(
			ids,
			size,
			seed,
			fixed.get(size) ?? [],
			(i) => current[i],
			(i) =>
				members[i].item.type === 'truefalse'
					? tfDrafts.get(ids[i])?.falsehood !== undefined
					: choiceDrafts.has(ids[i])
		);
		members.forEach(({ item, index }, i) => {
			if (positions[i] === current[i]) return;
			let rebuilt: Item | null = null;
			const tf = tfDrafts.get(item.id);
			const choice = choiceDrafts.get(item.id);
			if (item.type === 'truefalse' && tf) rebuilt = truefalseItem(tf, positions[i] === 0);
			else if (choice) {
				const built = choice.build(positions[i]);
				rebuilt = built ? { ...choice.base, type: choice.type, ...built } : null;
			}
			// Keep the facts the item gained (a stem that names another item's answer lists its fact).
			if (rebuilt) rebuilt = { ...rebuilt, facts: item.facts };
			if (rebuilt && valid(rebuilt)) out[index] = rebuilt;
		});
	}
	return out;
}
