/**
 * Drafting figures from an article: numbers with their unit, qualifier and range, and the clause that says
 * what they measure; dates, names and ordinals are left out.
 */
import nlp from 'compromise';
import type { NumberQualifier } from './facts-types.ts';
import { MASK } from './draft-text.ts';
import type { DateFind } from './draft-dates.ts';

/** A figure found in a sentence. */
export interface NumberFind {
	/** Start of the figure (qualifier excluded) in the sentence. */
	start: number;
	/** End of the figure and its unit. */
	end: number;
	/** The number as stated (the lower end of a range). */
	value: number;
	/** The upper end of a range. */
	to?: number;
	/** What is counted ("galaxies", "%", "pounds"). */
	unit: string;
	/** How precise the article is. */
	qualifier: NumberQualifier;
	/** The words as written ("over 6,600 arrivals"). */
	text: string;
	/** Words for a vague amount ("a few hundred million"): the range only stands in for them. */
	vague?: string;
	/** Where the unit came from when the number had none of its own. */
	borrowed?: boolean;
	/** The words that follow the unit up to the end of the clause ("in the first quarter of this year"). */
	tail: string;
}

const WORD_VALUES: Record<string, number> = {
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90,
	'a hundred': 100,
	'one hundred': 100,
	'a thousand': 1000,
	'one thousand': 1000,
	'a dozen': 12
};

const SCALES: Record<string, number> = {
	thousand: 1e3,
	million: 1e6,
	billion: 1e9,
	trillion: 1e12,
	bn: 1e9
};

const CURRENCY: Record<string, string> = { '£': 'pounds', $: 'dollars', '€': 'euros' };

/** Words before a figure and the qualifier they give it; the longer phrases first. */
const QUALIFIERS: [RegExp, NumberQualifier][] = [
	[/\bjust over\s*$/i, 'over'],
	[/\bjust under\s*$/i, 'under'],
	[/\b(?:more than|over|above|upwards of|in excess of)\s*$/i, 'over'],
	[/\bat least\s*$/i, 'at-least'],
	[/\b(?:fewer than|less than|under|below)\s*$/i, 'under'],
	[/\b(?:up to|as many as|as much as)\s*$/i, 'up-to'],
	[
		/\b(?:about|around|roughly|approximately|nearly|almost|some|an estimated|estimated|close to|an average of)\s*$/i,
		'about'
	]
];

/** Capitalised words that may stand before a figure without making it part of a name. */
const BEFORE_FIGURE =
	/^(?:About|Over|Around|Nearly|Almost|Some|At|In|By|Only|Just|More|Fewer|Less|Up|Under|Roughly|Approximately|Of|To|From|Since|Between|The|Exactly|Another|And|Than)$/;

interface Raw {
	start: number;
	end: number;
	value: number;
	currency?: string;
	percent: boolean;
	scale?: number;
	vague?: string;
	to?: Raw;
	text: string;
	/** A unit the words carry themselves ("a century" is 100 years). */
	unit?: string;
}

/** Figures in a (masked) sentence, with unit, qualifier and range; dates, names and ordinals are left out. */
export function findNumbers(text: string, dates: DateFind[]): NumberFind[] {
	const raws: Raw[] = [];
	const inDate = (a: number, b: number) => dates.some((d) => a < d.end && b > d.start);
	const numeric =
		/(?<![\p{L}\d.,£$€-])([£$€]\s?)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\p{L}\d])(?:\s*(thousand|million|billion|trillion|bn)\b)?(\s*(?:%|per\s?cent\b|percent\b))?/gu;
	for (const m of text.matchAll(numeric)) {
		const start = m.index;
		const end = start + m[0].length;
		if (inDate(start, end)) continue;
		const before = text.slice(0, start);
		const prevWord = /(\S+)\s+$/.exec(before)?.[1] ?? '';
		// "Wide Field Camera 3": a number right after a capitalised word is part of a name.
		if (/^\p{Lu}[\p{L}]*$/u.test(prevWord) && !BEFORE_FIGURE.test(prevWord) && !m[1]) continue;
		const after = text.slice(end);
		// "27-year-old" is an age; "four-year project" and "five-year-olds" are not figures.
		if (/^-year-old\b/.test(after)) {
			raws.push({
				start,
				end: end + '-year-old'.length,
				value: Number(m[2].replace(/,/g, '')),
				percent: false,
				text: `${m[0]}-year-old`
			});
			continue;
		}
		if (/^-\p{L}/u.test(after)) continue;
		// "the 87% figure" points back to a figure given earlier.
		if (/\bthe\s+$/.test(before) && /^\s*figure\b/.test(after.replace(/^\s*(?:%|per cent)/, '')))
			continue;
		raws.push({
			start,
			end,
			value: Number(`${m[2].replace(/,/g, '')}${m[3] ?? ''}`),
			...(m[1] ? { currency: m[1].trim() } : {}),
			percent: !!m[5],
			...(m[4] ? { scale: SCALES[m[4]] } : {}),
			text: m[0]
		});
	}
	const wordRe = new RegExp(
		`\\b(${Object.keys(WORD_VALUES).join('|')})\\b(?!-)(?:\\s+(thousand|million|billion))?(\\s*(?:%|per\\s?cent\\b|percent\\b))?`,
		'gi'
	);
	for (const m of text.matchAll(wordRe)) {
		const start = m.index;
		if (raws.some((r) => start < r.end && start + m[0].length > r.start)) continue;
		raws.push({
			start,
			end: start + m[0].length,
			value: WORD_VALUES[m[1].toLowerCase()],
			percent: !!m[3],
			...(m[2] ? { scale: SCALES[m[2].toLowerCase()] } : {}),
			text: m[0]
		});
	}
	for (const m of text.matchAll(
		/\b(?:(over|more than|less than|about|almost|nearly|under) )?(half|a third|a quarter)\b/gi
	)) {
		const value = { half: 50, 'a third': 33, 'a quarter': 25 }[m[2].toLowerCase()] ?? 50;
		const start = m.index + (m[1] ? m[1].length + 1 : 0);
		const next = text.slice(start + m[2].length, start + m[2].length + 5);
		if (!m[1] && !/^\s+of\b/.test(next)) continue;
		raws.push({ start, end: start + m[2].length, value, percent: true, text: m[2] });
	}
	for (const m of text.matchAll(/\b(a century|a decade)\b/gi)) {
		const before = text.slice(0, m.index);
		if (!/(?:more than|over|nearly|almost|about|less than|under)\s+$/i.test(before)) continue;
		raws.push({
			start: m.index,
			end: m.index + m[0].length,
			value: /century/i.test(m[1]) ? 100 : 10,
			percent: false,
			text: m[0],
			unit: 'years'
		});
	}
	const vagueRe =
		/\b(?:(a few|several|many|a couple of)\s+(hundred|thousand|million|billion)(?:\s+(thousand|million|billion))?|(hundreds|thousands|millions|billions|dozens|tens of thousands) of)\b/gi;
	for (const m of text.matchAll(vagueRe)) {
		const start = m.index;
		if (raws.some((r) => start < r.end && start + m[0].length > r.start)) {
			for (let i = raws.length - 1; i >= 0; i--)
				if (start < raws[i].end && start + m[0].length > raws[i].start) raws.splice(i, 1);
		}
		const unit = m[2]
			? SCALES[m[2].toLowerCase()] === undefined
				? 100
				: SCALES[m[2].toLowerCase()]
			: 1;
		const base = m[2]
			? (m[2].toLowerCase() === 'hundred' ? 100 : SCALES[m[2].toLowerCase()]) *
				(m[3] ? SCALES[m[3].toLowerCase()] : 1)
			: ({
					hundreds: 100,
					thousands: 1e3,
					millions: 1e6,
					billions: 1e9,
					dozens: 12,
					'tens of thousands': 1e4
				}[m[4].toLowerCase()] ?? unit);
		raws.push({
			start,
			end: start + m[0].length,
			value: 2 * base,
			to: { start, end: start, value: 9 * base, percent: false, text: '' },
			vague: m[0],
			percent: false,
			text: m[0]
		});
	}
	raws.sort((a, b) => a.start - b.start);
	// A compound time ("2 hours, 9 minutes and 38 seconds") is one duration, not three figures.
	const compound = /\d+\s+hours?,\s+\d+\s+minutes?,?\s+and\s+\d+\s+seconds?/g;
	for (const m of text.matchAll(compound)) {
		for (let i = raws.length - 1; i >= 0; i--)
			if (raws[i].start >= m.index && raws[i].end <= m.index + m[0].length) raws.splice(i, 1);
	}
	// Ranges: "between 400 and 650 million", "10 to 14 days", "2 to 4%", "7-21 days".
	const merged: Raw[] = [];
	for (let i = 0; i < raws.length; i++) {
		const a = raws[i];
		const b = raws[i + 1];
		if (b && !a.vague && !b.vague) {
			const gap = text.slice(a.end, b.start);
			const between = /\bbetween\s+(?:about\s+)?[£$€]?\s*$/i.test(text.slice(0, a.start));
			if (/^\s*(?:to|-|–)\s*$/.test(gap) || (between && /^\s*and\s*$/.test(gap))) {
				const scale = a.scale ?? (b.scale && a.value < 1000 ? b.scale : undefined);
				merged.push({
					...a,
					...(scale ? { scale } : {}),
					percent: a.percent || b.percent,
					currency: a.currency ?? b.currency,
					end: b.end,
					to: { ...b, currency: b.currency ?? a.currency },
					text: text.slice(a.start, b.end)
				});
				i++;
				continue;
			}
		}
		merged.push(a);
	}
	const out: NumberFind[] = [];
	for (const r of merged) {
		const value = r.value * (r.scale ?? 1);
		const to = r.to ? r.to.value * (r.to.scale ?? r.scale ?? 1) : undefined;
		if (!(value > 0) || (to !== undefined && !(to > value))) continue;
		const before = text.slice(0, r.start);
		const qualifier =
			QUALIFIERS.find(([re]) => re.test(before))?.[1] ?? (r.vague ? 'about' : 'exact');
		const rangeQualifier = to !== undefined && qualifier !== 'exact' ? 'about' : qualifier;
		const { unit, end, tail: rawTail } = unitAfter(text, r, out);
		// "ten years or more", "5% or less": the qualifier comes after the figure.
		const orMore = /^(?:\s+|,\s*)or\s+(more|longer|over|above|less|fewer|under|below)\b/i.exec(
			text.slice(end)
		);
		const after =
			orMore && to === undefined
				? /^(?:more|longer|over|above)$/i.test(orMore[1])
					? 'at-least'
					: 'up-to'
				: undefined;
		const tail = orMore ? rawTail.replace(/^or\s+\w+\s*/i, '') : rawTail;
		out.push({
			start: r.start,
			end,
			value,
			...(to !== undefined ? { to } : {}),
			unit: unit ?? '',
			qualifier: after && qualifier === 'exact' ? after : rangeQualifier,
			text: text.slice(r.start, end),
			...(r.vague ? { vague: r.vague } : {}),
			...(unit === undefined ? { borrowed: true } : {}),
			tail
		});
	}
	// A figure with no unit of its own takes the one before it ("200 adult salmon ... compared with 12").
	for (let i = 0; i < out.length; i++) {
		if (out[i].unit) continue;
		const donor = [...out.slice(0, i)].reverse().find((o) => o.unit && !o.borrowed);
		const later = out.slice(i + 1).find((o) => o.unit && !o.borrowed);
		out[i].unit = donor?.unit ?? later?.unit ?? '';
	}
	return out.filter((o) => o.unit !== '');
}

/** The unit after a figure and the clause that follows it. */
function unitAfter(
	text: string,
	r: Raw,
	found: NumberFind[]
): { unit: string | undefined; end: number; tail: string } {
	const after = text.slice(r.end);
	const tailFrom = (offset: number) => clauseTail(text.slice(offset));
	if (r.unit) return { unit: r.unit, end: r.end, tail: tailFrom(r.end) };
	if (/-year-old$/.test(r.text)) return { unit: 'years', end: r.end, tail: 'old' };
	if (r.percent || r.to?.percent) {
		const of = /^\s+of\s+/.exec(after);
		return {
			unit: '%',
			end: r.end,
			tail: of ? tailFrom(r.end) : tailFrom(r.end)
		};
	}
	const cur = r.currency ?? r.to?.currency;
	if (cur) {
		const per = /^\s+(per\s+[a-z]+(?:\s+(?:a|per|each)\s+[a-z]+)?)/.exec(after);
		const unit = per ? `${CURRENCY[cur]} ${per[1]}` : CURRENCY[cur];
		const end = r.end + (per ? per[0].length : 0);
		return { unit, end, tail: tailFrom(end) };
	}
	const times = /^\s+(times\s+the\s+[a-z]+\s+of\s+the\s+\p{L}+|times)\b/u.exec(after);
	if (times)
		return {
			unit: times[1],
			end: r.end + times[0].length,
			tail: tailFrom(r.end + times[0].length)
		};
	// "9 of the 14 farms": the unit is the next figure's; "45 of the galaxies": the noun after "of the".
	const ofThe = /^\s+of\s+the\s+(?:\d[\d,]*\s+)?((?:[a-z-]+\s+){0,2}[a-z-]+)/.exec(after);
	if (ofThe) {
		const noun = nounPhrase(ofThe[1]);
		if (noun) {
			const end = r.end + ofThe[0].indexOf(noun, ofThe[0].length - ofThe[1].length) + noun.length;
			return { unit: noun, end, tail: tailFrom(end) };
		}
	}
	const words = /^\s+((?:[\p{L}'’-]+\s*){1,4})/u.exec(after);
	if (words) {
		const noun = nounPhrase(words[1]);
		if (noun) {
			const at = after.indexOf(noun);
			const end = r.end + at + noun.length;
			return { unit: noun, end, tail: tailFrom(end) };
		}
	}
	void found;
	return { unit: undefined, end: r.end, tail: tailFrom(r.end) };
}

/** Units compromise may read as something else ("seconds" as a fraction). */
const UNIT_WORDS = new Set(
	'seconds second minutes minute hours hour days day weeks week months month years year decades centuries metres meters kilometres kilometers miles tonnes tons litres liters'.split(
		' '
	)
);

const UNIT_STOP = new Set(
	'of in on at to for from by with and or but that which who whose than as the a an its their his her this these those is are was were be been has have had will would can could may might should do does did not'.split(
		' '
	)
);

/** The noun phrase at the start of some words: adjectives and nouns up to the last noun ("container ships"). */
function nounPhrase(words: string): string | undefined {
	const list = words.trim().split(/\s+/);
	const terms = (
		nlp(`the many ${list.join(' ')}`).json() as { terms: { text: string; tags: string[] }[] }[]
	).flatMap((s) => s.terms);
	const tagged = terms.slice(2);
	let last = -1;
	for (let i = 0; i < Math.min(tagged.length, 3); i++) {
		const t = tagged[i];
		const w = list[i]?.replace(/[^\p{L}'’-]/gu, '') ?? '';
		if (!w) break;
		if (UNIT_STOP.has(w.toLowerCase())) break;
		const capital = /^\p{Lu}/u.test(w);
		if (capital && !(i > 0 && /^(?:Celsius|Fahrenheit)$/.test(w))) break;
		const tags = new Set(t.tags);
		if (i > 0 && /ing$/.test(w)) break;
		if (
			tags.has('Noun') ||
			tags.has('Unit') ||
			UNIT_WORDS.has(w.toLowerCase()) ||
			/^(?:Celsius|Fahrenheit)$/.test(w)
		)
			last = i;
		else if (!(
			tags.has('Adjective') ||
			tags.has('Participle') ||
			tags.has('PastTense') ||
			tags.has('Gerund')
		))
			break;
		if (t.text !== list[i] && /[,.;:]$/.test(list[i] ?? '')) break;
		if (/[,.;:)]$/.test(list[i] ?? '')) break;
	}
	if (last === -1) return undefined;
	// "nine showed activity": a verb then a singular noun is the clause of an elided subject, not a unit
	// ("240 tested compounds" and "3 displaced families" end on a plural).
	const firstTags = new Set(tagged[0]?.tags ?? []);
	const lastTags = new Set(tagged[last]?.tags ?? []);
	if (
		last > 0 &&
		firstTags.has('PastTense') &&
		!firstTags.has('Adjective') &&
		!lastTags.has('Plural') &&
		!UNIT_WORDS.has(list[last].toLowerCase())
	)
		return undefined;
	return list
		.slice(0, last + 1)
		.join(' ')
		.replace(/[,.;:)]+$/, '');
}

/** The words after a figure's unit up to the end of its clause, at most nine. */
function clauseTail(after: string): string {
	const clause =
		after.split(/[,;:.!?()—–"“”]|\s-\s|\uE000|\s(?:and|but|while|including|because)\s/)[0] ?? '';
	const words = clause.trim().split(/\s+/).filter(Boolean);
	return words.slice(0, 9).join(' ');
}

/** Whether a text holds quoted words. */
export function hasMask(text: string): boolean {
	return text.includes(MASK);
}
