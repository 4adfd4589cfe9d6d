// The student's assignment page: reads the assignment from the link's #a= fragment and runs it.
import AssignmentView from '../lib/components/teach/AssignmentView.svelte';
import { mountIsland } from '../lib/island-mount.ts';
import { ISLAND_DATA_ID, ISLAND_ROOT_ID } from '../lib/teach/island.ts';

mountIsland(AssignmentView, ISLAND_ROOT_ID, ISLAND_DATA_ID);
