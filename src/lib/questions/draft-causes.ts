/**
 * Drafting cause and effect from the article's connectives ("because", "so", "led to", "as", "once").
 */
import { displayName, hasVerb, type PositionFind } from './draft-claims.ts';
import type { NameIndex } from './draft-name-index.ts';
import { lastWordTags, trimClause, words, type Paragraph } from './draft-text.ts';

/** Cause and effect, in the article's words. */
export interface CauseFind {
	sentence: number;
	start: number;
	cause: string;
	effect: string;
	cue: string;
	by?: string;
}

export const SUBORDINATE =
	/^(?:According to [^,]+|Since [^,]+|In \d{4}|After [^,]+|Despite [^,]+|Even if [^,]+|While [^,]+|When [^,]+|\p{Lu}\p{Ll}+ing\b[^,]+),\s*/u;

/** The clause before a cue: the sentence up to it, without an opening "According to X," and at most 20 words. */
function before(text: string, at: number): string {
	let t = text.slice(0, at).replace(SUBORDINATE, '');
	const cut = t.lastIndexOf('; ');
	if (cut > 0) t = t.slice(cut + 2);
	// "Its chief executive, David Ashworth, said the company's profit fell…": the clause is what was said.
	t = t.replace(
		/^.*?\b(?:said|says|argues|argued|believes|insists|warned|warns|claims|claimed)\s+(?:that\s+)?/,
		''
	);
	return words(trimClause(t), 30);
}

/** The clause after a cue, up to the end of the sentence, a semicolon or ", and", at most 20 words. */
function after(text: string, at: number): string {
	const t = text.slice(at).split(/;\s|,\s+(?:and|but|while|which)\s|\.\s/)[0];
	return words(trimClause(t), 20);
}

interface CauseCue {
	re: RegExp;
	read: (text: string, m: RegExpExecArray) => { cause: string; effect: string } | undefined;
}

const AS_NOT =
	/^(?:well|such|soon|far|long|much|many|planned|part|a result|if|though|it was|they were|before|usual|expected|the|a|an|if|to|of|for|in|on)\b/;

const CAUSE_CUES: CauseCue[] = [
	{
		re: /\b(?:because of|because|due to|owing to|thanks to|as a result of)\b/g,
		read: (t, m) => ({ effect: before(t, m.index), cause: after(t, m.index + m[0].length) })
	},
	{
		re: /\b(?:which is why|that is why|this is why|which means that|which means)\b/g,
		read: (t, m) => ({ cause: before(t, m.index), effect: after(t, m.index + m[0].length) })
	},
	{
		re: /,\s+so\s+(?!much\b|many\b|far\b|that\b)/g,
		read: (t, m) => ({ cause: before(t, m.index), effect: after(t, m.index + m[0].length) })
	},
	{
		re: /\b(?:led to|leads to|lead to|leading to|resulted in|results in|caused|causes|triggered|sparked|prompted|allowed|allows|enabled|enables|forced|forces|drove|drives)\b/g,
		read: (t, m) =>
			/\b(?:is|are|was|were|be|been|being|not)\s+$/.test(t.slice(0, m.index))
				? undefined
				: { cause: before(t, m.index), effect: after(t, m.index + m[0].length) }
	},
	{
		re: /\b(?:give|gives|gave)\s+(?:[\w'’]+\s+){1,2}a reason to\b/g,
		read: (t, m) => ({ cause: before(t, m.index), effect: after(t, m.index + m[0].length) })
	},
	{
		re: /\bso (?:much|many|[a-z]+)\b[^.;]*?\bthat\b/g,
		read: (t, m) => ({
			cause: before(t, m.index + m[0].length - 4),
			effect: after(t, m.index + m[0].length)
		})
	},
	{
		re: /^As\s+[^,]+,/g,
		read: (t, m) => ({ cause: trimClause(m[0].slice(3)), effect: after(t, m[0].length) })
	},
	{
		re: /\s+as\s+(?=[a-z])/g,
		read: (t, m) => {
			const rest = t.slice(m.index + m[0].length);
			if (AS_NOT.test(rest) || !hasVerb(words(rest, 4))) return undefined;
			if (/\b(?:such|known|same|seen|described|regarded)\s*$/.test(t.slice(0, m.index)))
				return undefined;
			if (/\bas\s+\w+\s*$/.test(t.slice(0, m.index)) || /^\w+\s+as\b/.test(rest)) return undefined;
			return { effect: before(t, m.index), cause: after(t, m.index + m[0].length) };
		}
	},
	{
		re: /\s+once\s+(?=[a-z])/g,
		read: (t, m) => ({ effect: before(t, m.index), cause: after(t, m.index + m[0].length) })
	},
	{
		re: /\b(?:in order to|so as to|to avoid|to prevent)\b|,\s+to\s+(?=[a-z]+\s)/g,
		read: (t, m) => {
			const rest = t.slice(m.index + m[0].length);
			if (
				/^\s*to\s*$/.test(m[0].replace(',', '')) &&
				!lastWordTags(`to ${rest.split(/\s+/)[0]}`).has('Verb')
			)
				return undefined;
			const purpose = trimClause(m[0].replace(/^,\s*/, '')) + ' ' + after(t, m.index + m[0].length);
			return { effect: before(t, m.index), cause: `the aim: ${trimClause(purpose)}` };
		}
	},
	{
		re: /\b(?:were|was|is|are)\s+the\s+(?:main|chief|biggest|only)\s+reason\b/g,
		read: (t, m) => ({
			cause: before(t, m.index).replace(/^.*\b(?:said|says)\s+/, ''),
			effect: 'TODO: what it is the reason for'
		})
	}
];

/** Cause and effect from the article's connectives ("because", "so", "led to", "as", "once", "to avoid"). */
export function findCauses(p: Paragraph, names: NameIndex, positions: PositionFind[]): CauseFind[] {
	const out: CauseFind[] = [];
	p.sentences.forEach((s, si) => {
		const seen = new Set<number>();
		// "As a result, …" / "Because of this, …": the cause is the sentence before.
		const result =
			/^(?:As a result|As a consequence|Because of this|For this reason|Consequently|Therefore),\s*/.exec(
				s.masked
			);
		const prior = p.sentences[si - 1];
		if (result && prior) {
			out.push({
				sentence: si,
				start: 0,
				cause: words(trimClause(prior.masked), 25),
				effect: after(s.masked, result[0].length),
				cue: trimClause(result[0])
			});
			seen.add(0);
		}
		for (const cue of CAUSE_CUES) {
			cue.re.lastIndex = 0;
			for (const m of s.masked.matchAll(cue.re)) {
				if (seen.has(m.index)) continue;
				const read = cue.read(s.masked, m as RegExpExecArray);
				if (!read) continue;
				const cause = trimClause(read.cause);
				const effect = trimClause(read.effect);
				if (cause.split(/\s+/).length < 2 || effect.split(/\s+/).length < 2) continue;
				seen.add(m.index);
				const according = /^According to ([^,]+),/.exec(s.masked)?.[1];
				const reported = positions.find((x) => x.sentence === si && !x.reporter)?.holder.name;
				const by = according
					? (names.inSentence(p.n, si).find((x) => x.start >= 13 && x.start < 13 + according.length)
							?.entity ?? undefined)
					: undefined;
				out.push({
					sentence: si,
					start: m.index,
					cause,
					effect,
					cue: trimClause(m[0]),
					...(by
						? { by: displayName(by) }
						: according
							? { by: according }
							: reported
								? { by: reported }
								: {})
				});
			}
		}
	});
	return out;
}
