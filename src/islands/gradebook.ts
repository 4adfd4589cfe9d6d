// The teacher's gradebook (/teach/gradebook).
import GradebookView from '../lib/components/teach/GradebookView.svelte';
import { mountIsland } from '../lib/island-mount.ts';
import { ISLAND_DATA_ID, ISLAND_ROOT_ID } from '../lib/teach/island.ts';

mountIsland(GradebookView, ISLAND_ROOT_ID, ISLAND_DATA_ID);
