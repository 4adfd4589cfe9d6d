import { lessonBody } from '$lib/lessons/bodies';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data }) => ({
	...data,
	Body: await lessonBody(data.section.file)
});
