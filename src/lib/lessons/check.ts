import type { Item } from '../questions/types.ts';

/** Seed of the option order: the prerendered copy and the island must show the same order. */
export const CHECK_SEED = 'check-your-understanding';

/** Props of the check questions at the end of a section (a type, so it fits mountIsland's props). */
export type CheckProps = {
	/** Module slug. */
	module: string;
	/** Address of the module's overview; sections live under it. */
	lessons: string;
	/** Title of the section, for the feedback's link back to it. */
	sectionTitle: string;
	/** Two or three of the section's questions. */
	items: Item[];
};

// Quick to answer at the end of a reading: choices first, then typed answers; ordering and matching last.
const TYPE_RANK: Record<Item['type'], number> = {
	single: 0,
	truefalse: 1,
	whosaid: 2,
	multiple: 3,
	blank: 4,
	numeric: 5,
	matching: 6,
	ordering: 7
};

/**
 * Up to `count` questions the section teaches, for checking understanding at its end: hand-written ones
 * first (they test reasoning), then by type, each on a different fact where possible. Always the same
 * for the same bank, so every reader of the section meets the same questions.
 */
export function checkItems(items: readonly Item[], section: string, count = 3): Item[] {
	const candidates = items
		.filter((item) => item.section === section)
		.sort(
			(a, b) =>
				(a.origin === 'hand' ? 0 : 1) - (b.origin === 'hand' ? 0 : 1) ||
				TYPE_RANK[a.type] - TYPE_RANK[b.type] ||
				(a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
		);
	const chosen: Item[] = [];
	const facts = new Set<string>();
	for (const item of candidates) {
		if (chosen.length === count) break;
		if (item.facts.some((f) => facts.has(f))) continue;
		chosen.push(item);
		item.facts.forEach((f) => facts.add(f));
	}
	// Too few distinct facts: fill up with the next questions, repeating facts rather than showing fewer.
	for (const item of candidates) {
		if (chosen.length === count) break;
		if (!chosen.includes(item)) chosen.push(item);
	}
	return chosen;
}
