import { progress } from '$lib/progress/progress.svelte';
import { studiedModules } from './dashboard.ts';
import { review } from './review.svelte.ts';
import { loadSummaries, type LoadedSummaries } from './summaries.ts';

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
		progress.data && review.data ? studiedModules(progress.data, review.data) : undefined
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
