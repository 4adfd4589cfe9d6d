import type { Item, ItemType, Option } from '../questions/types.ts';
import type { ExportModule } from './module.ts';

/** How each Briefing type is written in GIFT, for the note beside the download. */
export const GIFT_MAPPING: Record<ItemType, string> = {
	single: 'multiple choice, one answer',
	whosaid: 'multiple choice, one answer (GIFT has no “who said it” type)',
	truefalse: 'true/false',
	multiple: 'multiple choice with weights: each right option +1/n, each wrong one −1/n',
	numeric: 'numerical, with the accepted range',
	blank: 'short answer, embedded in the sentence, with every accepted variant',
	matching: 'matching (distractors are dropped: GIFT cannot list unmatched answers)',
	ordering: 'matching each entry to its position (GIFT has no ordering type)'
};

/** Types GIFT cannot express as such, and what the export does instead. */
export const GIFT_LIMITS = [
	'GIFT has no ordering type: ordering questions become matching questions that pair each entry with its position (1st, 2nd…), so Moodle gives credit per entry in place rather than per neighbouring pair.',
	'GIFT has no “who said it” type: those questions become ordinary multiple choice.',
	'Matching questions lose their extra distractors, and Moodle compares short answers letter for letter (ignoring case only), so a blank answer with different punctuation may be marked wrong.'
];

/** Backslash-escapes GIFT's special characters (`~ = # { } :` and the backslash); newlines become `\n`. */
export function escapeGift(text: string): string {
	return text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

/** Moodle only accepts these answer weights (percent); 1/n for n up to 10, as Moodle writes them. */
const WEIGHTS: Record<number, string> = {
	1: '100',
	2: '50',
	3: '33.33333',
	4: '25',
	5: '20',
	6: '16.66667',
	7: '14.28571',
	8: '12.5',
	9: '11.11111',
	10: '10'
};

/** Weight of one correct option of a multiple-answer item with `n` keys, as GIFT text. */
export function shareWeight(n: number): string {
	return WEIGHTS[n] ?? String(Math.round(10000000 / n) / 100000);
}

const ORDINALS = ['1st', '2nd', '3rd'];

/** "1st", "2nd", "3rd", "4th"… */
export function ordinal(n: number): string {
	return ORDINALS[n - 1] ?? `${n}th`;
}

function feedback(o: Option): string {
	return o.feedback ? `#${escapeGift(o.feedback)}` : '';
}

function general(item: Item): string {
	return item.explanation ? ` ####${escapeGift(item.explanation.trim())}` : '';
}

function block(title: string, stem: string, lines: string[], item: Item): string {
	const all = item.explanation ? [...lines, `\t${general(item).trim()}`] : lines;
	return `${title} ${stem} {\n${all.join('\n')}\n}`;
}

function numberText(n: number): string {
	return String(n);
}

/** The stem GIFT shows for an item (numeric items name their unit, ordering items say what to match). */
export function giftStem(item: Item): string {
	if (item.type === 'numeric') return `${item.stem} (Answer in ${item.unit}.)`;
	if (item.type === 'ordering') return `${item.stem} Match each entry to its position.`;
	return item.stem;
}

/** One item as a GIFT question (without the blank line that separates questions). */
export function giftQuestion(item: Item): string {
	const title = `::${escapeGift(item.id)}::`;
	const stem = escapeGift(giftStem(item).trim());
	switch (item.type) {
		case 'single':
		case 'whosaid': {
			const answers = item.options.map(
				(o) => `\t${o.id === item.answer ? '=' : '~'}${escapeGift(o.text)}${feedback(o)}`
			);
			return block(title, stem, answers, item);
		}
		case 'multiple': {
			const share = shareWeight(item.answer.length);
			const answers = item.options.map(
				(o) =>
					`\t~%${item.answer.includes(o.id) ? '' : '-'}${share}%${escapeGift(o.text)}${feedback(o)}`
			);
			return block(title, stem, answers, item);
		}
		case 'truefalse':
			return `${title} ${stem} {${item.answer === 'true' ? 'TRUE' : 'FALSE'}${general(item)}}`;
		case 'numeric': {
			const answer =
				item.min === item.max
					? numberText(item.answer)
					: item.answer - item.min === item.max - item.answer
						? `${numberText(item.answer)}:${numberText(item.max - item.answer)}`
						: `${numberText(item.min)}..${numberText(item.max)}`;
			return `${title} ${stem} {#${answer}${general(item)}}`;
		}
		case 'blank': {
			const answers = item.accept.map((a) => `=${escapeGift(a)}`).join(' ');
			const [before, after] = item.stem.split('___');
			return `${title} ${escapeGift(before)}{${answers}${general(item)}}${escapeGift(after ?? '')}`;
		}
		case 'matching': {
			const pairs = item.pairs.map((p) => `\t=${escapeGift(p.left)} -> ${escapeGift(p.right)}`);
			return block(title, stem, pairs, item);
		}
		case 'ordering': {
			const pairs = item.items.map((e, i) => `\t=${escapeGift(e.text)} -> ${ordinal(i + 1)}`);
			return block(title, stem, pairs, item);
		}
	}
}

/** The module's whole bank as a GIFT file for Moodle, in a category named after the module. */
export function toGift(module: ExportModule, items: readonly Item[]): string {
	const head = [
		`// ${module.title}`,
		`// Exported from Briefing: ${items.length} questions. Question titles are Briefing's item ids.`,
		`$CATEGORY: $course$/Briefing/${module.slug}`
	].join('\n');
	return `${[head, ...items.map(giftQuestion)].join('\n\n')}\n`;
}
