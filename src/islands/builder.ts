// The teacher's assignment builder (/teach/<module>).
import AssignmentBuilder from '../lib/components/teach/AssignmentBuilder.svelte';
import { mountIsland } from '../lib/island-mount.ts';
import { ISLAND_DATA_ID, ISLAND_ROOT_ID } from '../lib/teach/island.ts';

mountIsland(AssignmentBuilder, ISLAND_ROOT_ID, ISLAND_DATA_ID);
