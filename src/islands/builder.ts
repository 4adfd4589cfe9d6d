// The teacher's assignment builder (/teach/<module>).
import AssignmentBuilder from '../lib/components/teach/AssignmentBuilder.svelte';
import { mountIsland } from '../lib/islands/mount.ts';

mountIsland(AssignmentBuilder, 'builder');
