// The review page's script: mounts the review over its prerendered copy ("checking what is due").
import { mount } from 'svelte';
import ReviewView from '../lib/components/review/ReviewView.svelte';
import { REVIEW_DATA_ID, REVIEW_ROOT_ID, type ModulesProps } from '../lib/review/island.ts';

const root = document.getElementById(REVIEW_ROOT_ID);
const data = document.getElementById(REVIEW_DATA_ID);
if (root && data?.textContent) {
	const props = JSON.parse(data.textContent) as ModulesProps;
	root.replaceChildren();
	mount(ReviewView, { target: root, props });
}
