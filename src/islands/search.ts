import SearchView from '../lib/components/SearchView.svelte';
import { mountIsland } from '../lib/islands/mount.ts';

mountIsland(SearchView, 'search');
