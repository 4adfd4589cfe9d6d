// The progress page's script: mounts the dashboard over its prerendered copy (placeholders).
import Dashboard from '../lib/components/review/Dashboard.svelte';
import { mountIsland } from '../lib/islands/mount.ts';

mountIsland(Dashboard, 'dashboard');
