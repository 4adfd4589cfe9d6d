// The quiz page's only script. The page is prerendered without SvelteKit's client (csr = false), so a
// learner downloads the quiz and the Svelte runtime and nothing else; this mounts the same component
// over its prerendered copy, which looks identical, so nothing moves.
import { mount } from 'svelte';
import QuizView from '../lib/components/quiz/QuizView.svelte';
import { QUIZ_DATA_ID, QUIZ_ROOT_ID, type QuizProps } from '../lib/quiz/island.ts';

const root = document.getElementById(QUIZ_ROOT_ID);
const data = document.getElementById(QUIZ_DATA_ID);
if (root && data?.textContent) {
	const props = JSON.parse(data.textContent) as QuizProps;
	root.replaceChildren();
	mount(QuizView, { target: root, props });
}
