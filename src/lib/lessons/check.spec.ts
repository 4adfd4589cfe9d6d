import { describe, expect, it } from 'vitest';
import type { Item } from '../questions/types.ts';
import { blank, multiple, ordering, single, truefalse } from '../testing/items.ts';
import { checkItems } from './check.ts';

const at = (item: Item, id: string, changes: Partial<Item> = {}): Item =>
	({ ...item, id, section: 'here', ...changes }) as Item;

describe('checkItems', () => {
	it('takes only the section’s questions, hand-written first, then quick types, at most three', () => {
		const items = [
			at(ordering, 'a-order', { facts: ['f1'], origin: 'generated' }),
			at(blank, 'b-blank', { facts: ['f2'], origin: 'hand' }),
			at(single, 'c-single', { facts: ['f3'], origin: 'generated' }),
			at(truefalse, 'd-tf', { facts: ['f4'], origin: 'generated' }),
			at(single, 'elsewhere', { section: 'other', facts: ['f5'] }),
			at(multiple, 'e-multi', { facts: ['f6'], origin: 'generated' })
		];
		expect(checkItems(items, 'here').map((i) => i.id)).toEqual(['b-blank', 'c-single', 'd-tf']);
	});

	it('tests different facts where it can, and fills up when the section has too few', () => {
		const items = [
			at(single, 'one', { facts: ['f1'], origin: 'generated' }),
			at(single, 'two', { facts: ['f1'], origin: 'generated' }),
			at(truefalse, 'three', { facts: ['f2'], origin: 'generated' })
		];
		expect(checkItems(items, 'here').map((i) => i.id)).toEqual(['one', 'three', 'two']);
		expect(checkItems(items, 'here', 2).map((i) => i.id)).toEqual(['one', 'three']);
		expect(checkItems(items, 'nowhere')).toEqual([]);
	});
});
