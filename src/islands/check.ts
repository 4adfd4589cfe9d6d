// A lesson's check questions: loaded by the reading script in app.html when the reader nears or uses them.
import CheckQuestions from '../lib/components/CheckQuestions.svelte';
import { CHECK_DATA_ID, CHECK_ROOT_ID } from '../lib/lessons/check.ts';
import { mountIsland } from '../lib/island-mount.ts';

mountIsland(CheckQuestions, CHECK_ROOT_ID, CHECK_DATA_ID);
