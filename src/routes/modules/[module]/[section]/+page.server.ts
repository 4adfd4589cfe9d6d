import { lessonData, lessonEntries } from '$lib/server/lesson';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => lessonEntries('standard');

export const load: PageServerLoad = ({ params }) =>
	lessonData(params.module, params.section, 'standard');
