import { createRandom } from '../questions/random.ts';
import { TYPE_NAMES } from '../questions/type-names.ts';
import { isChoice, keyIds, type Item } from '../questions/types.ts';

/** Letters for options and right-hand sides: A, B, … Z, then AA, AB, … */
export function letter(index: number): string {
	const a = 'A'.charCodeAt(0);
	return index < 26
		? String.fromCharCode(a + index)
		: letter(Math.floor(index / 26) - 1) + String.fromCharCode(a + (index % 26));
}

/** How a question is answered on paper. */
export type PaperAnswer =
	| { kind: 'tick'; many: boolean; options: { letter: string; text: string }[] }
	| { kind: 'write'; unit?: string }
	| { kind: 'order'; entries: string[] }
	| { kind: 'match'; lefts: string[]; rights: { letter: string; text: string }[] };

/** One numbered question of a worksheet, and its line in the answer key. */
export interface PaperItem {
	/** Item id. */
	id: string;
	/** What to do, in a few words ("Tick one", "Write the number"). */
	instruction: string;
	/** The question. */
	stem: string;
	/** How it is answered. */
	answer: PaperAnswer;
	/** The answer key's line: letters and words. */
	key: string;
	/** Why, from the item. */
	explanation: string;
	/** Section slug and anchor of the lesson passage. */
	section: string;
	anchor?: string;
	/** The question type's name. */
	type: string;
}

/**
 * A question laid out for paper. Choice options and matching sides are shuffled from the item's id, so
 * the right answer is not always first, and every copy of the worksheet (and its key) agrees.
 */
export function paperItem(item: Item): PaperItem {
	const random = createRandom(`${item.id}\u0000paper`);
	const base = {
		id: item.id,
		stem: item.stem,
		explanation: item.explanation,
		section: item.section,
		anchor: item.anchor,
		type: TYPE_NAMES[item.type]
	};
	if (isChoice(item)) {
		const options = item.type === 'truefalse' ? item.options : random.shuffle(item.options);
		const keys = keyIds(item);
		const lettered = options.map((o, i) => ({ id: o.id, letter: letter(i), text: o.text }));
		const right = lettered.filter((o) => keys.includes(o.id));
		const many = item.type === 'multiple';
		return {
			...base,
			instruction: many ? 'Tick every answer that applies.' : 'Tick one answer.',
			answer: {
				kind: 'tick',
				many,
				options: lettered.map(({ letter, text }) => ({ letter, text }))
			},
			key: right.map((o) => `${o.letter} (${o.text})`).join(', ')
		};
	}
	switch (item.type) {
		case 'numeric':
			return {
				...base,
				instruction: item.prefix
					? `Write the number (the article says “${item.prefix} …”).`
					: 'Write the number.',
				answer: { kind: 'write', unit: item.unit },
				key:
					item.min === item.max
						? `${item.prefix ? `${item.prefix} ` : ''}${item.answer} ${item.unit}`
						: `${item.answer} ${item.unit} (accept ${item.min} to ${item.max})`
			};
		case 'blank':
			return {
				...base,
				instruction: 'Fill in the blank.',
				answer: { kind: 'write' },
				key:
					item.accept.length > 1
						? `${item.accept[0]} (also accept: ${item.accept.slice(1).join(', ')})`
						: item.accept[0]
			};
		case 'ordering': {
			const shown = random.shuffle(item.items);
			if (shown.every((e, i) => e.id === item.items[i].id)) shown.push(shown.shift()!);
			const position = new Map(item.items.map((e, i) => [e.id, i + 1]));
			return {
				...base,
				instruction: `Number them 1 to ${shown.length}, first to last.`,
				answer: { kind: 'order', entries: shown.map((e) => e.text) },
				key: shown.map((e) => `${position.get(e.id)} (${e.text})`).join(', ')
			};
		}
		case 'matching': {
			const rights = random.shuffle([
				...new Set([...item.pairs.map((p) => p.right), ...(item.distractors ?? [])])
			]);
			const letterOf = new Map(rights.map((r, i) => [r, letter(i)]));
			return {
				...base,
				instruction: 'Write the letter of the match next to each.',
				answer: {
					kind: 'match',
					lefts: item.pairs.map((p) => p.left),
					rights: rights.map((text, i) => ({ letter: letter(i), text }))
				},
				key: item.pairs.map((p, i) => `${i + 1}–${letterOf.get(p.right)}`).join(', ')
			};
		}
	}
	throw new Error(`No paper layout for ${(item as Item).type}.`);
}

/** The worksheet's questions grouped by lesson section, in the module's section order. */
export function bySection(
	items: readonly Item[],
	sections: Record<string, string>
): { section: string; title: string; items: Item[] }[] {
	const order = Object.keys(sections);
	return order
		.map((section) => ({
			section,
			title: sections[section],
			items: items.filter((i) => i.section === section)
		}))
		.filter((g) => g.items.length > 0);
}
