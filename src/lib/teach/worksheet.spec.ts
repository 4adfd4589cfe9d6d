import { describe, expect, it } from 'vitest';
import { everyType, singleBank } from '../testing/items.ts';
import { isChoice, keyIds } from '../questions/types.ts';
import { bySection, letter, paperItem } from './worksheet.ts';

describe('paper layout', () => {
	it('letters options A to Z then AA', () => {
		expect([0, 1, 25, 26, 27].map(letter)).toEqual(['A', 'B', 'Z', 'AA', 'AB']);
	});

	it('names the right option by its printed letter in the key', () => {
		for (const item of [...everyType, ...singleBank(12)].filter(isChoice)) {
			const paper = paperItem(item);
			if (paper.answer.kind !== 'tick') throw new Error('choice items are ticked');
			const keys = keyIds(item).map((id) => item.options.find((o) => o.id === id)!.text);
			const printed = paper.answer.options
				.filter((o) => keys.includes(o.text))
				.map((o) => o.letter);
			expect(paper.key).toBe(
				printed
					.map(
						(l) =>
							`${l} (${paper.answer.kind === 'tick' && paper.answer.options.find((o) => o.letter === l)!.text})`
					)
					.join(', ')
			);
		}
	});

	it('does not always print the right answer first', () => {
		const firsts = singleBank(24).map((item) => {
			const paper = paperItem(item);
			return paper.answer.kind === 'tick' && paper.key.startsWith('A ');
		});
		expect(firsts.filter(Boolean).length).toBeLessThan(20);
	});

	it('prints the same layout every time', () => {
		for (const item of everyType) expect(paperItem(item)).toEqual(paperItem(item));
	});

	it('never prints an ordering already in order, and keys each entry’s position', () => {
		const item = everyType.find((i) => i.type === 'ordering')!;
		if (item.type !== 'ordering') return;
		const paper = paperItem(item);
		if (paper.answer.kind !== 'order') throw new Error('ordering');
		expect(paper.answer.entries).not.toEqual(item.items.map((e) => e.text));
		const first = paper.answer.entries[0];
		const position = item.items.findIndex((e) => e.text === first) + 1;
		expect(paper.key.startsWith(`${position} (${first})`)).toBe(true);
	});

	it('keys each matching left side to the letter of its right side', () => {
		const item = everyType.find((i) => i.type === 'matching')!;
		if (item.type !== 'matching') return;
		const paper = paperItem(item);
		if (paper.answer.kind !== 'match') throw new Error('matching');
		const rights = paper.answer.rights;
		item.pairs.forEach((pair, i) => {
			const l = rights.find((r) => r.text === pair.right)!.letter;
			expect(paper.key.split(', ')[i]).toBe(`${i + 1}–${l}`);
		});
	});

	it('groups questions by section in the module’s order', () => {
		const items = everyType;
		const sections = Object.fromEntries(
			[...new Set(items.map((i) => i.section))].reverse().map((s) => [s, s.toUpperCase()])
		);
		const groups = bySection(items, sections);
		expect(groups.map((g) => g.section)).toEqual(Object.keys(sections));
		expect(groups.flatMap((g) => g.items)).toHaveLength(items.length);
	});
});
