// The flashcards page's script: mounts the deck over its prerendered copy (the first card, unflipped).
import FlashcardDeck from '../lib/components/review/FlashcardDeck.svelte';
import { mountIsland } from '../lib/island-mount.ts';
import { REVIEW_DATA_ID, REVIEW_ROOT_ID } from '../lib/review/island.ts';

mountIsland(FlashcardDeck, REVIEW_ROOT_ID, REVIEW_DATA_ID);
