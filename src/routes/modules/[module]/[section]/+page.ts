import { lessonBody } from '$lib/lessons/bodies';
import type { PageLoad } from './$types';

// Lessons are plain reading: prerendered HTML with no SvelteKit client, so they cost no script at all.
export const csr = false;

export const load: PageLoad = async ({ data }) => ({
	...data,
	Body: await lessonBody(data.section.file)
});
