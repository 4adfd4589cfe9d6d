// Most of a built page's bytes are the bodies of its inline stylesheet and scripts (the island's data among
// them), which neither the link check's crawler nor Pagefind reads. Both are handed the page without them.

// Where a reader stops reading markup: comments and CDATA (passed over whole, as far as SvelteKit's crawler
// passes over them, which is never less than an HTML parser does), and the opening tag of a script or a
// style (its attributes quoted or not, with no `<` inside).
const SKIPS = /<!--|<!\[CDATA\[|<(script|style)(?=[\t\n\f\r />])(?:[^<>"']|"[^"<]*"|'[^'<]*')*>/gi;
const CLOSERS = { script: /<\/script/gi, style: /<\/style/gi };

/**
 * The HTML with the bodies of its scripts and styles left out: each element keeps its opening tag and its
 * closing tag, with nothing between. What SvelteKit's crawler finds in it (links, ids) and what Pagefind
 * indexes are unchanged (`html-bodies.spec.ts`); where the markup is unusual (a tag it cannot read, an
 * unclosed element) it is left as it is.
 * @param {string} html
 * @returns {string}
 */
export function withoutScriptBodies(html) {
	/** @type {string[]} */
	const parts = [];
	let kept = 0;
	SKIPS.lastIndex = 0;
	for (let match = SKIPS.exec(html); match; match = SKIPS.exec(html)) {
		const tag = match[1]?.toLowerCase();
		if (!tag) {
			const close = match[0] === '<!--' ? '-->' : ']]>';
			const end = html.indexOf(close, SKIPS.lastIndex);
			if (end < 0) break;
			SKIPS.lastIndex = end + close.length;
			continue;
		}
		const closer = CLOSERS[/** @type {'script' | 'style'} */ (tag)];
		closer.lastIndex = SKIPS.lastIndex;
		const end = closer.exec(html);
		if (!end) break;
		parts.push(html.slice(kept, SKIPS.lastIndex));
		kept = end.index;
		SKIPS.lastIndex = end.index;
	}
	if (kept === 0) return html;
	parts.push(html.slice(kept));
	return parts.join('');
}
