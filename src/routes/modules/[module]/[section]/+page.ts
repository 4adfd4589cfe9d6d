import type { Component } from 'svelte';
import type { PageLoad } from './$types';

// Lessons are plain reading: prerendered HTML with no SvelteKit client, so they cost no script at all.
export const csr = false;

// Each lesson's markdown is compiled by mdsvex into a component; only the visited one is loaded.
const bodies = import.meta.glob<{ default: Component }>('/src/lessons/*/[0-9]*.md');

export const load: PageLoad = async ({ data }) => {
	const body = await bodies[`/${data.section.file}`]();
	return { ...data, Body: body.default };
};
