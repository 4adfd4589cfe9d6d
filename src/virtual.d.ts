// Modules made by the build (vite.config.ts).
declare module 'virtual:briefing/site' {
	/** The site: built and checked once per build, or from the files while developing. */
	export const site: import('$lib/site').Site;
	/** The HTML of a lesson file (its project-relative path), made at build time. */
	export function lessonHtml(file: string): Promise<string>;
}
