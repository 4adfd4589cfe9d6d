// The flashcards page's script: mounts the deck over its prerendered copy (the first card, unflipped).
import { mount } from 'svelte';
import FlashcardDeck from '../lib/components/review/FlashcardDeck.svelte';
import { REVIEW_DATA_ID, REVIEW_ROOT_ID, type FlashcardsProps } from '../lib/review/island.ts';

const root = document.getElementById(REVIEW_ROOT_ID);
const data = document.getElementById(REVIEW_DATA_ID);
if (root && data?.textContent) {
	const props = JSON.parse(data.textContent) as FlashcardsProps;
	root.replaceChildren();
	mount(FlashcardDeck, { target: root, props });
}
