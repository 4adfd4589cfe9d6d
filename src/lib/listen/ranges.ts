import { sentenceSpans } from './reader.ts';

/** A sentence of the page and where it is, for highlighting it while it is read. */
export interface PageSentence {
	/** The words to speak. */
	text: string;
	/** The sentence in the document. */
	range: Range;
}

// Text the reader does not see (a closed key-term definition) is not read either.
const UNREAD = '.term-popover, [hidden], [aria-hidden="true"]';

/**
 * The sentences of the given blocks (headings, paragraphs, list items), in document order, each with a
 * Range over its text nodes, so a sentence that runs through a link or a marked term is still one range.
 */
export function pageSentences(blocks: Iterable<Element>): PageSentence[] {
	const sentences: PageSentence[] = [];
	for (const block of blocks) {
		const nodes: { node: Text; start: number }[] = [];
		let text = '';
		const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
			acceptNode: (node) =>
				node.parentElement?.closest(UNREAD) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT
		});
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			nodes.push({ node: node as Text, start: text.length });
			text += node.nodeValue ?? '';
		}
		const at = (offset: number, end: boolean) => {
			const i = nodes.findLastIndex((n) => (end ? n.start < offset : n.start <= offset));
			const { node, start } = nodes[Math.max(0, i)];
			return { node, offset: Math.min(offset - start, node.length) };
		};
		for (const span of sentenceSpans(text)) {
			const range = block.ownerDocument.createRange();
			const from = at(span.start, false);
			const to = at(span.end, true);
			range.setStart(from.node, from.offset);
			range.setEnd(to.node, to.offset);
			sentences.push({ text: span.text.replace(/\s+/g, ' '), range });
		}
	}
	return sentences;
}
