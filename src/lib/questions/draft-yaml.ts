/**
 * Writing drafted facts as facts.yaml text, each fact after the sentence it came from and the notes on
 * what was guessed.
 */
import { Document, isMap, isSeq, YAMLMap, type Node } from 'yaml';
import { type Field } from './facts-types.ts';
import type { Draft } from './draft.ts';

/**
 * The drafts as facts.yaml text: a header, `field:` when guessed, then each fact preceded by the sentence it came
 * from and the notes as comments, grouped by paragraph.
 */
export function draftsYaml(
	drafts: Draft[],
	options: { header?: string[]; field?: Field; fieldNote?: string } = {}
): string {
	const doc = new Document({
		...(options.field ? { field: options.field } : {}),
		facts: drafts.map((d) => d.fact)
	});
	const list = doc.get('facts', true);
	if (isSeq(list)) {
		let last = -1;
		(list.items as Node[]).forEach((node, i) => {
			const d = drafts[i];
			const lines: string[] = [];
			if (d.paragraph !== last) {
				lines.push(
					d.paragraph === 0
						? ' ---------------------------------------------------------------- from the lessons (background)'
						: ` ---------------------------------------------------------------- paragraph ${d.paragraph}`
				);
				last = d.paragraph;
			}
			lines.push(
				` ${d.paragraph === 0 ? 'lesson' : 'article'}: ${d.sentence}`,
				...d.notes.map((n) => ` note: ${n}`)
			);
			node.commentBefore = lines.join('\n');
			node.spaceBefore = i > 0;
			if (isMap(node)) {
				for (const key of ['source', 'members', 'aliases', 'figures']) {
					const value = node.get(key, true);
					if (value && (isMap(value) || isSeq(value))) (value as YAMLMap).flow = true;
				}
			}
		});
	}
	if (options.header?.length) doc.commentBefore = options.header.map((l) => ` ${l}`).join('\n');
	if (options.fieldNote && options.field) {
		const pair = doc.contents && isMap(doc.contents) ? doc.contents.items[0] : undefined;
		if (pair?.value && typeof pair.value === 'object' && 'comment' in pair.value)
			(pair.value as { comment?: string }).comment = ` ${options.fieldNote}`;
	}
	return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
