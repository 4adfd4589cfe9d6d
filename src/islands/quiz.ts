// The quiz page's only script. The page is prerendered without SvelteKit's client (csr = false), so a
// learner downloads the quiz and the Svelte runtime and nothing else; this mounts the same component
// over its prerendered copy, which looks identical, so nothing moves.
import QuizView from '../lib/components/quiz/QuizView.svelte';
import { mountIsland } from '../lib/islands/mount.ts';

mountIsland(QuizView, 'quiz');
