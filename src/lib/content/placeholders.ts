/**
 * TODO placeholders left in lesson files: finding them and reporting each as a problem to fix.
 */
import { LESSONS, normalizeKey } from './layout.ts';
import type { ContentProblem } from './problems.ts';

/** A word an author must replace before building: `npm run new` writes it wherever only the author can write. */
export const PLACEHOLDER = /\bTODO\b/;

/** Lines of a text that still hold a placeholder, 1-based. */
export function placeholderLines(text: string): number[] {
	return text.split(/\r?\n/).flatMap((line, i) => (PLACEHOLDER.test(line) ? [i + 1] : []));
}

/**
 * Every placeholder left in lesson files (module.md and sections), one problem per line, quoting the line. The
 * build refuses them; `questions doctor` and the authoring preview list them.
 */
export function placeholderProblems(files: Record<string, string>): ContentProblem[] {
	const out: ContentProblem[] = [];
	for (const [key, text] of Object.entries(files)) {
		const file = normalizeKey(key);
		if (!file.startsWith(LESSONS) || !file.endsWith('.md')) continue;
		const lines = text.split(/\r?\n/);
		for (const line of placeholderLines(text)) {
			const shown = lines[line - 1].trim();
			out.push({
				file,
				line,
				message: `placeholder left to write: \`${shown.length > 70 ? `${shown.slice(0, 67)}...` : shown}\` (replace the TODO with your own text)`
			});
		}
	}
	return out;
}
