import { isChoice, keyIds, type Item } from '../questions/types.ts';
import type { Response } from './grade.ts';

const number = new Intl.NumberFormat('en-GB');

/** The right answer in words, as the feedback and the results view show it. */
export function correctAnswerText(item: Item): string {
	if (isChoice(item)) {
		const keys = keyIds(item);
		return item.options
			.filter((o) => keys.includes(o.id))
			.map((o) => o.text)
			.join('; ');
	}
	switch (item.type) {
		case 'numeric': {
			// "over 40 nations": the qualifier the article gives stays with the figure.
			const figure = `${item.prefix ? `${item.prefix} ` : ''}${number.format(item.answer)} ${item.unit}`;
			if (item.min === item.max) return figure;
			return `${figure} (accepted: any number from ${number.format(item.min)} to ${number.format(item.max)})`;
		}
		case 'blank':
			return item.accept.length > 1
				? `${item.accept[0]} (also accepted: ${item.accept.slice(1).join(', ')})`
				: item.accept[0];
		case 'ordering':
			return item.items.map((e, i) => `${i + 1}. ${e.text}`).join('; ');
		case 'matching':
			return item.pairs.map((p) => `${p.left}: ${p.right}`).join('; ');
	}
}

/** What the learner answered, in words; "No answer" when nothing was given. */
export function responseText(item: Item, response: Response | undefined): string {
	if (!response) return 'No answer';
	switch (response.kind) {
		case 'choice': {
			if (!isChoice(item)) return 'No answer';
			const texts = item.options.filter((o) => response.selected.includes(o.id)).map((o) => o.text);
			return texts.length ? texts.join('; ') : 'No answer';
		}
		case 'numeric':
		case 'blank':
			return response.text.trim() || 'No answer';
		case 'ordering': {
			if (item.type !== 'ordering') return 'No answer';
			const byId = new Map(item.items.map((e) => [e.id, e.text]));
			return response.order.map((id, i) => `${i + 1}. ${byId.get(id) ?? '?'}`).join('; ');
		}
		case 'matching': {
			if (item.type !== 'matching') return 'No answer';
			return item.pairs.map((p) => `${p.left}: ${response.choices[p.id] || '(none)'}`).join('; ');
		}
	}
}

/** A stem split into plain and emphasised runs (`**NOT**`), so it renders without raw HTML. */
export function stemRuns(stem: string): { text: string; strong: boolean }[] {
	return stem
		.split(/(\*\*[^*]+\*\*)/)
		.filter((part) => part !== '')
		.map((part) =>
			part.startsWith('**') && part.endsWith('**')
				? { text: part.slice(2, -2), strong: true }
				: { text: part, strong: false }
		);
}

/** A lesson section's address under the module's overview address, with the anchor when there is one. */
export function sectionHref(moduleHref: string, section: string, anchor?: string): string {
	return `${moduleHref}/${section}${anchor ? `#${anchor}` : ''}`;
}

/** One row of a matching question's feedback: an item, the learner's match, the right one, and the verdict. */
export interface MatchingRow {
	/** Pair id. */
	id: string;
	/** The left-hand item. */
	left: string;
	/** What the learner matched it to, or "No match". */
	yours: string;
	/** Its right match. */
	right: string;
	/** The verdict in words, so colour is never the only sign. */
	verdict: 'Correct' | 'Incorrect' | 'Not matched';
}

/** A matching question's feedback, pair by pair, in the item's order. */
export function matchingRows(item: Item, response: Response | undefined): MatchingRow[] {
	if (item.type !== 'matching') return [];
	const choices = response?.kind === 'matching' ? response.choices : {};
	return item.pairs.map((pair) => {
		const chosen = Object.hasOwn(choices, pair.id) ? choices[pair.id] : '';
		return {
			id: pair.id,
			left: pair.left,
			yours: chosen || 'No match',
			right: pair.right,
			// Compared by text, as the marking does.
			verdict: chosen === '' ? 'Not matched' : chosen === pair.right ? 'Correct' : 'Incorrect'
		};
	});
}
