// The student's assignment page: reads the assignment from the link's #a= fragment and runs it.
import AssignmentView from '../lib/components/teach/AssignmentView.svelte';
import { mountIsland } from '../lib/islands/mount.ts';

mountIsland(AssignmentView, 'assignment');
