import type { ReviewModule } from './queue.ts';

/** Props of the flashcards page's deck. */
export interface FlashcardsProps {
	/** The module whose deck it is. */
	module: ReviewModule;
}

/**
 * Props of the review page: addresses with `SLUG_SLOT` (dashboard/summaries.ts) for the module, of which
 * only the modules the learner studied are fetched, so the page weighs the same whatever the catalogue.
 */
export type ModulesProps = {
	/** A module's progress.json: its title and sections. */
	summaries: string;
	/** A module's review.json: its questions and flashcards. */
	cards: string;
	/** A module's flashcards page. */
	flashcards: string;
};
