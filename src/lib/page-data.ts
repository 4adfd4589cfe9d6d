import type { Transporter } from '@sveltejs/kit';

/**
 * No page loads SvelteKit's client (`csr = false` in the root layout): a page is its prerendered HTML
 * plus, where it is interactive, an island that reads its own JSON. SvelteKit still serialises each
 * page's load data twice while prerendering, into the page (left out since `csr` is false) and into a
 * `__data.json` that `prune-build` deletes; at 100 modules that was about 4 of the prerender's 24 s.
 *
 * This transport (registered in `src/hooks.ts`) stands in for a load's data with a placeholder, so
 * devalue never walks it. SvelteKit passes a load's data through it whole (the data object is the first
 * value it meets), so only plain objects are replaced. A page that turned `csr` on would get the
 * placeholder back in the browser; decoding it fails with a sentence saying why.
 */
export const pageDataNotSent: Transporter<Record<string, unknown>, 1> = {
	encode: (value) =>
		typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype
			? 1
			: false,
	decode: () => {
		throw new Error(
			'Briefing sends no page data to the browser (src/lib/page-data.ts): a page that loads SvelteKit\u2019s client must read its data another way, as islands do.'
		);
	}
};
