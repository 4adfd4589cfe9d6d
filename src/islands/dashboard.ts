// The progress page's script: mounts the dashboard over its prerendered copy (placeholders).
import Dashboard from '../lib/components/review/Dashboard.svelte';
import { mountIsland } from '../lib/island-mount.ts';
import { REVIEW_DATA_ID, REVIEW_ROOT_ID } from '../lib/review/island.ts';

mountIsland(Dashboard, REVIEW_ROOT_ID, REVIEW_DATA_ID);
