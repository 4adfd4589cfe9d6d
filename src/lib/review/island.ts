import type { ReviewModuleInfo } from './banks.ts';
import type { ReviewModule } from './queue.ts';

/** Props of the flashcards page's deck. */
export interface FlashcardsProps {
	/** The module whose deck it is. */
	module: ReviewModule;
}

/** Props of the review page: every module with a bank, its questions to be fetched when needed. */
export interface ModulesProps {
	/** Every module with a question bank. */
	modules: ReviewModuleInfo[];
}
