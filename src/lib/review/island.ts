import type { ReviewModule } from './queue.ts';

/** Props of the flashcards page's deck. */
export interface FlashcardsProps {
	/** The module whose deck it is. */
	module: ReviewModule;
}

/**
 * Props of the review page: addresses with `SLUG_SLOT` (review/summaries.ts) for the module, of which
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

/** What the progress dashboard knows of a module: no question text, only ids and sections. */
export interface DashboardModule {
	/** Module slug. */
	slug: string;
	/** Module title. */
	title: string;
	/** Address of the module's page. */
	href: string;
	/** Pass mark in percent. */
	passMark: number;
	/** Sections in lesson order, with their addresses and their current questions as packed keys. */
	sections: { slug: string; title: string; href: string; questionKeys: string }[];
	/** Reading skills the module's questions test, with those questions as packed keys. */
	skills: { skill: string; title: string; questionKeys: string }[];
	/** Every current question and flashcard (for reviews due), packed by progress/question-keys.ts. */
	reviewKeys: string;
}

/** Props of the progress dashboard. */
export type DashboardProps = {
	/** Address of a module's progress.json, with `SLUG_SLOT` (review/summaries.ts) for the module. */
	summaries: string;
	/** Address of the review page. */
	reviewHref: string;
	/** Address of the catalogue, for a learner who has studied nothing yet. */
	catalogueHref: string;
};
