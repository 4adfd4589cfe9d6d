// The review page's script: mounts the review over its prerendered copy ("checking what is due").
import ReviewView from '../lib/components/review/ReviewView.svelte';
import { mountIsland } from '../lib/island-mount.ts';
import { REVIEW_DATA_ID, REVIEW_ROOT_ID } from '../lib/review/island.ts';

mountIsland(ReviewView, REVIEW_ROOT_ID, REVIEW_DATA_ID);
