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
	/** Address of a module's progress.json, with `SLUG_SLOT` (dashboard/summaries.ts) for the module. */
	summaries: string;
	/** Address of the review page. */
	reviewHref: string;
	/** Address of the catalogue, for a learner who has studied nothing yet. */
	catalogueHref: string;
};
