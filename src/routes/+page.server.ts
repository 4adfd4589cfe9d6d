import { toCard } from '$lib/content/catalogue';
import { packKeys } from '$lib/progress/question-keys';
import { currentKeys } from '$lib/review/queue';
import { bankFor, content } from '$lib/server/content';
import { reviewModules } from '$lib/server/review';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	cards: content.modules.map((m) => toCard(m, bankFor(m.slug)?.items.map((i) => i.id) ?? [])),
	tags: content.tags,
	reviewKeys: packKeys([...currentKeys(reviewModules())])
});
