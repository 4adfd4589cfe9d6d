import { error } from '@sveltejs/kit';
import { toCard, withTag } from '$lib/content/catalogue';
import { bankFor, content } from '$lib/server/content';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => content.tags.map((tag) => ({ tag }));

export const load: PageServerLoad = ({ params }) => {
	if (!content.tags.includes(params.tag)) error(404, `No module is tagged “${params.tag}”.`);
	return {
		tag: params.tag,
		cards: withTag(content.modules, params.tag).map((m) =>
			toCard(m, bankFor(m.slug)?.items.map((i) => i.id) ?? [])
		),
		tags: content.tags
	};
};
