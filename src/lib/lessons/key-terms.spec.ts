import { describe, expect, it } from 'vitest';
import {
	findTerm,
	keyTerms,
	markFirstUses,
	termPattern,
	type HNode,
	type KeyTerm
} from './key-terms.js';

const term = (t: string, section = 'key-terms'): KeyTerm => ({
	id: t.toLowerCase().replace(/\s+/g, '-'),
	term: t,
	meaning: `the meaning of ${t}`,
	background: true,
	section
});

const p = (...children: HNode[]): HNode => ({ type: 'element', tagName: 'p', children });
const text = (value: string): HNode => ({ type: 'text', value });
const el = (tagName: string, ...children: HNode[]): HNode => ({
	type: 'element',
	tagName,
	children
});

/** The tree as compact markup: marked terms as [term], everything else as text. */
function show(node: HNode): string {
	if (node.type === 'text') return node.value ?? '';
	if ((node.properties?.className as string[] | undefined)?.includes('key-term')) {
		return `[${show((node.children ?? [])[0])}]`;
	}
	return (node.children ?? []).map(show).join('');
}

describe('keyTerms', () => {
	it('takes the definition facts, sorted by term, with an id from the term', () => {
		const facts = [
			{ type: 'definition', term: 'Transit country', meaning: 'm', section: 's', background: true },
			{ type: 'number', term: 'not a definition', meaning: 'm', section: 's' },
			{ type: 'definition', term: 'asylum seeker', meaning: 'n', section: 's', anchor: 'a' },
			{ type: 'definition', term: 42, meaning: 'bad', section: 's' }
		];
		expect(keyTerms(facts)).toEqual([
			{
				id: 'asylum-seeker',
				term: 'asylum seeker',
				meaning: 'n',
				background: false,
				section: 's',
				anchor: 'a'
			},
			{
				id: 'transit-country',
				term: 'Transit country',
				meaning: 'm',
				background: true,
				section: 's'
			}
		]);
	});
});

describe('finding a term', () => {
	it('matches whole words, any case, and the plural of the last word', () => {
		expect(termPattern('transit country').test('two transit countries')).toBe(true);
		expect(termPattern('refugee').test('Refugees fled')).toBe(true);
		expect(termPattern('asylum seeker').test('asylum\nseekers')).toBe(true);
		expect(termPattern('refugee').test('refugeehood')).toBe(false);
		expect(termPattern('Channel crossings').test('the channel crossings')).toBe(true);
	});

	it('skips a lower-case term used inside a capitalised name', () => {
		expect(findTerm('the Refugee Council helps a refugee', 'refugee')).toEqual({
			index: 28,
			length: 7
		});
		expect(findTerm('the 1951 Refugee Convention', 'refugee')).toBeUndefined();
		expect(findTerm('Refugees are people who', 'refugee')).toEqual({ index: 0, length: 8 });
	});
});

describe('markFirstUses', () => {
	it('marks only the first use of each term, in document order, across text nodes', () => {
		const tree = el(
			'root',
			p(text('A refugee and an asylum seeker met another refugee.')),
			p(text('Asylum seekers wait.'))
		);
		expect(
			markFirstUses(tree, [term('asylum seeker'), term('refugee')], {
				section: 'the-summit',
				glossaryHref: 'glossary'
			})
		).toEqual(['refugee', 'asylum-seeker']);
		expect(show(tree)).toBe(
			'A [refugee] and an [asylum seeker] met another refugee.Asylum seekers wait.'
		);
	});

	it('leaves headings, links, code and quotations alone, and the section that defines the term', () => {
		const tree = el(
			'root',
			el('h2', text('Refugee')),
			p(
				el('a', text('refugee')),
				text(' '),
				el('q', text('refugee')),
				text(' then deportation and a refugee')
			)
		);
		markFirstUses(tree, [term('refugee'), term('deportation', 'the-summit')], {
			section: 'the-summit',
			glossaryHref: 'glossary'
		});
		expect(show(tree)).toBe('Refugeerefugee refugee then deportation and a [refugee]');
	});

	it('makes the term a button that opens its definition, described by it, linking to the glossary', () => {
		const tree = el('root', p(text('On deportation.')));
		markFirstUses(tree, [term('deportation')], { section: 's', glossaryHref: '../glossary' });
		const marked = (tree.children ?? [])[0].children?.[1];
		const [button, popover] = marked?.children ?? [];
		expect(button).toMatchObject({
			tagName: 'button',
			properties: {
				type: 'button',
				popovertarget: 'key-term-deportation',
				'aria-describedby': 'key-term-deportation-meaning'
			}
		});
		expect(popover).toMatchObject({
			tagName: 'span',
			properties: { id: 'key-term-deportation', popover: 'auto' }
		});
		expect(show(popover)).toBe(
			'deportation: the meaning of deportation (general meaning, not from the article). All key terms'
		);
		expect(popover.children?.at(-1)?.properties).toEqual({ href: '../glossary#deportation' });
	});
});
