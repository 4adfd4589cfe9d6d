/** Whose storage a notice is about: the words differ, the cases are the same. */
export type NoticeSubject = 'progress' | 'review' | 'gradebook' | 'work';

/** What the one notice component says about a store that could not keep or read something. */
export interface NoticeWords {
	/** Said first, in bold, when nothing more is kept (memory mode). */
	lost: string;
	/** Why, when storage is full. */
	full: string;
	/** Why, when storage is missing or blocked. */
	blocked: string;
	/** A damaged value was set aside: `copied` when a copy of it is kept. */
	corrupt: (copied: boolean) => string;
	/** A value from a newer version of the site was left alone. */
	newer: string;
	/** Whether the notice keeps the page's wide spacing around it (the learner's pages). */
	spaced: boolean;
}

const COPY_KEPT = ' (a copy is kept in this browser)';
const TEACH_FULL =
	"This browser's storage is full: what was saved before is safe, but changes from now on last only until you close this page.";
const TEACH_BLOCKED =
	'This browser does not let Briefing save anything (private browsing or blocked storage): everything works, but lasts only until you close this page.';
const REVIEW_LOST =
	'This browser does not let Briefing save them (private browsing, blocked or full storage), so they last only until you close this page.';

function teach(what: string): NoticeWords {
	return {
		lost: `${what} will not be kept.`,
		full: TEACH_FULL,
		blocked: TEACH_BLOCKED,
		corrupt: (copied) =>
			`Something saved here could not be read and was set aside${copied ? COPY_KEPT : ' (left untouched, as there was no room to copy it)'}. Everything else is intact.`,
		newer:
			'Some of it was saved by a newer version of Briefing. Reload the page to use it; it has been left untouched.',
		spaced: false
	};
}

/** The words of each subject. */
export const NOTICE_WORDS: Record<NoticeSubject, NoticeWords> = {
	progress: {
		lost: 'Your progress will not be kept.',
		full: "This browser's storage is full, so answers from now on last only until you close this page. What was already saved is safe.",
		blocked:
			'This browser does not let Briefing save anything (private browsing or blocked storage), so the quiz works but your answers last only until you close this page.',
		corrupt: (copied) =>
			`Some saved progress could not be read and was set aside${copied ? COPY_KEPT : ''}. Everything else is intact and you can carry on.`,
		newer:
			'Some progress was saved by a newer version of Briefing. Reload the page to use it; it has been left untouched.',
		spaced: true
	},
	review: {
		lost: 'Your review ratings will not be kept.',
		full: REVIEW_LOST,
		blocked: REVIEW_LOST,
		corrupt: (copied) =>
			`Some saved review ratings could not be read and were set aside${copied ? COPY_KEPT : ''}. Everything else is intact.`,
		newer:
			'Some review ratings were saved by a newer version of Briefing. Reload the page to use them; they have been left untouched.',
		spaced: true
	},
	gradebook: teach('The gradebook'),
	work: teach('Your work')
};
