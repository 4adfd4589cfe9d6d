import type { Component } from 'svelte';

// Each lesson's markdown, at either level, is compiled by mdsvex into a component; only the visited one is loaded.
const bodies = import.meta.glob<{ default: Component }>([
	'/src/lessons/*/[0-9]*.md',
	'/src/lessons/*/easier/[0-9]*.md'
]);

/** The compiled body of the markdown file at `file` (project-relative, as in the content index). */
export async function lessonBody(file: string): Promise<Component> {
	return (await bodies[`/${file}`]()).default;
}
