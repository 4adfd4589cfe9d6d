// The progress dashboard and the home page's count of reviews due do not embed every module: a catalogue
// of a thousand would make them megabytes. They fetch each studied module's progress.json (what
// `DashboardModule` holds: titles, sections, question ids packed as keys), cached by the service worker so
// that this works offline too.
import type { DashboardModule } from './island.ts';

/** The placeholder for a module's slug in the address template pages pass to their islands. */
export const SLUG_SLOT = '__module__';

/** The address of one module's file, from the template the page resolved with `SLUG_SLOT`. */
export function withSlug(template: string, slug: string): string {
	return template.replace(SLUG_SLOT, encodeURIComponent(slug));
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Whether a parsed progress.json has the shape the dashboard reads. */
export function isDashboardModule(value: unknown): value is DashboardModule {
	if (!isRecord(value)) return false;
	const { slug, title, href, passMark, sections, skills, reviewKeys } = value;
	return (
		isString(slug) &&
		isString(title) &&
		isString(href) &&
		typeof passMark === 'number' &&
		isString(reviewKeys) &&
		Array.isArray(sections) &&
		sections.every(
			(s) =>
				isRecord(s) &&
				isString(s.slug) &&
				isString(s.title) &&
				isString(s.href) &&
				isString(s.questionKeys)
		) &&
		Array.isArray(skills) &&
		skills.every(
			(s) => isRecord(s) && isString(s.skill) && isString(s.title) && isString(s.questionKeys)
		)
	);
}

/** What came of fetching the studied modules' summaries. */
export interface LoadedSummaries {
	/** The modules found, in the order asked. */
	modules: DashboardModule[];
	/** Modules this site no longer has (their file is not found): studied once, since removed. */
	removed: string[];
	/** Modules whose file could not be had (offline before the site was kept, or a damaged file). */
	failed: string[];
}

type Outcome = { module: DashboardModule } | { removed: true } | { failed: true };

const cache = new Map<string, Promise<Outcome>>();

async function fetchSummary(href: string, fetcher: typeof fetch): Promise<Outcome> {
	try {
		const response = await fetcher(href);
		if (response.status === 404) return { removed: true };
		if (!response.ok) return { failed: true };
		const body: unknown = await response.json();
		return isDashboardModule(body) ? { module: body } : { failed: true };
	} catch {
		return { failed: true };
	}
}

/**
 * Fetches the summaries of `slugs` (each file once per page: later calls reuse it; a failure is tried
 * again on the next call). Never rejects: what could not be had is listed in `removed` or `failed`.
 */
export async function loadSummaries(
	slugs: readonly string[],
	template: string,
	fetcher: typeof fetch = fetch
): Promise<LoadedSummaries> {
	const outcomes = await Promise.all(
		slugs.map((slug) => {
			const href = withSlug(template, slug);
			let pending = cache.get(href);
			if (!pending) {
				pending = fetchSummary(href, fetcher);
				cache.set(href, pending);
				void pending.then((o) => 'failed' in o && cache.delete(href));
			}
			return pending;
		})
	);
	const result: LoadedSummaries = { modules: [], removed: [], failed: [] };
	outcomes.forEach((o, i) => {
		if ('module' in o) result.modules.push(o.module);
		else if ('removed' in o) result.removed.push(slugs[i]);
		else result.failed.push(slugs[i]);
	});
	return result;
}

/** Forgets every fetched summary (for tests). */
export function clearSummaries(): void {
	cache.clear();
}
