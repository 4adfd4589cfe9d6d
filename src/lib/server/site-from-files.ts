import { join } from 'node:path';
import { lessonHtml as render } from '$lib/lessons/render';
import { buildSite, serverSite } from '$lib/site';

// While developing and in tests: the raw text of every content file, built on each server start (and again
// when a file changes). A production build reads the site the content check built instead (vite.config.ts).
const raw = import.meta.glob<string>(['/src/lessons/**/*.md', '/questions/**/*.{yaml,yml,txt}'], {
	query: '?raw',
	import: 'default',
	eager: true
});

export const site = serverSite(
	buildSite(Object.fromEntries(Object.entries(raw).map(([path, text]) => [path.slice(1), text])))
);

/** The HTML of a lesson file (project-relative), made from the file as it is now. */
export async function lessonHtml(file: string): Promise<string> {
	const text = raw[`/${file}`];
	return text === undefined ? '' : render(join(process.cwd(), file), text);
}
