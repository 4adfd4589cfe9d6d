// A lesson's check questions: loaded by the reading script in app.html when the reader nears or uses them.
import CheckQuestions from '../lib/components/CheckQuestions.svelte';
import { mountIsland } from '../lib/islands/mount.ts';

mountIsland(CheckQuestions, 'check');
