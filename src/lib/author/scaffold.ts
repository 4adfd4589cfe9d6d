import { stringify } from 'yaml';
import { RESERVED_MODULE_SLUGS } from '../content/layout.ts';
import { splitFrontMatter } from '../content/markdown.ts';
import { isHeadline, paragraphs } from '../questions/bank.ts';
import { guessField } from '../questions/draft-field.ts';
import type { LessonSection } from '../questions/draft-lessons.ts';
import { draftsYaml } from '../questions/draft-yaml.ts';
import { draftFacts } from '../questions/draft.ts';

/** A problem with the input of `npm run new`, said as a sentence; nothing is written. */
export class Refusal extends Error {}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** A paragraph longer than this is an article whose paragraphs were never separated. */
export const MAX_PARAGRAPH_WORDS = 300;
/** Fewer words than this cannot make a module. */
export const MIN_WORDS = 40;
/** Larger files are not a news article. */
export const MAX_BYTES = 200_000;
/** Words read in a minute, for the reading time. */
const WORDS_PER_MINUTE = 200;

/** Control characters other than tab and line breaks do not occur in text. */
const hasControlCharacters = (text: string) =>
	[...text].some((c) => c.charCodeAt(0) < 32 && !'\t\n\r\f'.includes(c));

/** The article's text from a file's bytes, or a Refusal saying why it cannot be one. */
export function articleText(bytes: Uint8Array, name: string): string {
	if (bytes.length > MAX_BYTES)
		throw new Refusal(
			`${name} is ${Math.round(bytes.length / 1000)} KB: too large for a news article (at most ${MAX_BYTES / 1000} KB)`
		);
	if (bytes.includes(0))
		throw new Refusal(
			`${name} is not plain text (it holds binary data): save the article as a .txt file`
		);
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new Refusal(
			`${name} is not plain text (it is not valid UTF-8): save the article as a .txt file`
		);
	}
	if (hasControlCharacters(text))
		throw new Refusal(
			`${name} is not plain text (it holds binary data): save the article as a .txt file`
		);
	if (text.trim() === '') throw new Refusal(`${name} is empty: paste the article's text into it`);
	return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** The words of a text. */
function wordCount(text: string): number {
	return (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;
}

/** What `npm run new` will write, checked before anything is written. */
export interface Scaffold {
	/** Project-relative path to content, only for files that do not exist yet. */
	files: Map<string, string>;
	/** Files that exist and are kept as they are. */
	kept: string[];
	/** The article's headline, when it has one. */
	headline?: string;
	/** Paragraphs and words of the article. */
	paragraphs: number;
	words: number;
	/** Sections written, with the paragraphs each covers. */
	sections: { file: string; from: number; to: number }[];
	/** Draft facts by type. */
	drafts: Record<string, number>;
	/** The field guessed, if any. */
	field?: string;
}

/** Paragraph groups for lesson sections: consecutive paragraphs up to about 150 words or three paragraphs. */
export function groupParagraphs(paras: string[]): [number, number][] {
	const groups: [number, number][] = [];
	let start = 0;
	let words = 0;
	paras.forEach((p, i) => {
		words += wordCount(p);
		const count = i - start + 1;
		const last = i === paras.length - 1;
		if (last || words >= 150 || count === 3) {
			groups.push([start + 1, i + 1]);
			start = i + 1;
			words = 0;
		}
	});
	// A last group of one short paragraph joins the one before it.
	if (groups.length > 1) {
		const [a, b] = groups[groups.length - 1];
		if (a === b && wordCount(paras[a - 1]) < 60) {
			groups.pop();
			groups[groups.length - 1][1] = b;
		}
	}
	return groups;
}

const quote = (text: string) => stringify(text, { lineWidth: 0 }).trim();

function moduleFile(
	slug: string,
	headline: string | undefined,
	words: number,
	paras: number
): string {
	const minutes = Math.max(1, Math.round(words / WORDS_PER_MINUTE));
	return [
		'---',
		`# Written by \`npm run new\` from questions/${slug}/article.txt (${words} words, ${paras} paragraphs).`,
		'# The build refuses each placeholder below until you write your own text in its place.',
		headline
			? `title: ${quote(headline)} # the article's headline: reword it as the module's title if you like`
			: "title: 'TODO: the module title'",
		"summary: 'TODO: one paragraph saying what the article reports and what the module teaches'",
		'source:',
		headline ? `  title: ${quote(headline)}` : "  title: 'TODO: the article headline'",
		"  publisher: 'TODO: who published the article'",
		"  date: 'TODO' # YYYY, YYYY-MM or YYYY-MM-DD: no more precise than you know",
		'  # url: https://… (optional)',
		'objectives:',
		"  - 'TODO: what a learner will be able to do after the module'",
		'level: introductory # TODO: introductory, intermediate or advanced (then delete this note)',
		`readingMinutes: ${minutes} # the article alone, ${words} words at ${WORDS_PER_MINUTE} a minute: count your lessons too`,
		'tags: [TODO-a-tag]',
		'---',
		''
	].join('\n');
}

function sectionFile(slug: string, n: number, from: number, to: number): string {
	const covers = from === to ? `paragraph ${from}` : `paragraphs ${from}–${to}`;
	return [
		'---',
		`# Covers ${covers} of questions/${slug}/article.txt. Drafted facts from ${from === to ? 'it' : 'them'} cite this section (\`section: part-${n}\`).`,
		"title: 'TODO: the section title'",
		"gist: 'TODO: one sentence, what this section is mainly about'",
		'discussion:',
		"  - 'TODO: a discussion question'",
		"  - 'TODO: another discussion question'",
		'---',
		'',
		'## TODO: a heading',
		'',
		`TODO: the lesson for ${covers}, in your own words.`,
		''
	].join('\n');
}

/** The paragraphs a section file says it covers ("# Covers paragraphs 3–4 of …"). */
export function coveredParagraphs(text: string): [number, number] | undefined {
	const m = /#\s*Covers paragraphs? (\d+)(?:[–-](\d+))?/.exec(splitFrontMatter(text).yaml ?? '');
	return m ? [Number(m[1]), Number(m[2] ?? m[1])] : undefined;
}

/**
 * Plan a new module from an article: the article kept as `questions/<slug>/article.txt`, `module.md` with what can
 * be inferred and TODO placeholders, one section skeleton per group of paragraphs, and drafted facts. Files that
 * exist are never replaced; a slug used by another module, a bad slug, or an article that cannot be one is refused.
 * `existing` maps project-relative paths of the project's content files to their text.
 */
export function planModule(text: string, slug: string, existing: Record<string, string>): Scaffold {
	if (!SLUG.test(slug))
		throw new Refusal(
			`\`${slug}\` is not a valid module slug: use lower-case letters and digits joined by single hyphens, like \`river-clean-up\``
		);
	if ((RESERVED_MODULE_SLUGS as readonly string[]).includes(slug))
		throw new Refusal(
			`\`${slug}\` is the name of one of the site's own pages: choose another slug`
		);
	if (hasControlCharacters(text))
		throw new Refusal(
			'the article holds control characters (binary data), which no text has: paste it again as plain text'
		);
	const paras = paragraphs(text);
	const words = wordCount(paras.join(' '));
	if (words < MIN_WORDS)
		throw new Refusal(
			`the article has only ${words} words: too short to make a module (at least ${MIN_WORDS})`
		);
	const long = paras.findIndex((p) => wordCount(p) > MAX_PARAGRAPH_WORDS);
	if (long !== -1)
		throw new Refusal(
			paras.length === 1
				? `the article is one paragraph of ${wordCount(paras[0])} words: separate its paragraphs with blank lines (or put one paragraph per line)`
				: `paragraph ${long + 1} has ${wordCount(paras[long])} words (at most ${MAX_PARAGRAPH_WORDS}): separate the article's paragraphs with blank lines`
		);
	const firstLine = text.trim().split('\n')[0].trim();
	const headline = isHeadline(text) && paras[0] !== firstLine ? firstLine : undefined;

	const articleFile = `questions/${slug}/article.txt`;
	const lessonDir = `src/lessons/${slug}/`;
	const used = Object.keys(existing).some(
		(f) => f.startsWith(lessonDir) || f.startsWith(`questions/${slug}/`)
	);
	if (used) {
		const kept = existing[articleFile];
		if (kept === undefined || kept.replace(/\r\n?/g, '\n').trim() !== text.trim())
			throw new Refusal(
				`module \`${slug}\` already exists (${lessonDir}, questions/${slug}/) and was not made from this article: choose another slug`
			);
	}
	const files = new Map<string, string>();
	const keptFiles: string[] = [];
	const put = (path: string, content: () => string) => {
		if (existing[path] !== undefined) keptFiles.push(path);
		else files.set(path, content());
	};
	put(articleFile, () => text);
	put(`${lessonDir}module.md`, () => moduleFile(slug, headline, words, paras.length));

	// Sections: the skeletons, unless the author already has section files (then facts cite those).
	const sectionFiles = Object.keys(existing)
		.filter((f) => f.startsWith(lessonDir) && /\/\d+-[^/]+\.md$/.test(f))
		.sort();
	const sections: Scaffold['sections'] = [];
	let sectionOf: (p: number) => string;
	const lessons: LessonSection[] = [];
	if (sectionFiles.length > 0) {
		const ranges = sectionFiles.map((f) => ({
			slug: /\/\d+-([^/]+)\.md$/.exec(f)?.[1] ?? 'part-1',
			range: coveredParagraphs(existing[f])
		}));
		sectionOf = (p) =>
			(ranges.find((r) => r.range && p >= r.range[0] && p <= r.range[1]) ?? ranges[0]).slug;
		for (const f of sectionFiles) {
			const split = splitFrontMatter(existing[f]);
			const title = /^title:\s*['"]?(.*?)['"]?\s*$/m.exec(split.yaml ?? '')?.[1] ?? '';
			lessons.push({ slug: /\/\d+-([^/]+)\.md$/.exec(f)?.[1] ?? '', title, body: split.body });
		}
		keptFiles.push(...sectionFiles);
	} else {
		const groups = groupParagraphs(paras);
		groups.forEach(([from, to], i) => {
			const file = `${lessonDir}${String(i + 1).padStart(2, '0')}-part-${i + 1}.md`;
			files.set(file, sectionFile(slug, i + 1, from, to));
			sections.push({ file, from, to });
		});
		sectionOf = (p) => `part-${groups.findIndex(([a, b]) => p >= a && p <= b) + 1}`;
	}

	const factsFile = `questions/${slug}/facts.yaml`;
	const drafted: Record<string, number> = {};
	const { field } = guessField(text);
	put(factsFile, () => {
		const drafts = draftFacts(text, {
			article: slug,
			sectionOf,
			...(lessons.length ? { lessons } : {})
		});
		for (const d of drafts) drafted[String(d.fact.type)] = (drafted[String(d.fact.type)] ?? 0) + 1;
		return draftsYaml(drafts, {
			header: [
				`Facts for the "${slug}" module, drafted by \`npm run new\` from questions/${slug}/article.txt.`,
				'Every fact is a draft (`draft: true`), and the build refuses drafts. For each one: check it against the',
				'sentence above it, rewrite its statement (and every TODO) in your own words, fix what is wrong, then',
				'delete its `draft: true` line; delete the drafts you do not want. An id is permanent once published',
				"(learners' progress is stored under it): rename it now if you like. Schema: src/lib/questions/README.md.",
				...(field
					? []
					: [
							'field: TODO (guessed from no clear lead): add `field:` with one of government-politics, science-space,',
							'health, economy-business, sport, environment, culture to use the shared wrong-answer pools.'
						])
			],
			...(field ? { field, fieldNote: 'guessed from the words of the article: check it' } : {})
		});
	});
	return {
		files,
		kept: keptFiles,
		...(headline ? { headline } : {}),
		paragraphs: paras.length,
		words,
		sections,
		drafts: drafted,
		...(field ? { field } : {})
	};
}
