// The progress page's script: mounts the dashboard over its prerendered copy (placeholders).
import { mount } from 'svelte';
import Dashboard from '../lib/components/review/Dashboard.svelte';
import { REVIEW_DATA_ID, REVIEW_ROOT_ID, type DashboardProps } from '../lib/review/island.ts';

const root = document.getElementById(REVIEW_ROOT_ID);
const data = document.getElementById(REVIEW_DATA_ID);
if (root && data?.textContent) {
	const props = JSON.parse(data.textContent) as DashboardProps;
	root.replaceChildren();
	mount(Dashboard, { target: root, props });
}
