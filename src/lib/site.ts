import { buildIndex } from './content/load.ts';
import { placeholderProblems } from './content/placeholders.ts';
import { ContentError, type ContentProblem } from './content/problems.ts';
import type { ContentIndex, Module } from './content/types.ts';
import { buildBank, type Bank } from './questions/bank.ts';
import { QuestionsError } from './questions/types.ts';

/** Everything the site is built from: the lessons' index and each module's question bank. */
export interface Site {
	/** Modules, sections and tags. */
	index: ContentIndex;
	/** Module slug to its bank; modules without a facts file have none. */
	banks: Map<string, Bank>;
}

/** Section slug to its heading ids, which facts and items may name as anchors. */
export function sectionAnchors(module: Module): Map<string, string[]> {
	return new Map(module.sections.map((s) => [s.slug, s.headings.map((h) => h.id)]));
}

/** Sections with their titles and gists, for main-idea questions. */
export function sectionGists(module: Module): { slug: string; title: string; gist?: string }[] {
	return module.sections.map((s) => ({
		slug: s.slug,
		title: s.title,
		...(s.gist ? { gist: s.gist } : {})
	}));
}

/**
 * Validates the lessons, then builds and checks every module's bank. Throws one ContentError listing every
 * problem as `file:line: message`, TODO placeholders in lessons and draft facts included. A module's source article (`questions/<module>/article.txt`), when present,
 * is read by the checks (paragraph numbers, names the article mentions) and never published.
 */
export function buildSite(files: Record<string, string>): Site {
	// Placeholders are reported with the banks' problems, so a new module's drafts and TODOs show up in one pass.
	const index = buildIndex(files, { placeholders: 'allow' });
	const banks = new Map<string, Bank>();
	const problems: ContentProblem[] = placeholderProblems(files);
	for (const module of index.modules) {
		const q = module.questions;
		if (!q || q.facts === null) continue;
		const factsText = files[q.factsFile];
		const questionsText = q.questions === null ? null : files[q.questionsFile];
		try {
			banks.set(
				module.slug,
				buildBank(factsText, q.factsFile, questionsText ?? null, q.questionsFile, {
					sections: sectionAnchors(module),
					gists: sectionGists(module),
					...(q.articleFile ? { articles: new Map([[module.slug, files[q.articleFile]]]) } : {})
				})
			);
		} catch (error) {
			if (!(error instanceof QuestionsError)) throw error;
			problems.push(...error.problems);
		}
	}
	if (problems.length > 0) throw new ContentError(problems);
	return { index, banks };
}
