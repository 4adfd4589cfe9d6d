import { error } from '@sveltejs/kit';
import { withTag } from '$lib/content/catalogue';
import { parsePage } from '$lib/content/pages';
import { content } from '$lib/server/content';
import { cataloguePage, laterPages } from '$lib/server/catalogue';
import type { EntryGenerator, PageServerLoad } from './$types';

// A tag's first page is /tags/<tag>; these are the others.
export const entries: EntryGenerator = () =>
	content.tags.flatMap((tag) =>
		laterPages(withTag(content.modules, tag).length).map(({ page }) => ({ tag, page }))
	);

export const load: PageServerLoad = ({ params }) => {
	const page = parsePage(params.page);
	const catalogue =
		content.tags.includes(params.tag) && page && page > 1
			? cataloguePage(page, params.tag)
			: undefined;
	if (!catalogue) error(404, `There is no page ${params.page} of modules tagged “${params.tag}”.`);
	return { tag: params.tag, ...catalogue };
};
