import { createRandom } from './random.ts';
import type { Item } from './types.ts';

/**
 * Draw up to `count` items for one quiz, seeded, never two items that share a fact: the giveaway check
 * only compares items with disjoint facts, so this is what makes a quiz free of giveaways.
 */
export function drawQuiz(items: readonly Item[], count: number, seed: string): Item[] {
	const used = new Set<string>();
	const out: Item[] = [];
	for (const item of createRandom(seed).shuffle(items)) {
		if (out.length === count) break;
		if (item.facts.some((f) => used.has(f))) continue;
		for (const f of item.facts) used.add(f);
		out.push(item);
	}
	return out;
}
