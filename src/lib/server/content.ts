import { buildIndex } from '$lib/content/load';
import type { ContentIndex, Module, Section } from '$lib/content/types';

// Raw text of every content file, bundled at build time; validated once into the index below.
const raw = import.meta.glob<string>(['/src/lessons/**/*.md', '/questions/**/*.{yaml,yml}'], {
	query: '?raw',
	import: 'default',
	eager: true
});

export const content: ContentIndex = buildIndex(
	Object.fromEntries(Object.entries(raw).map(([path, text]) => [path.slice(1), text]))
);

/** The module with this slug, or undefined. */
export function findModule(slug: string): Module | undefined {
	return content.modules.find((m) => m.slug === slug);
}

/** The section with this slug in the module, with its neighbours, or undefined. */
export function findSection(
	module: Module,
	slug: string
): { section: Section; index: number; previous?: Section; next?: Section } | undefined {
	const index = module.sections.findIndex((s) => s.slug === slug);
	if (index < 0) return undefined;
	return {
		section: module.sections[index],
		index,
		previous: module.sections[index - 1],
		next: module.sections[index + 1]
	};
}
