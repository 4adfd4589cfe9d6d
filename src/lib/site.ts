import { buildIndex, indexOf, representativeFile, slugClashes } from './content/load.ts';
import { LESSONS, QUESTIONS, normalizeKey, type Folder } from './content/layout.ts';
import { placeholderProblems } from './content/placeholders.ts';
import { ContentError, type ContentProblem } from './content/problems.ts';
import type { ContentIndex, Module } from './content/types.ts';
import { buildBank, type Bank } from './questions/bank.ts';
import type { Fact } from './questions/facts-types.ts';

/** Everything the site is built from: the lessons' index and each module's question bank. */
export interface Site {
	/** Modules, sections and tags. */
	index: ContentIndex;
	/** Module slug to its bank; modules without a facts file have none. */
	banks: Map<string, Bank>;
}

/**
 * The site as the server's pages read it. A build reads each bank from its own file only when a page asks for
 * it (scripts/build/check-content.ts writes them; `readServerSite` in content/unit-cache.ts), so a step that
 * renders one module, or lists them all, never parses every bank.
 */
export interface ServerSite {
	/** Modules, sections and tags. */
	index: ContentIndex;
	/** The module's bank; undefined when it has none. */
	bank(slug: string): Bank | undefined;
	/** The ids of the module's bank's items, for pages that list modules; undefined when it has none. */
	itemIds(slug: string): string[] | undefined;
	/**
	 * The facts of the module's bank (a third of it, without the items): what decides whether the module has a
	 * glossary and flashcards, which every build step asks of every module.
	 */
	facts(slug: string): Fact[] | undefined;
}

/** A site built in memory (while developing, in tests), as the server reads it. */
export function serverSite(site: Site): ServerSite {
	return {
		index: site.index,
		bank: (slug) => site.banks.get(slug),
		itemIds: (slug) => site.banks.get(slug)?.items.map((i) => i.id),
		facts: (slug) => site.banks.get(slug)?.facts
	};
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

/** What one module folder's files build: its module and bank, or the problems found in them. */
export interface ModuleUnit {
	/** The module (none when its lesson folder is missing or the group holds loose files). */
	modules: Module[];
	/** Its bank, when it has a facts file that built. */
	banks: [string, Bank][];
	/** Everything wrong in these files, placeholders included. */
	problems: ContentProblem[];
}

/**
 * Keeps built units between builds: `unit` returns the one built from exactly these files by this code, or
 * calls `build` and keeps its result. A module untouched since the last build costs a lookup, not a rebuild.
 */
export interface UnitCache {
	unit(group: string, files: Record<string, string>, build: () => ModuleUnit): ModuleUnit;
}

/** The module folder a content file belongs to (`src/lessons/<m>/…` and `questions/<m>/…` are both `<m>`). */
export function groupOf(file: string): string {
	for (const root of [LESSONS, QUESTIONS])
		if (file.startsWith(root)) {
			const [folder, ...rest] = file.slice(root.length).split('/');
			// A file straight under the root belongs to no module: it is checked on its own.
			if (rest.length > 0) return folder;
		}
	return '';
}

/** Content files sorted into module folders (`''` for loose files), keys normalised. */
export function groupFiles(files: Record<string, string>): Map<string, Record<string, string>> {
	const groups = new Map<string, Record<string, string>>();
	for (const [key, text] of Object.entries(files)) {
		const file = normalizeKey(key);
		const group = groupOf(file);
		let into = groups.get(group);
		if (!into) groups.set(group, (into = {}));
		into[file] = text;
	}
	return groups;
}

/** Builds one module folder's files (or the loose ones): never throws for bad content, returns its problems. */
export function buildUnit(files: Record<string, string>): ModuleUnit {
	const problems: ContentProblem[] = placeholderProblems(files);
	let index: ContentIndex;
	try {
		index = buildIndex(files, { placeholders: 'allow' });
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		return { modules: [], banks: [], problems: [...problems, ...error.problems] };
	}
	const banks: [string, Bank][] = [];
	for (const module of index.modules) {
		const q = module.questions;
		if (!q || q.facts === null) continue;
		const factsText = files[q.factsFile];
		const questionsText = q.questions === null ? null : files[q.questionsFile];
		try {
			banks.push([
				module.slug,
				buildBank(factsText, q.factsFile, questionsText ?? null, q.questionsFile, {
					sections: sectionAnchors(module),
					gists: sectionGists(module),
					...(q.articleFile ? { articles: new Map([[module.slug, files[q.articleFile]]]) } : {})
				})
			]);
		} catch (error) {
			if (!(error instanceof ContentError)) throw error;
			problems.push(...error.problems);
		}
	}
	return { modules: index.modules, banks, problems };
}

/**
 * Validates the lessons, then builds and checks every module's bank. Throws one ContentError listing every
 * problem as `file:line: message`, TODO placeholders in lessons and draft facts included. A module's source
 * article (`questions/<module>/article.txt`), when present, is read by the checks (paragraph numbers, names the
 * article mentions) and never published. Each module folder is built on its own (from `cache` when given and
 * its files and the code are unchanged); only slugs are compared across folders.
 */
export function buildSite(files: Record<string, string>, cache?: UnitCache): Site {
	const modules: Module[] = [];
	const banks = new Map<string, Bank>();
	const problems: ContentProblem[] = [];
	const groups = groupFiles(files);
	for (const [group, groupFiles] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
		const unit = cache
			? cache.unit(group, groupFiles, () => buildUnit(groupFiles))
			: buildUnit(groupFiles);
		modules.push(...unit.modules);
		for (const [slug, bank] of unit.banks) banks.set(slug, bank);
		problems.push(...unit.problems);
	}
	const lessonFolder = (slug: string): Folder =>
		new Map(
			Object.keys(groups.get(slug) ?? {})
				.filter((f) => f.startsWith(`${LESSONS}${slug}/`) && f.split('/').length === 4)
				.map((f) => [f.slice(f.lastIndexOf('/') + 1), f])
		);
	const lessonSlugs = [...groups.keys()].filter((g) => g && lessonFolder(g).size > 0);
	problems.push(
		...slugClashes(lessonSlugs, (slug) => representativeFile(slug, lessonFolder(slug)))
	);
	if (problems.length > 0) throw new ContentError(problems);
	return { index: indexOf(modules), banks };
}
