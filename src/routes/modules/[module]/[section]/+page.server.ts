import { lessonData, lessonEntries } from '$lib/server/lesson';
import type { EntryGenerator, PageServerLoad } from './$types';
import { moduleEntries } from '$lib/server/module-entries';

export const entries: EntryGenerator = moduleEntries(() => lessonEntries('standard'));

export const load: PageServerLoad = ({ params }) =>
	lessonData(params.module, params.section, 'standard');
