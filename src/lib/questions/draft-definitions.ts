/**
 * Drafting terms the article explains: "X, an effect known as Y", "Y, the fees that…", "X, which…".
 */
import { SUBORDINATE } from './draft-causes.ts';
import { THAT_VERBS } from './draft-claims.ts';
import type { NameIndex } from './draft-name-index.ts';
import { SPEECH_VERBS } from './draft-name-words.ts';
import { lastWordTags, singular, trimClause, words, type Paragraph } from './draft-text.ts';

/** A term explained in the article. */
export interface DefinitionFind {
	sentence: number;
	start: number;
	term: string;
	meaning: string;
}

/** Terms the article explains: "X, an effect known as Y", "Y, the fees that…", "MMR vaccine, which…". */
export function findDefinitions(p: Paragraph, names: NameIndex): DefinitionFind[] {
	const out: DefinitionFind[] = [];
	p.sentences.forEach((s, si) => {
		const t = s.masked;
		for (const m of t.matchAll(
			/,\s+(an?|the)\s+((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+(?:known as|called|termed|dubbed)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)/g
		)) {
			const before = t
				.slice(0, m.index)
				.replace(SUBORDINATE, '')
				.replace(/^(?:As|When|If|Because|While|After|Before|Since)\s+[^,]+,\s*/, '');
			out.push({
				sentence: si,
				start: m.index,
				term: m[3],
				meaning: `${m[1]} ${m[2]}: ${words(trimClause(before), 25)}`
			});
		}
		for (const m of t.matchAll(
			/\b([a-z][a-z-]+(?:\s+[a-z][a-z-]+)?),\s+((?:(?:the|an?)\s+)?[a-z][\w'’-]*(?:\s+[\w'’-]+){1,30}?)(?=[,.;:]|$)/g
		)) {
			const app = m[2];
			if (
				!/\b(?:that|which|who|where|when|at which|in which|hired|built|used|designed|made|charge|charged|set up)\b/.test(
					app
				)
			)
				continue;
			const termWords = m[1].split(/\s+/);
			const term = termWords.filter(
				(w) =>
					!/^(?:its|their|the|a|an|his|her|six|three|two|four|five|male|female|face|for|and|old|new)$/.test(
						w
					)
			);
			if (term.length === 0) continue;
			const head = term.join(' ');
			const tags = lastWordTags(`the ${head}`);
			if (!tags.has('Noun')) continue;
			if (/^(?:which|that|who)\b/.test(app)) continue;
			// "Because the compound targets X, the researchers argue that…": the end of an opening clause, then
			// the sentence's own subject and verb, not a word and its explanation.
			if (
				/^(?:Because|As|When|If|While|After|Before|Since|Although|Though|Once|Unless)\b[^,]*$/.test(
					t.slice(0, m.index + m[1].length)
				)
			)
				continue;
			if (
				new RegExp(
					`^(?:the|an?)?\\s*(?:[\\w'’-]+\\s+){0,2}(?:${THAT_VERBS}|${SPEECH_VERBS})\\b`
				).test(app)
			)
				continue;
			const [first, second] = app.split(/\s+/);
			const plural = (w: string) => {
				const t = lastWordTags(`the ${w}`);
				return t.has('Noun') && t.has('Plural');
			};
			const adjective =
				lastWordTags(`the ${first} ${second}`).has('Plural') &&
				lastWordTags(first).has('Adjective');
			if (!/^(?:the|an?)$/.test(first) && !plural(first) && !adjective) continue;
			out.push({
				sentence: si,
				start: m.index,
				term: tags.has('Plural') ? singular(head) : head,
				meaning: words(app, 25)
			});
		}
		// "the MMR vaccine, which protects against…": an acronym and its explanation.
		for (const m of t.matchAll(/\b(\p{Lu}{2,})\s+([a-z]+),\s+which\s+([^,.;]+)/gu)) {
			if (!names.find(m[1])) continue;
			out.push({
				sentence: si,
				start: m.index,
				term: m[1],
				meaning: `a ${m[2]} which ${trimClause(m[3])}`
			});
		}
	});
	return out;
}
