/**
 * The bank-wide checks: rules that look at every item together (key positions, key lengths, repeated
 * items, one item giving away another's answer).
 */
import type { Fact } from './facts-types.ts';
import { contentWords, formatNumber, normalise } from './text.ts';
import { isChoice, type ChoiceItem, type Item } from './types.ts';
import { MIN_GROUP, type Violation } from './check-rules.ts';
import { keyOptions, distractorOptions, isFigureOption } from './check-options.ts';

import { chiSquarePValue } from './chi-square.ts';

/** The texts two items must not both show: stem, and options or accepted answers, normalised. */
export function itemSignature(item: Item): string {
	const parts: string[] = [normalise(item.stem)];
	if ('options' in item) parts.push(...item.options.map((o) => normalise(o.text)).sort());
	if (item.type === 'blank') parts.push(...item.accept.map(normalise).sort());
	if (item.type === 'ordering') parts.push(...item.items.map((e) => normalise(e.text)).sort());
	if (item.type === 'matching')
		parts.push(...item.pairs.map((p) => normalise(`${p.left}=${p.right}`)).sort());
	return parts.join('|');
}

/** Items with exactly one key among options, grouped by option count, for the bank-wide position rules. */
function singleKeyGroups(items: Item[]): Map<number, ChoiceItem[]> {
	const groups = new Map<number, ChoiceItem[]>();
	for (const item of items) {
		if (!isChoice(item) || item.type === 'multiple') continue;
		const list = groups.get(item.options.length) ?? [];
		list.push(item);
		groups.set(item.options.length, list);
	}
	return groups;
}

/** Whether a one-key choice item's key is strictly longer than every distractor (never for true/false or figures). */
export function keyIsLongest(item: Item): boolean {
	if (!isChoice(item) || item.type === 'multiple' || item.type === 'truefalse') return false;
	if (item.options.every((o) => isFigureOption(o.text))) return false;
	if (item.options.every((o) => o.text.trim().split(/\s+/).length <= 3)) return false;
	const key = keyOptions(item)[0];
	return key !== undefined && distractorOptions(item).every((o) => o.text.length < key.text.length);
}

/** The texts an item's answer can be given away by. */
function answerTexts(item: Item): string[] {
	if (isChoice(item) && item.type !== 'truefalse') return keyOptions(item).map((o) => o.text);
	if (item.type === 'blank') return item.accept.slice(0, 1);
	if (item.type === 'numeric') return [formatNumber(item.answer)];
	return [];
}

const NUMBER_WORDS = [
	'zero',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve'
];

/** Number words as digits ("four routes" -> "4 routes"), for comparing figures. */
function withDigits(normalised: string): string {
	return normalised.replace(
		/\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/g,
		(w) => String(NUMBER_WORDS.indexOf(w))
	);
}

/** For a key that is a figure, its digits (normalised) and its unit's words (stemmed prefixes); else undefined. */
function figureKey(item: Item, key: string): { value: string; unit: string[] } | undefined {
	const text = item.type === 'numeric' ? `${formatNumber(item.answer)} ${item.unit}` : key;
	if (item.type !== 'numeric' && !isFigureOption(key)) return undefined;
	const norm = normalise(text).split(' ');
	const value = norm.find((w) => /^\d/.test(w));
	const unit = norm
		.filter((w) => !/^\d/.test(w) && !/^(thousand|million|billion|to)$/.test(w) && w.length > 2)
		.map((w) => w.replace(/(ies|es|s)$/, ''));
	if (!value || unit.length === 0) return undefined;
	return { value, unit };
}

/** A key worth protecting: two or more content words, a name (a capitalised word), or a figure of two digits or more. */
function significant(text: string): boolean {
	return (
		contentWords(text).length >= 2 ||
		/(^|\s)[A-Z][\p{L}]/u.test(text) ||
		/\d{2,}/.test(text.replace(/,/g, ''))
	);
}

/**
 * Rules over the whole bank: key-longest share, key position spread, giveaways between items and facts no item
 * uses. Giveaway: item B's stem contains item A's key (a name, a figure or two content words or more) and at
 * least half of A's other stem content words, while A and B share no fact (items sharing a fact are never drawn
 * into one quiz, see `factDisjoint` in `quiz/attempt.ts`).
 */
export function checkBank(items: Item[], facts: Fact[]): Violation[] {
	const out: Violation[] = [];
	for (const [n, group] of singleKeyGroups(items)) {
		const choice = group.filter((i) => i.type !== 'truefalse');
		if (choice.length >= MIN_GROUP) {
			const longest = choice.filter(keyIsLongest);
			const limit = 1 / n + 0.1;
			if (longest.length / choice.length > limit) {
				out.push({
					itemId: '',
					rule: 'key-longest',
					message: `the key is the longest option in ${longest.length} of ${choice.length} ${n}-option items (limit ${(limit * 100).toFixed(0)}%): ${longest.map((i) => i.id).join(', ')}`
				});
			}
		}
		if (group.length >= 5 * n) {
			const counts = new Array<number>(n).fill(0);
			for (const item of group) counts[item.options.findIndex((o) => o.id === item.answer)] += 1;
			const expected = group.length / n;
			const statistic = counts.reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
			const p = chiSquarePValue(statistic, n - 1);
			if (!(p > 0.05)) {
				out.push({
					itemId: '',
					rule: 'key-position',
					message: `keys of ${n}-option items sit at positions ${counts.join('/')} (chi-square ${statistic.toFixed(2)}, p = ${p.toFixed(3)} ≤ 0.05)`
				});
			}
		}
	}

	// Index stems by word so each key is compared with the few stems that could contain it. Number words
	// count as figures ("four routes" gives away "4"), and a figure can also be given away by another item's
	// options ("more than £20" offered in an evidence item).
	const stems = items.map((i) => ({
		text: ` ${withDigits(normalise(i.stem))} `,
		all: ` ${withDigits(normalise([i.stem, ...(isChoice(i) ? i.options.map((o) => o.text) : [])].join(' | ')))} `,
		words: new Set(contentWords(i.stem))
	}));
	const byWord = new Map<string, number[]>();
	stems.forEach((s, index) => {
		for (const w of new Set(s.text.trim().split(' '))) {
			const list = byWord.get(w);
			if (list) list.push(index);
			else byWord.set(w, [index]);
		}
	});
	items.forEach((a, ai) => {
		for (const key of answerTexts(a)) {
			const figure = figureKey(a, key);
			if (!figure && !significant(key)) continue;
			const phrase = figure ? figure.value : normalise(key).replace(/^the /, '');
			if (!phrase) continue;
			const keyWords = new Set(contentWords(key));
			const asked = [...stems[ai].words].filter((w) => !keyWords.has(w));
			const candidates = figure ? items.map((_, i) => i) : (byWord.get(phrase.split(' ')[0]) ?? []);
			for (const bi of candidates) {
				const b = items[bi];
				if (bi === ai || b.facts.some((f) => a.facts.includes(f))) continue;
				const haystack = figure ? stems[bi].all : stems[bi].text;
				if (!haystack.includes(` ${phrase} `)) continue;
				// A figure gives itself away with its unit ("4 routes"), not as any "4".
				if (figure && !figure.unit.some((w) => haystack.includes(` ${w}`))) continue;
				const shared = asked.filter((w) => stems[bi].words.has(w)).length;
				if (asked.length === 0 || shared / asked.length >= 0.5) {
					out.push({
						itemId: b.id,
						rule: 'giveaway',
						message: `the stem gives away the answer of item ${a.id} (“${key}”)`,
						related: a.id
					});
				}
			}
		}
	});

	// The same question twice: one of the two must go (the same stem with other options is only shown by `doctor`).
	const signatures = new Map<string, string>();
	for (const item of items) {
		const sig = itemSignature(item);
		const first = signatures.get(sig);
		if (first !== undefined)
			out.push({
				itemId: item.id,
				rule: 'duplicate',
				message: `asks the same question with the same answers as item ${first}`,
				related: first
			});
		else signatures.set(sig, item.id);
	}

	// A generated main-idea item names its section's facts but tests none of them.
	const used = new Set(items.flatMap((i) => (i.template === 'main-idea' ? [] : i.facts)));
	for (const f of facts) {
		if (!used.has(f.id))
			out.push({ itemId: '', rule: 'fact-used', message: `fact \`${f.id}\` is used by no item` });
	}
	return out;
}
