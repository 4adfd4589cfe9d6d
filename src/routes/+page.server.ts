import { toCard } from '$lib/content/catalogue';
import { bankFor, content } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	cards: content.modules.map((m) => toCard(m, bankFor(m.slug)?.items.map((i) => i.id) ?? [])),
	tags: content.tags
});
