// Modules made by the build (vite.config.ts).
declare module 'virtual:briefing/site' {
	/** The site: built and checked once per build, or from the files while developing. */
	export const site: import('$lib/site').ServerSite;
	/** The HTML of a lesson file (its project-relative path), made at build time. */
	export function lessonHtml(file: string): Promise<string>;
	/** A module's key (a hash of its files and the code that builds them) in a build; undefined in dev. */
	export function moduleKey(slug: string): string | undefined;
	/** Where a build keeps export archives between builds; undefined in dev. */
	export const exportsDir: string | undefined;
}
