/**
 * Reading a module as the questions CLI sees it: its facts, questions, lessons, sections and source
 * article, validated by the content loader so problems print as `file:line`.
 */
import { buildIndex } from '../../../src/lib/content/load.ts';
import { placeholderProblems } from '../../../src/lib/content/placeholders.ts';
import { splitFrontMatter } from '../../../src/lib/content/markdown.ts';
import { readContentFiles } from '../../../src/lib/content/read-files.ts';
import { type BankContext } from '../../../src/lib/questions/bank.ts';
import { sectionAnchors, sectionGists } from '../../../src/lib/site.ts';
import { coveredParagraphs } from '../../../src/lib/author/scaffold.ts';
import type { LessonSection } from '../../../src/lib/questions/draft-lessons.ts';

/** A problem the CLI reports as a sentence (and exit status 1) instead of a stack trace. */
export class Refusal extends Error {}

/** A module's files as the CLI reads them from the project root. */
export interface ModuleFiles {
	factsFile: string;
	/** facts.yaml text; empty when the module has none yet. */
	factsText: string;
	questionsFile: string;
	questionsText: string | null;
	ctx: BankContext;
	/** Lesson markdown bodies by section slug. */
	lessons: Map<string, string>;
	/** The module's sections as files: slug, title, body and the paragraphs a `# Covers` note gives. */
	sections: (LessonSection & { covers?: [number, number] })[];
	/** The source article (questions/<module>/article.txt), when the module keeps one. */
	articleFile?: string;
	/** TODO placeholders left in the module's lesson files, as `file:line: message`. */
	placeholders: string[];
}

/**
 * A module as the build reads it: lessons validated by the content loader (so problems print as `file:line`),
 * sections with their anchors and gists, and the module's own source article.
 */
export function readModule(
	root: string,
	slug: string,
	needFacts = true,
	placeholders: 'refuse' | 'allow' = 'refuse'
): ModuleFiles {
	const files = readContentFiles(root);
	const index = buildIndex(files, { placeholders });
	const module = index.modules.find((m) => m.slug === slug);
	if (!module) {
		const known = index.modules.map((m) => m.slug).join(', ') || 'none';
		throw new Refusal(
			`no module \`${slug}\`: there is no folder src/lessons/${slug} (modules: ${known})`
		);
	}
	const factsFile = `questions/${slug}/facts.yaml`;
	const questionsFile = `questions/${slug}/questions.yaml`;
	const articleFile = `questions/${slug}/article.txt`;
	if (needFacts && files[factsFile] === undefined) {
		throw new Refusal(
			`${factsFile} does not exist yet: write the module's facts there (\`npm run questions -- suggest ${slug}\` drafts some)`
		);
	}
	const lessons = new Map<string, string>();
	for (const section of module.sections)
		lessons.set(section.slug, splitFrontMatter(files[section.file] ?? '').body);
	const sections = module.sections.map((section) => {
		const covers = coveredParagraphs(files[section.file] ?? '');
		return {
			slug: section.slug,
			title: section.title,
			body: lessons.get(section.slug) ?? '',
			...(covers ? { covers } : {})
		};
	});
	const article = files[articleFile];
	const mine = (f: string) =>
		f.startsWith(`src/lessons/${slug}/`) || f.startsWith(`questions/${slug}/`);
	return {
		factsFile,
		factsText: files[factsFile] ?? 'facts: []\n',
		questionsFile,
		questionsText: files[questionsFile] ?? null,
		ctx: {
			sections: sectionAnchors(module),
			gists: sectionGists(module),
			...(article !== undefined ? { articles: new Map([[slug, article]]) } : {})
		},
		lessons,
		sections,
		...(article !== undefined ? { articleFile } : {}),
		placeholders: placeholderProblems(
			Object.fromEntries(Object.entries(files).filter(([f]) => mine(f)))
		).map((p) => `${p.file}:${p.line}: ${p.message}`)
	};
}
