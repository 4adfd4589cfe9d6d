/**
 * Content problems: one thing wrong at a file and line, the error that carries them all, and how a
 * problem reads in a terminal. Every content reader reports through `Report`.
 */

/** One thing wrong with the content, pointing at a file and line. */
export interface ContentProblem {
	/** Path relative to the project root, with forward slashes. */
	file: string;
	/** 1-based line number. */
	line: number;
	/** What is wrong, as a sentence. */
	message: string;
}

/** Bad content: every problem found, so an author can fix them all in one pass. */
export class ContentError extends Error {
	/** The problems, sorted by file then line. */
	readonly problems: ContentProblem[];

	constructor(problems: ContentProblem[]) {
		const sorted = [...problems].sort(compareProblems);
		super(sorted.map(formatProblem).join('\n'));
		this.name = 'ContentError';
		this.problems = sorted;
	}
}

/** `file:line: message`, the shape editors and terminals turn into a link. */
export function formatProblem(p: ContentProblem): string {
	// One line per problem, even when the message quotes a multi-line value from the file.
	return `${p.file}:${p.line}: ${p.message.replace(/\s*[\r\n]+\s*/g, ' ')}`;
}

function compareProblems(a: ContentProblem, b: ContentProblem): number {
	if (a.file !== b.file) return a.file < b.file ? -1 : 1;
	return a.line - b.line;
}

/** Where a reader sends each problem it finds. */
export type Report = (file: string, line: number, message: string) => void;
