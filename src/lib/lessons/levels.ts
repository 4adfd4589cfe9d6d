import { resolve } from '$app/paths';
import type { ReadingLevel } from '$lib/content/types';

/** The levels in the order the level switch shows them, with the names readers see. */
export const READING_LEVELS: readonly { id: ReadingLevel; name: string }[] = [
	{ id: 'standard', name: 'Standard' },
	{ id: 'easier', name: 'Easier' }
];

/** The address of a section at a reading level. */
export function sectionHref(module: string, section: string, level: ReadingLevel): string {
	return level === 'easier'
		? resolve('/modules/[module]/easier/[section]', { module, section })
		: resolve('/modules/[module]/[section]', { module, section });
}
