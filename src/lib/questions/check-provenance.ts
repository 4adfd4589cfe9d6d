/**
 * Checking an item against the facts it comes from: its figures, dates and windows of accepted answers
 * must match what the source says, at the precision the source says it.
 */
import { factTexts } from './fact-text.ts';
import type { Fact, NumberFact, NumberQualifier } from './facts-types.ts';
import { digitRuns, formatNumber, normalise, numbersIn, PhraseIndex } from './text.ts';
import { isChoice, type Item } from './types.ts';
import { QUALIFIER_WORDS } from './numbers.ts';
import { type Rule } from './check-rules.ts';
import { keyOptions } from './check-options.ts';

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

function numberFacts(own: Fact[]): NumberFact[] {
	return own.filter((f): f is NumberFact => f.type === 'number');
}

export function checkProvenance(
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
			if (normalise(prefix) !== normalise(QUALIFIER_WORDS[fact.qualifier])) {
				fail(
					'not-more-precise',
					`${what} is shown as “${prefix}” but the article says “${QUALIFIER_WORDS[fact.qualifier]} ${formatNumber(fact.value)}”`
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
