/**
 * Background definitions read from a module's lessons: the headings of a key-terms section whose first
 * sentence says what the term is.
 */
import { extractHeadings } from '../content/markdown.ts';
import { paragraphs } from './bank.ts';
import { normalise } from './text.ts';

/** A lesson section, for definitions read from its key-terms headings. */
export interface LessonSection {
	/** Section slug. */
	slug: string;
	/** Section title. */
	title: string;
	/** Markdown body (no front matter). */
	body: string;
}

/** A definition read from a lesson's key-terms heading. */
export interface LessonDefinition {
	term: string;
	meaning: string;
	sentence: string;
	section: string;
	anchor: string;
	heading: string;
	usedIn?: number;
}

/**
 * Definitions from the headings of a key-terms section (a section or heading called "Key terms", "Glossary",
 * "Vocabulary"...): each heading whose first sentence says what it is ("An asylum seeker is a person who…").
 */
export function lessonDefinitions(lessons: LessonSection[], article = ''): LessonDefinition[] {
	const out: LessonDefinition[] = [];
	const paras = paragraphs(article).map((t) => normalise(t));
	for (const lesson of lessons) {
		const keyTerms = /\b(?:key terms?|glossary|vocabulary|definitions|words to know)\b/i.test(
			lesson.title
		);
		const headings = extractHeadings(lesson.body);
		const lines = lesson.body.split('\n');
		let inKeyTerms = keyTerms;
		for (const h of headings) {
			if (/\b(?:key terms?|glossary|vocabulary|definitions)\b/i.test(h.text)) {
				inKeyTerms = true;
				continue;
			}
			if (!inKeyTerms) continue;
			const start = lines.findIndex((l) => new RegExp(`^#{2,6}\\s+${escape(h.text)}\\s*$`).test(l));
			if (start === -1) continue;
			const body = lines
				.slice(start + 1)
				.join('\n')
				.split(/\n#{1,6}\s/)[0]
				.trim()
				.split(/\n\s*\n/)[0]
				.replace(/\s+/g, ' ')
				.trim();
			const first = /^(.+?[.!?])(?:\s|$)/.exec(body)?.[1] ?? body;
			const term = h.text.trim();
			const lowerTerm =
				/^\p{Lu}\p{Ll}/u.test(term) && term.split(/\s+/).every((w) => !/^\p{Lu}{2,}/u.test(w))
					? term.toLowerCase()
					: term;
			const is = new RegExp(
				`^(?:an?\\s+|the\\s+)?${escape(lowerTerm).replace(/\\ /g, '\\s+')}s?\\s+(?:is|are|means|refers to)\\s+(.+)$`,
				'i'
			).exec(first);
			if (!is || term.split(/\s+/).length > 4) continue;
			const meaning = is[1].replace(/[.!?]$/, '');
			const term2 = normalise(lowerTerm);
			const at = paras.findIndex(
				(p) => ` ${p} `.includes(` ${term2} `) || ` ${p} `.includes(` ${term2}s `)
			);
			out.push({
				term: lowerTerm,
				meaning,
				sentence: first,
				section: lesson.slug,
				anchor: h.id,
				heading: term,
				...(at >= 0 ? { usedIn: at + 1 } : {})
			});
		}
	}
	return out;
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
