/**
 * The automatic checks on a question bank: each item alone (wording, options, provenance), then the
 * bank-wide rules; `runChecks` runs them all before a bank may ship.
 */
import type { Fact } from './facts-types.ts';
import { contentWords, optionKey } from './text.ts';
import { isChoice, keyIds, type ChoiceItem, type Item } from './types.ts';
import {
	MAX_STEM,
	MAX_OPTION,
	KEY_LENGTH_RATIO,
	type Rule,
	type Violation
} from './check-rules.ts';
import {
	keyOptions,
	distractorOptions,
	isFigureOption,
	isDateOption,
	stem,
	unitOf
} from './check-options.ts';

import { checkBank } from './check-bank.ts';
import { checkProvenance } from './check-provenance.ts';

const ABSOLUTE = /\b(always|never|only|all|none)\b/i;

/** The absolute word an option leans on ("never", "only", "all"), if any; "almost all", "not all", "in all" are not absolute. */
export function absoluteWord(text: string): string | undefined {
	const softened = text
		.replace(/\b(almost|nearly|not|in|at|above|first of|after)\s+all\b/gi, ' ')
		.replace(/\bnot only\b/gi, ' ');
	return ABSOLUTE.exec(softened)?.[0];
}
const ALL_NONE = /\b(all|none|both|neither) of (the )?(above|these|them|the options)\b/i;
const NEGATIVE = /\*\*[^*]+\*\*|\b(not|except|cannot)\b|n['’]t\b/gi;

/** Checks that look at one item alone (everything but the bank-wide rules). */
export function checkItem(item: Item, facts: Map<string, Fact>): Violation[] {
	const out: Violation[] = [];
	const fail = (rule: Rule, message: string) => out.push({ itemId: item.id, rule, message });

	if (item.facts.length === 0) fail('unknown-fact', 'names no fact');
	const own: Fact[] = [];
	for (const id of item.facts) {
		const fact = facts.get(id);
		if (fact) own.push(fact);
		else fail('unknown-fact', `fact \`${id}\` does not exist`);
	}

	// Stem form
	const blanks = item.stem.split('___').length - 1;
	if (item.type === 'blank') {
		if (blanks !== 1)
			fail('stem-form', `a fill-in-the-blank stem needs exactly one \`___\`, found ${blanks}`);
	} else {
		if (blanks > 0) fail('stem-form', 'only fill-in-the-blank stems may contain `___`');
		if (!/\?[”"’)]*$/.test(item.stem.trim()))
			fail('stem-form', 'the stem is not a complete question (end it with `?`)');
	}
	if (item.stem.length > MAX_STEM)
		fail('length-limits', `stem is ${item.stem.length} characters (limit ${MAX_STEM})`);

	// A negative inside a quotation is the speaker's, not the question's.
	for (const m of item.stem.replace(/“[^”]*”|"[^"]*"/g, ' ').matchAll(NEGATIVE)) {
		const word = m[0];
		if (word.startsWith('**')) continue;
		const letters = word.replace(/[^a-z]/gi, '');
		if (letters !== letters.toUpperCase()) {
			fail(
				'negative-emphasised',
				`the negative “${word}” in the stem must be emphasised (upper case or **bold**)`
			);
		}
	}

	if (isChoice(item)) checkChoice(item, facts, fail);
	if (item.type === 'numeric') {
		if (!(item.min <= item.answer && item.answer <= item.max)) {
			fail('structure', `answer ${item.answer} lies outside its window [${item.min}, ${item.max}]`);
		}
	}
	if (item.type === 'blank' && item.accept.length === 0)
		fail('structure', 'a blank needs at least one accepted answer');
	if (item.type === 'ordering') {
		if (item.items.length < 3) fail('structure', 'an ordering item needs at least three entries');
		if (new Set(item.items.map((e) => optionKey(e.text))).size !== item.items.length) {
			fail('unique-options', 'two entries read the same');
		}
		for (const e of item.items) {
			if (e.text.length > MAX_OPTION)
				fail('length-limits', `entry “${e.text.slice(0, 30)}…” is over ${MAX_OPTION} characters`);
		}
	}
	if (item.type === 'matching') {
		if (item.pairs.length < 3) fail('structure', 'a matching item needs at least three pairs');
		const rights = [...item.pairs.map((p) => p.right), ...(item.distractors ?? [])];
		if (new Set(item.pairs.map((p) => optionKey(p.left))).size !== item.pairs.length) {
			fail('unique-options', 'two left-hand entries read the same');
		}
		if (new Set(rights.map(optionKey)).size !== rights.length)
			fail('unique-options', 'two right-hand entries read the same');
		for (const t of [...item.pairs.map((p) => p.left), ...rights]) {
			if (t.length > MAX_OPTION)
				fail('length-limits', `“${t.slice(0, 30)}…” is over ${MAX_OPTION} characters`);
		}
	}
	checkProvenance(item, own, fail);
	return out;
}

const topics = new WeakMap<Map<string, Fact>, Set<string>>();

/** Words (stemmed) that a fifth or more of a module's facts use, and at least three of them: its topic. */
function topicWords(facts: Map<string, Fact>): Set<string> {
	let words = topics.get(facts);
	if (!words) {
		const counts = new Map<string, number>();
		for (const f of facts.values())
			for (const w of new Set(contentWords(f.statement).map(stem)))
				counts.set(w, (counts.get(w) ?? 0) + 1);
		const threshold = Math.max(3, facts.size / 5);
		words = new Set([...counts].filter(([, n]) => n >= threshold).map(([w]) => w));
		topics.set(facts, words);
	}
	return words;
}

function checkChoice(
	item: ChoiceItem,
	facts: Map<string, Fact>,
	fail: (rule: Rule, message: string) => void
): void {
	const n = item.options.length;
	const ids = new Set(item.options.map((o) => o.id));
	if (ids.size !== n) fail('structure', 'option ids repeat');
	const range: Record<ChoiceItem['type'], [number, number]> = {
		single: [3, 4],
		whosaid: [3, 4],
		truefalse: [2, 2],
		multiple: [4, 6]
	};
	const [lo, hi] = range[item.type];
	if (n < lo || n > hi)
		fail(
			'option-count',
			`${n} options (a ${item.type} item needs ${lo === hi ? lo : `${lo} to ${hi}`})`
		);

	const keys = keyIds(item);
	if (keys.some((k) => !ids.has(k)))
		fail('one-key', 'the answer names an option that does not exist');
	if (item.type === 'multiple') {
		if (keys.length === 0 || keys.length >= n)
			fail('one-key', 'a multiple-select item needs at least one key and one distractor');
	} else if (Array.isArray(item.answer) || keys.length !== 1) {
		fail('one-key', 'exactly one key expected');
	}
	if (item.type === 'truefalse') {
		const texts = item.options.map((o) => o.text.toLowerCase()).join(',');
		if (texts !== 'true,false') fail('structure', 'true/false options must be True then False');
		return;
	}

	const normal = item.options.map((o) => optionKey(o.text));
	if (new Set(normal).size !== n)
		fail(
			'unique-options',
			'two options read the same once case, punctuation and numbers are normalised'
		);

	const windows = item.options.filter((o) => o.min !== undefined && o.max !== undefined);
	if (windows.length > 0 && windows.length < n)
		fail('disjoint-windows', 'some numeric options have a window and some do not');
	for (let i = 0; i < windows.length; i++) {
		for (let j = i + 1; j < windows.length; j++) {
			const a = windows[i];
			const b = windows[j];
			if ((a.min ?? 0) <= (b.max ?? 0) && (b.min ?? 0) <= (a.max ?? 0)) {
				fail('disjoint-windows', `the windows of “${a.text}” and “${b.text}” overlap`);
			}
		}
	}

	const numeric = item.options.map((o) => isFigureOption(o.text) && !isDateOption(o.text));
	const figuresOnly = numeric.every((x) => x);
	if (numeric.some((x) => x) && !figuresOnly) {
		const figures = item.options.filter((_, i) => numeric[i]).map((o) => `“${o.text}”`);
		const words = item.options.filter((_, i) => !numeric[i]).map((o) => `“${o.text}”`);
		fail(
			'same-kind-options',
			`mix figures (${figures.join(', ')}) and other options (${words.join(', ')})`
		);
	} else if (figuresOnly) {
		const units = new Map(
			item.options.map((o) => [
				unitOf(o.text.replace(/^(over|about|at least|under|up to)\s+/i, ''))
					.replace(/\b(thousand|million|billion|trillion|to)\b/g, '')
					.replace(/\s+/g, ' ')
					.trim()
					.split(' ')
					// "1 pound" and "3 pounds" share a unit.
					.map(stem)
					.join(' '),
				o.text
			])
		);
		if (units.size > 1)
			fail(
				'same-kind-options',
				`figure options use different units or wording: ${[...units.values()].map((t) => `“${t}”`).join(', ')}`
			);
		// One format: thousands all grouped ("6,600") or none grouped ("6600").
		const grouped = item.options.filter((o) => /\d,\d{3}/.test(o.text));
		const bare = item.options.filter((o) =>
			/(^|[^\d,.])\d{4,}/.test(o.text.replace(/\b(19|20)\d{2}\b/g, ''))
		);
		if (grouped.length > 0 && bare.length > 0)
			fail(
				'same-kind-options',
				`figure options mix “${grouped[0].text}” and “${bare[0].text}” formats`
			);
	}

	const keySet = new Set(keyIds(item));
	for (const o of item.options) {
		if (o.text.length > MAX_OPTION)
			fail('length-limits', `option “${o.text.slice(0, 30)}…” is over ${MAX_OPTION} characters`);
		if (ALL_NONE.test(o.text)) fail('no-all-none-of-above', `option “${o.text}”`);
		// An absolute word marks a wrong option as wrong; in a key (the article's own "only") it gives nothing away.
		const absolute = keySet.has(o.id) ? null : absoluteWord(o.text);
		if (absolute) fail('no-absolute-words', `option “${o.text}” uses “${absolute}”`);
	}

	const keyOpts = keyOptions(item);
	const distractors = distractorOptions(item);
	// Figures differ in length by their digits, not by how carefully they were written: the length rules skip them.
	const figures = figuresOnly;
	// Short names and terms (three words or fewer each) differ in length by spelling, not by care: no length cue.
	const short = item.options.every((o) => o.text.trim().split(/\s+/).length <= 3);
	if (
		item.type !== 'multiple' &&
		!figures &&
		!short &&
		keyOpts.length === 1 &&
		distractors.length > 0
	) {
		const mean = distractors.reduce((s, o) => s + o.text.length, 0) / distractors.length;
		if (keyOpts[0].text.length > KEY_LENGTH_RATIO * mean) {
			fail(
				'key-length',
				`the key “${keyOpts[0].text}” is ${keyOpts[0].text.length} characters, over ${KEY_LENGTH_RATIO} × the mean distractor (${mean.toFixed(1)})`
			);
		}
	}

	const stemWords = new Set(contentWords(item.stem).map(stem));
	const distractorWords = new Set(distractors.flatMap((o) => contentWords(o.text).map(stem)));
	// The article's topic words (in a fifth of its facts or more: "bus", "museum") are no clue.
	const topic = topicWords(facts);
	for (const k of keyOpts) {
		const clue = contentWords(k.text)
			.map(stem)
			.find((w) => stemWords.has(w) && !distractorWords.has(w) && !topic.has(w));
		if (clue)
			fail(
				'stem-key-clue',
				`“${clue}” appears in the stem and the key “${k.text}” but in no distractor`
			);
	}
}

/** Every check on every item plus the bank-wide rules; an empty list means the bank may ship. */
export function runChecks(items: Item[], facts: Fact[]): Violation[] {
	const byId = new Map(facts.map((f) => [f.id, f]));
	const out: Violation[] = [];
	const seen = new Set<string>();
	for (const item of items) {
		if (seen.has(item.id))
			out.push({ itemId: item.id, rule: 'structure', message: 'duplicate item id' });
		seen.add(item.id);
		out.push(...checkItem(item, byId));
	}
	out.push(...checkBank(items, facts));
	return out;
}
