// The teacher's gradebook (/teach/gradebook).
import GradebookView from '../lib/components/teach/GradebookView.svelte';
import { mountIsland } from '../lib/islands/mount.ts';

mountIsland(GradebookView, 'gradebook');
