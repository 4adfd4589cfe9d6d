import { factTexts, MONTH_NAMES } from './fact-text.ts';
import type { Fact, NumberFact, NumberQualifier } from './facts-types.ts';
import {
	contentWords,
	digitRuns,
	formatNumber,
	normalise,
	numbersIn,
	optionKey,
	PhraseIndex
} from './text.ts';
import { isChoice, keyIds, type ChoiceItem, type Item, type Option } from './types.ts';

/** Names of the automatic checks; a build failure names one. */
export type Rule =
	| 'structure'
	| 'option-count'
	| 'one-key'
	| 'unique-options'
	| 'disjoint-windows'
	| 'same-kind-options'
	| 'key-length'
	| 'key-longest'
	| 'no-all-none-of-above'
	| 'negative-emphasised'
	| 'no-absolute-words'
	| 'stem-key-clue'
	| 'stem-form'
	| 'key-position'
	| 'giveaway'
	| 'length-limits'
	| 'unknown-fact'
	| 'key-supported'
	| 'not-more-precise'
	| 'duplicate'
	| 'fact-used';

/** One failed check. */
export interface Violation {
	/** The item at fault; empty for a rule about the whole bank. */
	itemId: string;
	/** Which rule failed. */
	rule: Rule;
	/** What is wrong, for the author. */
	message: string;
	/** Another item involved (the one whose answer a giveaway reveals). */
	related?: string;
}

/** Longest stem, in characters. */
export const MAX_STEM = 220;
/** Longest option (or ordering entry, matching side), in characters. */
export const MAX_OPTION = 120;
/** A key may be at most this many times the mean distractor length. */
export const KEY_LENGTH_RATIO = 1.25;
/** Bank-wide rules on groups smaller than this say nothing and are skipped. */
export const MIN_GROUP = 10;

/** One-line "item <id>: <rule>: <message>" (or "bank: ..." for bank-wide rules). */
export function formatViolation(v: Violation): string {
	return `${v.itemId ? `item ${v.itemId}` : 'bank'}: ${v.rule}: ${v.message}`;
}

/** The qualifier as a reader sees it. */
const QUALIFIER_TEXT: Record<NumberQualifier, string> = {
	exact: '',
	over: 'over',
	'at-least': 'at least',
	about: 'about',
	under: 'under',
	'up-to': 'up to'
};

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

/** The window a numeric answer must at least accept, given how precise the source is. */
export function requiredWindow(value: number, qualifier: NumberQualifier): [number, number] {
	switch (qualifier) {
		case 'exact':
			return [value, value];
		case 'over':
		case 'at-least':
			return [value, value * 1.1];
		case 'about':
			return [value * 0.95, value * 1.05];
		case 'under':
		case 'up-to':
			return [value * 0.9, value];
	}
}

/** The window an answer accepts for a figure stated with a qualifier (wider than `requiredWindow`). */
export function acceptedWindow(value: number, qualifier: NumberQualifier): [number, number] {
	const r = (n: number) => Math.round(n * 1000) / 1000;
	switch (qualifier) {
		case 'exact':
			return [value, value];
		case 'over':
		case 'at-least':
			return [value, r(value * 1.15)];
		case 'about':
			return [r(value * 0.9), r(value * 1.1)];
		case 'under':
		case 'up-to':
			return [r(value * 0.85), value];
	}
}

function keyOptions(item: ChoiceItem): Option[] {
	const keys = new Set(keyIds(item));
	return item.options.filter((o) => keys.has(o.id));
}

function distractorOptions(item: ChoiceItem): Option[] {
	const keys = new Set(keyIds(item));
	return item.options.filter((o) => !keys.has(o.id));
}

/**
 * Whether an option is a figure: it starts with a number (after an optional qualifier), and what follows is a
 * scale word and a unit, not more words with numbers in them. "over 6,600 arrivals", "18%", "350 to 600 million
 * years" are; "Wide Field Camera 3" and "the first three months of 2025" are not.
 */
export function isFigureOption(text: string): boolean {
	const num = String.raw`[$£€]?\d[\d,]*(?:\.\d+)?(?:\s*(?:thousand|million|billion|trillion))?`;
	const qualifier = String.raw`(?:(?:over|about|around|at least|at most|under|up to|more than|fewer than|less than|nearly|almost)\s+)?`;
	return new RegExp(
		String.raw`^${qualifier}${num}(?:\s*(?:to|–|-)\s*${num})?(?:%|\s+[^\d]*)?$`,
		'i'
	).test(text.trim());
}

/** Whether an option is a date ("March 2025", "3 May 2025", "2024"): dates are not figures with units. */
function isDateOption(text: string): boolean {
	return (
		/^(?:\d{1,2}\s+)?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?\d{4}(?:\s+to\s+.*)?$/i.test(
			text.trim()
		) || /^(?:\d{1,2}\s+)?[a-z]+\s+to\s+/i.test(text.trim())
	);
}

/** Crude stemming, enough to see "migrants" and "migrant" as one word. */
const stem = (w: string): string => w.replace(/(ies|es|s)$/, '');

function unitOf(text: string): string {
	return normalise(text)
		.split(' ')
		.filter((w) => !/^\d/.test(w) && !MONTH_NAMES.includes(w))
		.join(' ');
}

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

function numberFacts(own: Fact[]): NumberFact[] {
	return own.filter((f): f is NumberFact => f.type === 'number');
}

function checkProvenance(
	item: Item,
	own: Fact[],
	fail: (rule: Rule, message: string) => void
): void {
	if (own.length === 0) return;
	const texts = own.flatMap(factTexts);
	const corpus = new PhraseIndex(texts.join(' \n '));
	const digits = new Set(texts.flatMap(digitRuns));
	const years = own.flatMap((f) => (f.type === 'event' ? numbersIn(f.when.slice(0, 4)) : []));
	const values = [...numberFacts(own).map((f) => f.value), ...years];

	// Where the item states a figure, it must be one of its facts' and no more precise than the fact.
	const windowCheck = (value: number, min: number, max: number, what: string, prefix?: string) => {
		const fact = numberFacts(own).find((f) => f.value === value);
		if (!fact) return;
		// With the qualifier shown beside the box ("over [40] nations"), the answer is the figure the article gives.
		if (prefix !== undefined) {
			if (normalise(prefix) !== normalise(QUALIFIER_TEXT[fact.qualifier])) {
				fail(
					'not-more-precise',
					`${what} is shown as “${prefix}” but the article says “${QUALIFIER_TEXT[fact.qualifier]} ${formatNumber(fact.value)}”`
				);
			} else if (min !== value || max !== value) {
				fail(
					'not-more-precise',
					`${what} accepts [${min}, ${max}], figures the article never gives; with “${prefix}” shown, accept ${formatNumber(value)} only`
				);
			}
			return;
		}
		const [lo, hi] = requiredWindow(fact.value, fact.qualifier);
		if (min > lo + 1e-9 || max < hi - 1e-9) {
			fail(
				'not-more-precise',
				`${what} accepts [${min}, ${max}] but “${fact.qualifier} ${formatNumber(fact.value)}” needs at least [${lo}, ${hi}]`
			);
		}
	};

	const falseStatement = item.type === 'truefalse' && item.answer === 'false';
	const checkedTexts: string[] = falseStatement ? [] : [item.stem];
	if (isChoice(item) && item.type !== 'truefalse')
		checkedTexts.push(...keyOptions(item).map((o) => o.text));
	if (item.type === 'blank') checkedTexts.push(item.accept[0] ?? '');
	for (const text of checkedTexts) {
		for (const run of digitRuns(text)) {
			if (!digits.has(run)) fail('not-more-precise', `“${run}” is not a figure its facts state`);
		}
	}
	if (item.type === 'numeric')
		windowCheck(item.answer, item.min, item.max, 'the answer', item.prefix);
	if (isChoice(item)) {
		for (const k of keyOptions(item)) {
			if (k.min !== undefined && k.max !== undefined)
				windowCheck(numbersIn(k.text)[0] ?? NaN, k.min, k.max, 'the key');
		}
	}

	// A main-idea key is a section's gist, checked against the sections, not the facts.
	if (item.origin !== 'generated' || item.skill === 'main-idea') return;
	// A NOT item's key is supported by a complete list that leaves it out.
	const excludedByCompleteSet = (text: string) =>
		/\bNOT\b|\*\*not\*\*/i.test(item.stem) &&
		own.some(
			(f) =>
				f.type === 'set' && f.complete && !f.members.some((m) => normalise(m) === normalise(text))
		);
	const supported = (text: string) =>
		corpus.has(
			text.replace(/^(over|about|at least|under|up to)\s+/i, '').replace(/^the number of\s+/i, '')
		) || excludedByCompleteSet(text);
	const unsupported = (what: string) =>
		fail('key-supported', `${what} does not follow from its facts`);
	switch (item.type) {
		case 'single':
		case 'whosaid':
		case 'multiple':
			for (const k of keyOptions(item)) if (!supported(k.text)) unsupported(`the key “${k.text}”`);
			break;
		case 'numeric':
			if (!values.includes(item.answer)) unsupported(`the answer ${item.answer}`);
			break;
		case 'blank':
			if (!item.accept.some(supported)) unsupported(`the answer “${item.accept[0]}”`);
			break;
		case 'ordering':
			for (const e of item.items) if (!supported(e.text)) unsupported(`the entry “${e.text}”`);
			break;
		case 'matching':
			for (const p of item.pairs)
				if (!supported(p.left) || !supported(p.right))
					unsupported(`the pair “${p.left}” – “${p.right}”`);
			break;
		case 'truefalse':
			break;
	}
}

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

/** ln Γ(x), Lanczos approximation (g = 7, n = 9). */
function lnGamma(x: number): number {
	const c = [
		0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
		-176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
		1.5056327351493116e-7
	];
	if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
	x -= 1;
	let a = c[0];
	const t = x + 7.5;
	for (let i = 1; i < 9; i++) a += c[i] / (x + i);
	return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Regularised lower incomplete gamma P(a, x): series below a + 1, continued fraction above. */
export function regularisedGammaP(a: number, x: number): number {
	if (x <= 0) return 0;
	const gln = lnGamma(a);
	if (x < a + 1) {
		let sum = 1 / a;
		let del = sum;
		let ap = a;
		for (let n = 0; n < 500; n++) {
			ap += 1;
			del *= x / ap;
			sum += del;
			if (Math.abs(del) < Math.abs(sum) * 1e-15) break;
		}
		return sum * Math.exp(-x + a * Math.log(x) - gln);
	}
	let b = x + 1 - a;
	let c = 1 / 1e-300;
	let d = 1 / b;
	let h = d;
	for (let i = 1; i < 500; i++) {
		const an = -i * (i - a);
		b += 2;
		d = an * d + b;
		if (Math.abs(d) < 1e-300) d = 1e-300;
		c = b + an / c;
		if (Math.abs(c) < 1e-300) c = 1e-300;
		d = 1 / d;
		const del = d * c;
		h *= del;
		if (Math.abs(del - 1) < 1e-15) break;
	}
	return 1 - Math.exp(-x + a * Math.log(x) - gln) * h;
}

/** P(X ≥ statistic) for a chi-square distribution with `df` degrees of freedom. */
export function chiSquarePValue(statistic: number, df: number): number {
	return 1 - regularisedGammaP(df / 2, statistic / 2);
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
