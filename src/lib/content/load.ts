/**
 * The content index: sorts raw files into module folders, reads each module with its sections,
 * easier level and questions, and throws every problem found as one ContentError.
 */
import { DEFAULT_PASS_MARK } from '../quiz/grade.ts';
import {
	LESSONS,
	QUESTIONS,
	RESERVED_MODULE_SLUGS,
	RESERVED_SECTION_SLUGS,
	SECTION_FILE,
	SLUG,
	EASIER_FOLDER,
	normalizeKey
} from './layout.ts';
import type { Folder } from './layout.ts';
import { readModuleFile } from './module-file.ts';
import { placeholderProblems } from './placeholders.ts';
import { ContentError } from './problems.ts';
import type { ContentProblem, Report } from './problems.ts';
import { readQuestions } from './question-files.ts';
import { readability } from './readability.ts';
import { checkLinks, readEasier, readSectionFile } from './sections.ts';
import type { SectionDraft } from './sections.ts';
import type { ContentIndex, Module } from './types.ts';

/** The file that stands for a module folder in messages: module.md, else its first file. */
export function representativeFile(slug: string, folder: Folder | undefined): string {
	if (!folder || folder.has('module.md')) return `${LESSONS}${slug}/module.md`;
	return [...folder.values()].sort()[0] ?? `${LESSONS}${slug}/module.md`;
}

function buildModule(
	slug: string,
	folder: Folder,
	easierFolder: Folder | undefined,
	files: Record<string, string>,
	report: Report
): Module {
	const moduleFile = `${LESSONS}${slug}/module.md`;
	const names = [...folder.keys()].sort();
	const firstFile = representativeFile(slug, folder);
	const moduleRaw = folder.has('module.md') ? files[moduleFile] : undefined;

	if (!SLUG.test(slug)) {
		report(
			firstFile,
			1,
			`module folder \`${slug}\` is not a valid slug: use lower-case letters and digits joined by single hyphens`
		);
	}
	if ((RESERVED_MODULE_SLUGS as readonly string[]).includes(slug)) {
		report(
			firstFile,
			1,
			`module folder \`${slug}\` has the name of one of the site's own pages (/teach/${slug}): rename the folder`
		);
	}
	const fields = moduleRaw === undefined ? {} : readModuleFile(moduleFile, moduleRaw, report);
	if (moduleRaw === undefined) {
		report(
			firstFile,
			1,
			`module folder \`${slug}\` has no module.md; add ${moduleFile} with the module's front matter`
		);
	}

	const candidates: { name: string; file: string; order: number; slug: string }[] = [];
	for (const name of names) {
		if (name === 'module.md') continue;
		const file = `${LESSONS}${slug}/${name}`;
		const match = SECTION_FILE.exec(name);
		if (!match || !SLUG.test(match[2])) {
			report(
				file,
				1,
				`section file name \`${name}\` must be a number, a hyphen and a slug, like \`01-the-summit.md\` (lower-case letters and digits joined by single hyphens)`
			);
			continue;
		}
		if ((RESERVED_SECTION_SLUGS as readonly string[]).includes(match[2])) {
			report(
				file,
				1,
				`section slug \`${match[2]}\` is the name of one of the module's own pages (/modules/${slug}/${match[2]}): rename the file`
			);
			continue;
		}
		candidates.push({ name, file, order: Number(match[1]), slug: match[2] });
	}
	if (names.every((name) => name === 'module.md')) {
		report(
			moduleFile,
			1,
			`module \`${slug}\` has no sections; add a numbered section file such as ${LESSONS}${slug}/01-introduction.md`
		);
	}
	candidates.sort((a, b) => a.order - b.order || (a.name < b.name ? -1 : 1));

	const byOrder = new Map<number, string>();
	const bySlug = new Map<string, string>();
	const drafts: SectionDraft[] = [];
	for (const candidate of candidates) {
		const firstWithOrder = byOrder.get(candidate.order);
		if (firstWithOrder) {
			report(
				candidate.file,
				1,
				`section number ${candidate.order} is already used by ${firstWithOrder}`
			);
		} else {
			byOrder.set(candidate.order, candidate.file);
		}
		const firstWithSlug = bySlug.get(candidate.slug);
		if (firstWithSlug) {
			report(
				candidate.file,
				1,
				`section slug \`${candidate.slug}\` is already used by ${firstWithSlug}`
			);
		} else {
			bySlug.set(candidate.slug, candidate.file);
		}
		drafts.push(
			readSectionFile(
				candidate.file,
				candidate.order,
				candidate.slug,
				files[candidate.file],
				report
			)
		);
	}
	checkLinks(slug, drafts, report);
	const easier = easierFolder ? readEasier(slug, easierFolder, drafts, files, report) : new Map();

	return {
		slug,
		title: fields.title ?? '',
		summary: fields.summary ?? '',
		source: fields.source ?? { date: '' },
		objectives: fields.objectives ?? [],
		level: fields.level ?? 'introductory',
		readingMinutes:
			fields.readingMinutes ?? readability(...drafts.map((d) => d.section.counts)).minutes,
		tags: fields.tags ?? [],
		passMark: fields.passMark ?? DEFAULT_PASS_MARK,
		sections: drafts.map((d) => {
			const level = easier.get(d.section.slug);
			return level ? { ...d.section, easier: level } : d.section;
		}),
		file: moduleFile,
		questions: null
	};
}

function addTo(folders: Map<string, Folder>, folder: string, name: string, file: string): void {
	const entry = folders.get(folder) ?? new Map<string, string>();
	entry.set(name, file);
	folders.set(folder, entry);
}

/** How buildIndex treats placeholders: the build refuses them; author tools read around them. */
export interface IndexOptions {
	/** `refuse` (default): each TODO line is a problem. `allow`: TODO lines and the problems on them are ignored. */
	placeholders?: 'refuse' | 'allow';
}

/**
 * Build the content index from raw file texts keyed by project-relative path.
 * Collects every problem it can find and throws them together as one ContentError. A lesson line holding a TODO
 * placeholder is reported as that (once), not as whatever else it breaks (`level: TODO` is not a level either).
 */
export function buildIndex(
	files: Record<string, string>,
	options: IndexOptions = {}
): ContentIndex {
	const found: ContentProblem[] = [];
	const report: Report = (file, line, message) => found.push({ file, line, message });
	const texts: Record<string, string> = {};
	const lessonFolders = new Map<string, Folder>();
	const easierFolders = new Map<string, Folder>();
	const questionFolders = new Map<string, Folder>();

	for (const [key, raw] of Object.entries(files)) {
		const file = normalizeKey(key);
		texts[file] = raw;
		if (file.startsWith(LESSONS) && file.endsWith('.md')) {
			const [folder, name, ...deeper] = file.slice(LESSONS.length).split('/');
			if (name === undefined) {
				report(file, 1, `lesson files belong in a module folder: ${LESSONS}<module>/NN-slug.md`);
			} else if (deeper.length === 1 && name === EASIER_FOLDER) {
				addTo(easierFolders, folder, deeper[0], file);
			} else if (deeper.length > 0) {
				report(
					file,
					1,
					`lesson files sit directly in ${LESSONS}${folder}/ (or, at the easier level, in ${LESSONS}${folder}/${EASIER_FOLDER}/), not in a subfolder`
				);
			} else {
				addTo(lessonFolders, folder, name, file);
			}
		} else if (file.startsWith(QUESTIONS) && /\.(ya?ml|txt)$/.test(file)) {
			const [folder, name, ...deeper] = file.slice(QUESTIONS.length).split('/');
			if (name === undefined) {
				report(
					file,
					1,
					`questions files belong in a module's folder: ${QUESTIONS}<module>/facts.yaml`
				);
			} else if (deeper.length > 0) {
				report(
					file,
					1,
					`questions files sit directly in ${QUESTIONS}${folder}/, not in a subfolder`
				);
			} else {
				addTo(questionFolders, folder, name, file);
			}
		}
	}

	const slugs = [...lessonFolders.keys()].sort();
	const modules = new Map<string, Module>();
	for (const slug of slugs) {
		modules.set(
			slug,
			buildModule(
				slug,
				lessonFolders.get(slug) ?? new Map(),
				easierFolders.get(slug),
				texts,
				report
			)
		);
	}

	for (const [slug, folder] of easierFolders) {
		if (lessonFolders.has(slug)) continue;
		for (const file of [...folder.values()].sort()) {
			report(
				file,
				1,
				`easier file for module \`${slug}\`, which has no ${LESSONS}${slug}/module.md`
			);
		}
	}

	for (const p of slugClashes(slugs, (slug) => representativeFile(slug, lessonFolders.get(slug))))
		report(p.file, p.line, p.message);

	for (const slug of [...questionFolders.keys()].sort()) {
		const folder = questionFolders.get(slug) ?? new Map<string, string>();
		const questions = readQuestions(slug, folder, texts, report);
		const module = modules.get(slug);
		if (module) {
			module.questions = questions;
		} else {
			const first = [...folder.values()].sort()[0];
			report(first, 1, `questions folder \`${slug}\` has no lesson folder ${LESSONS}${slug}/`);
		}
	}

	const placeholders = placeholderProblems(files);
	const onPlaceholder = new Set(placeholders.map((p) => `${p.file}:${p.line}`));
	const kept = found.filter((p) => !onPlaceholder.has(`${p.file}:${p.line}`));
	const all = options.placeholders === 'allow' ? kept : [...kept, ...placeholders];
	if (all.length > 0) throw new ContentError(all);

	return indexOf([...modules.values()]);
}

/**
 * Module folders that differ only in letter case: one URL on case-insensitive file systems and hosts, so one
 * slug. `fileOf` names the file that stands for a folder in the message.
 */
export function slugClashes(slugs: string[], fileOf: (slug: string) => string): ContentProblem[] {
	const byFolded = new Map<string, string>();
	const problems: ContentProblem[] = [];
	for (const slug of [...slugs].sort()) {
		const first = byFolded.get(slug.toLowerCase());
		if (first === undefined) {
			byFolded.set(slug.toLowerCase(), slug);
			continue;
		}
		problems.push({
			file: fileOf(slug),
			line: 1,
			message: `module folders ${LESSONS}${first}/ and ${LESSONS}${slug}/ give the same slug \`${slug.toLowerCase()}\` once letter case is ignored; rename one`
		});
	}
	return problems;
}

/** Titles in English order (one collator: `localeCompare` with a locale makes one per comparison). */
const byTitle = new Intl.Collator('en');

/** The index of these modules: sorted by title (then slug), with every tag in use. */
export function indexOf(modules: Module[]): ContentIndex {
	const sorted = [...modules].sort(
		(a, b) => byTitle.compare(a.title, b.title) || (a.slug < b.slug ? -1 : 1)
	);
	const tags = [...new Set(sorted.flatMap((m) => m.tags))].sort();
	return { modules: sorted, tags };
}
