// The flashcards page's script: mounts the deck over its prerendered copy (the first card, unflipped).
import FlashcardDeck from '../lib/components/review/FlashcardDeck.svelte';
import { mountIsland } from '../lib/islands/mount.ts';

mountIsland(FlashcardDeck, 'flashcards');
