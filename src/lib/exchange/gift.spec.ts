import { parse, type GIFTQuestion } from 'gift-pegjs';
import { describe, expect, test } from 'vitest';
import { isChoice, keyIds, type Item } from '../questions/types.ts';
import { everyType, single } from '../testing/items.ts';
import { buildSite } from '../site.ts';
import { fixtureFiles } from '../testing/module.ts';
import { escapeGift, giftStem, ordinal, shareWeight, toGift } from './gift.ts';
import { exportModule } from './module.ts';

const site = buildSite(fixtureFiles());

const GIFT_TYPE: Record<Item['type'], GIFTQuestion['type']> = {
	single: 'MC',
	whosaid: 'MC',
	multiple: 'MC',
	truefalse: 'TF',
	numeric: 'Numerical',
	blank: 'Short',
	matching: 'Matching',
	ordering: 'Matching'
};

// gift-pegjs writes an embedded answer's place as " _____ ", whatever the spacing around it.
const squash = (s: string) =>
	s
		.replace(/\s*_{3,}\s*/g, ' ___ ')
		.replace(/\s+/g, ' ')
		.trim();

/** What gift-pegjs read back must say what the item says: text, type and answers. */
function expectRoundTrip(item: Item, q: GIFTQuestion) {
	expect(q.type).toBe(GIFT_TYPE[item.type]);
	if (q.type === 'Category' || q.type === 'Description' || q.type === 'Essay') return;
	expect(q.title).toBe(item.id);
	expect(squash(q.stem.text)).toBe(squash(giftStem(item)));
	expect(q.globalFeedback?.text).toBe(item.explanation.trim());
	if (isChoice(item) && q.type === 'MC') {
		const keys = keyIds(item);
		expect(q.choices.map((c) => c.text.text)).toEqual(item.options.map((o) => o.text));
		expect(q.choices.map((c) => c.feedback?.text)).toEqual(item.options.map((o) => o.feedback));
		if (item.type === 'multiple') {
			// Weights must let Moodle reproduce Briefing's partial credit: +1/n per key, −1/n per wrong pick.
			const share = 100 / keys.length;
			for (const [i, c] of q.choices.entries()) {
				const expected = keys.includes(item.options[i].id) ? share : -share;
				expect(c.weight).toBeCloseTo(expected, 3);
			}
		} else {
			expect(q.choices.filter((c) => c.isCorrect).map((c) => c.text.text)).toEqual(
				item.options.filter((o) => keys.includes(o.id)).map((o) => o.text)
			);
		}
	} else if (item.type === 'truefalse' && q.type === 'TF') {
		expect(q.isTrue).toBe(item.answer === 'true');
	} else if (item.type === 'numeric' && q.type === 'Numerical') {
		const c = Array.isArray(q.choices) ? q.choices[0].text : q.choices;
		const [low, high] =
			c.type === 'high-low'
				? [c.numberLow, c.numberHigh]
				: [c.number! - (c.range ?? 0), c.number! + (c.range ?? 0)];
		expect(low).toBeCloseTo(item.min, 6);
		expect(high).toBeCloseTo(item.max, 6);
	} else if (item.type === 'blank' && q.type === 'Short') {
		expect(q.choices.map((c) => c.text.text)).toEqual(item.accept);
		expect(q.choices.every((c) => c.isCorrect)).toBe(true);
	} else if (item.type === 'matching' && q.type === 'Matching') {
		expect(q.matchPairs.map((p) => [p.subquestion.text, p.subanswer])).toEqual(
			item.pairs.map((p) => [p.left, p.right])
		);
	} else if (item.type === 'ordering' && q.type === 'Matching') {
		expect(q.matchPairs.map((p) => [p.subquestion.text, p.subanswer])).toEqual(
			item.items.map((e, i) => [e.text, ordinal(i + 1)])
		);
	} else {
		throw new Error(`${item.id}: unexpected ${q.type}`);
	}
}

function roundTrip(items: readonly Item[], module = exportModule(site.index.modules[0])) {
	const parsed = parse(toGift(module, items));
	expect(parsed[0]).toMatchObject({ type: 'Category', title: `$course$/Briefing/${module.slug}` });
	const questions = parsed.slice(1);
	expect(questions).toHaveLength(items.length);
	items.forEach((item, i) => expectRoundTrip(item, questions[i]));
}

describe('GIFT export', () => {
	test('one item of every type round-trips through gift-pegjs', () => {
		roundTrip(everyType);
	});

	test.each(site.index.modules.filter((m) => site.banks.has(m.slug)).map((m) => [m.slug, m]))(
		'the whole bank of %s round-trips through gift-pegjs',
		(_slug, module) => {
			roundTrip(site.banks.get(module.slug)!.items, exportModule(module));
		}
	);

	test("GIFT's special characters and newlines survive in titles, stems, options and feedback", () => {
		const tricky: Item = {
			...single,
			id: 'odd:id{1}',
			stem: 'Is 2 = 2 ~ #1 {set}: a \\ b?',
			options: single.options.map((o, i) =>
				i === 0 ? { ...o, text: 'a = b', feedback: 'c # d' } : o
			),
			explanation: 'Line one: {x}\nLine two ~ end'
		};
		const [, q] = parse(toGift(exportModule(site.index.modules[0]), [tricky]));
		expect(q).toMatchObject({ title: 'odd:id{1}', stem: { text: 'Is 2 = 2 ~ #1 {set}: a \\ b?' } });
		expect(q.type === 'MC' && q.choices[0]).toMatchObject({
			isCorrect: true,
			text: { text: 'a = b' },
			feedback: { text: 'c # d' }
		});
		expect(q.type === 'MC' && q.globalFeedback?.text).toBe('Line one: {x}\nLine two ~ end');
	});

	test('escapes every special character and only those', () => {
		expect(escapeGift('a~b=c#d{e}f:g\\h')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h');
		expect(escapeGift('plain text, (brackets) & 50%')).toBe('plain text, (brackets) & 50%');
	});

	test('multiple-answer weights are the ones Moodle accepts', () => {
		expect([1, 2, 3, 4, 6, 7].map(shareWeight)).toEqual([
			'100',
			'50',
			'33.33333',
			'25',
			'16.66667',
			'14.28571'
		]);
	});

	test('a numeric window that is not centred on the answer is written as a range', () => {
		const numeric = everyType.find((i) => i.type === 'numeric')!;
		const text = toGift(exportModule(site.index.modules[0]), [
			{ ...numeric, answer: 10, min: 10, max: 11.5 }
		]);
		expect(text).toContain('{#10..11.5 ####');
	});
});
