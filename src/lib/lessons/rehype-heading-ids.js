import { uniqueSlugs } from '../content/slug.js';

/**
 * @typedef {{ type: string, tagName?: string, value?: string, properties?: Record<string, unknown>, children?: HNode[] }} HNode
 */

/** @param {HNode} node @returns {string} */
function textOf(node) {
	if (node.type === 'text') return node.value ?? '';
	return (node.children ?? []).map(textOf).join('');
}

/**
 * Rehype plugin: give every h2 and h3 the id the content loader computes for the table of contents,
 * so that anchors and the contents list can never disagree.
 */
export function headingIds() {
	/** @param {HNode} tree */
	return (tree) => {
		/** @type {HNode[]} */
		const headings = [];
		/** @param {HNode} node */
		const walk = (node) => {
			if (node.type === 'element' && (node.tagName === 'h2' || node.tagName === 'h3')) {
				headings.push(node);
			}
			for (const child of node.children ?? []) walk(child);
		};
		walk(tree);
		const ids = uniqueSlugs(headings.map(textOf));
		headings.forEach((h, i) => {
			h.properties = { ...(h.properties ?? {}), id: ids[i] };
		});
	};
}
