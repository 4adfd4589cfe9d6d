// The script of the catalogue and module pages: it mounts the progress widgets over their prerendered
// placeholders (see Widget.svelte). The pages carry no SvelteKit client, so this is all they load.
import { mount, type Component } from 'svelte';
import ProgressSummary from '../lib/components/ProgressSummary.svelte';
import ResetProgress from '../lib/components/ResetProgress.svelte';
import ReviewsDue from '../lib/components/review/ReviewsDue.svelte';
import StorageNotices from '../lib/components/StorageNotices.svelte';
import type { WidgetName } from '../lib/islands/islands.ts';

const components: Record<WidgetName, Component<Record<string, unknown>>> = {
	'progress-summary': ProgressSummary as unknown as Component<Record<string, unknown>>,
	'reset-progress': ResetProgress as unknown as Component<Record<string, unknown>>,
	'reviews-due': ReviewsDue as unknown as Component<Record<string, unknown>>,
	'storage-notices': StorageNotices as unknown as Component<Record<string, unknown>>
};

for (const element of document.querySelectorAll<HTMLElement>('[data-island]')) {
	const component = components[element.dataset.island as WidgetName];
	if (!component) continue;
	const props = JSON.parse(element.dataset.props ?? '{}') as Record<string, unknown>;
	element.replaceChildren();
	mount(component, { target: element, props });
}
