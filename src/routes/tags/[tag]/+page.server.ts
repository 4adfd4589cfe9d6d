import { error } from '@sveltejs/kit';
import { content } from '$lib/server/content';
import { cataloguePage } from '$lib/server/catalogue';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => content.tags.map((tag) => ({ tag }));

export const load: PageServerLoad = ({ params }) => {
	const catalogue = content.tags.includes(params.tag) ? cataloguePage(1, params.tag) : undefined;
	if (!catalogue) error(404, `No module is tagged “${params.tag}”.`);
	return { tag: params.tag, ...catalogue };
};
