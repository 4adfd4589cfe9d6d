// The review page's script: mounts the review over its prerendered copy ("checking what is due").
import ReviewView from '../lib/components/review/ReviewView.svelte';
import { mountIsland } from '../lib/islands/mount.ts';

mountIsland(ReviewView, 'review');
