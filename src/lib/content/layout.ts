/**
 * Where content files live and what they may be called: the lesson and questions folders, slug and
 * section-file name patterns, and the slugs the site's own pages keep for themselves.
 */

export const LESSONS = 'src/lessons/';
export const QUESTIONS = 'questions/';
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const SECTION_FILE = /^(\d+)-(.*)\.md$/;
/** The one subfolder a module may have: its sections at the easier reading level, named as the standard ones. */
export const EASIER_FOLDER = 'easier';
/**
 * Slugs the site's own pages use, so content cannot take them: `/teach/<module>` sits beside
 * `/teach/gradebook` and the teachers' list's later pages (`/teach/modules/<n>`), and `/modules/<module>/<section>` beside the module's quiz, print and other pages.
 * A test keeps these lists in step with `src/routes`.
 */
export const RESERVED_MODULE_SLUGS = ['gradebook', 'modules'] as const;
export const RESERVED_SECTION_SLUGS = [
	'assignment',
	'easier',
	'exports',
	'flashcards',
	'glossary',
	'print',
	'quiz'
] as const;

/** One module folder's files: file name to project-relative path. */
export type Folder = Map<string, string>;

/** Forgive the leading `/` or `./` that `import.meta.glob` keys carry. */
export function normalizeKey(key: string): string {
	return key.replace(/^\.?\//, '');
}
