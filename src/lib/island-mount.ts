import { mount, type Component } from 'svelte';

/**
 * Mounts a page's island: the component replaces its prerendered copy in the element `rootId`, with the
 * props the page embedded as JSON in the script element `dataId` (see jsonScriptTag).
 */
export function mountIsland<Props extends Record<string, unknown>>(
	component: Component<Props>,
	rootId: string,
	dataId: string
): void {
	const root = document.getElementById(rootId);
	const data = document.getElementById(dataId);
	if (!root || !data?.textContent) return;
	root.replaceChildren();
	mount(component, { target: root, props: JSON.parse(data.textContent) as Props });
	// Marks the live copy, for tests (and styles) that must not act on the prerendered one.
	root.dataset.ready = '';
}
