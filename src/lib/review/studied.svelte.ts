import { progress } from '$lib/progress/progress.svelte';
import { recentlyStudied } from '../dashboard/dashboard.ts';
import { review } from './review.svelte.ts';
import { plural } from '../format.ts';
import { loadReviewModule, type ReviewModuleInfo } from './banks.ts';
import type { DashboardModule } from '../dashboard/island.ts';
import type { ModulesProps } from './island.ts';
import type { ReviewModule } from './queue.ts';
import { loadSummaries, withSlug, type LoadedSummaries } from '../dashboard/summaries.ts';

/**
 * The summaries (progress.json) of the modules this learner has studied, fetched once progress and
 * review data are read, and again for a module studied since (in this tab or another). Call it while a
 * component initialises; `current` is undefined until the first summaries arrive.
 * `template`: the page's address of a progress.json with `SLUG_SLOT` for the module.
 */
export function studiedSummaries(template: () => string): {
	readonly current: LoadedSummaries | undefined;
} {
	let loaded = $state<LoadedSummaries>();
	const slugs = $derived(
		progress.data && review.data ? recentlyStudied(progress.data, review.data) : undefined
	);
	$effect(() => {
		const wanted = slugs;
		const href = template();
		if (!wanted) return;
		let stale = false;
		void loadSummaries(wanted, href).then((result) => {
			if (!stale) loaded = result;
		});
		return () => {
			stale = true;
		};
	});
	return {
		get current() {
			return loaded;
		}
	};
}

/**
 * The review's modules: the studied ones (their progress.json), then each one's questions and
 * flashcards (its review.json). `loaded` is undefined until every studied module is fetched or failed;
 * `unavailable` names what could not be had. Call it while a component initialises.
 */
export function studiedReviewModules(files: () => ModulesProps): {
	readonly loaded: ReviewModule[] | undefined;
	readonly unavailable: string[];
} {
	let fetched = $state.raw<Record<string, ReviewModule>>({});
	let failed = $state.raw<string[]>([]);
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a record of requests made, never rendered
	const requested = new Set<string>();
	const summaries = studiedSummaries(() => files().summaries);
	const studied = $derived(summaries.current?.modules.map((m) => reviewInfo(m, files())));
	const loaded = $derived(
		studied?.every((m) => fetched[m.slug] || failed.includes(m.slug))
			? studied.flatMap((m) => fetched[m.slug] ?? [])
			: undefined
	);
	const unavailable = $derived([
		...(studied ?? []).filter((m) => failed.includes(m.slug)).map((m) => `“${m.title}”`),
		...(summaries.current?.failed.length
			? [plural(summaries.current.failed.length, 'other module')]
			: [])
	]);
	$effect(() => {
		for (const info of studied ?? []) {
			if (requested.has(info.slug)) continue;
			requested.add(info.slug);
			loadReviewModule(info).then(
				(module) => (fetched = { ...fetched, [info.slug]: module }),
				() => (failed = [...failed, info.slug])
			);
		}
	});
	return {
		get loaded() {
			return loaded;
		},
		get unavailable() {
			return unavailable;
		}
	};
}

/** What the review needs to fetch and show a module, from its progress.json. */
function reviewInfo(m: DashboardModule, files: ModulesProps): ReviewModuleInfo {
	return {
		slug: m.slug,
		title: m.title,
		lessons: m.href,
		flashcardsHref: withSlug(files.flashcards, m.slug),
		sections: Object.fromEntries(m.sections.map((s) => [s.slug, s.title])),
		cardsHref: withSlug(files.cards, m.slug)
	};
}
