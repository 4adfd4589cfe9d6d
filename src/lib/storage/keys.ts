/**
 * Every key Briefing keeps in the browser's storage, in one place. Keys are versioned (`briefing:v1:`) so that a
 * change of shape can move to new keys; prefixed keys hold one value per module or assignment, so a damaged value
 * costs that one and nothing else. `src/app.html` repeats the theme and reading keys in its inline script (it
 * runs before any module); keys.spec.ts checks that it names these.
 */

/** The reader's theme choice (light or dark). */
export const THEME_KEY = 'briefing:v1:theme';

/** The reader's chosen reading level. */
export const READING_LEVEL_KEY = 'briefing:v1:reading-level';

/** The reader's text size. */
export const TEXT_SIZE_KEY = 'briefing:v1:text-size';

/** The reader's line spacing. */
export const LINE_SPACING_KEY = 'briefing:v1:line-spacing';

/**
 * Quiz progress: `briefing:v1:progress:<module slug>`. Each save re-reads, merges and rewrites only the module it
 * changed.
 */
export const PROGRESS_PREFIX = 'briefing:v1:progress:';

/** Review ratings: `briefing:v1:review:<module slug>`, beside the module's progress. */
export const REVIEW_PREFIX = 'briefing:v1:review:';

/** Copies of unreadable values: `briefing:v1:backup:<original key>:<timestamp>`. */
export const BACKUP_PREFIX = 'briefing:v1:backup:';

/**
 * The one tab that takes a module's quiz answers: `briefing:v1:quiz-owner:<module>`. It says which page is open,
 * not what the learner did, so export, import and reset leave it out.
 */
export const OWNER_PREFIX = 'briefing:v1:quiz-owner:';

/** A student's work on one assignment: `briefing:v1:assignment:<assignment id>`. */
export const WORK_PREFIX = 'briefing:v1:assignment:';

/** The tab that takes an assignment's answers: `briefing:v1:assignment-owner:<assignment id>`. */
export const WORK_OWNER_PREFIX = 'briefing:v1:assignment-owner:';

/** The name a student typed last, offered again on the next assignment. */
export const NAME_KEY = 'briefing:v1:student-name';

/** A teacher's gradebook of one assignment: `briefing:v1:gradebook:<assignment id>`. */
export const GRADEBOOK_PREFIX = 'briefing:v1:gradebook:';
