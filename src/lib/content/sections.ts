/**
 * Reading a module's section files: their front matter and text, the links between sections, and
 * the easier level that mirrors them.
 */
import {
	countWords,
	extractHeadings,
	findLinks,
	splitFrontMatter,
	unsafeMarkup
} from './markdown.ts';
import type { MarkdownLink } from './markdown.ts';
import { EASIER_FOLDER, LESSONS, SECTION_FILE, SLUG } from './layout.ts';
import type { Folder } from './layout.ts';
import type { Report } from './problems.ts';
import { countsOf } from './readability.ts';
import type { Section, SectionText } from './types.ts';
import { opt, readFrontMatter, req, type Spec } from './yaml-spec.ts';

const SECTION_FIELDS: Spec = {
	title: req('string'),
	discussion: req({ strings: { min: 2, max: 3, says: '2 or 3 questions' } }),
	gist: opt('string')
};

/** A section read from its file, with what the link check needs. */
export interface SectionDraft {
	/** The section as it will be indexed. */
	section: Section;
	/** Links in its body. */
	links: MarkdownLink[];
}

export function readSectionFile(
	file: string,
	order: number,
	slug: string,
	raw: string,
	report: Report
): SectionDraft {
	const split = splitFrontMatter(raw);
	const values = readFrontMatter(file, split, SECTION_FIELDS, report)?.values ?? {};
	const title = typeof values.title === 'string' ? values.title : '';
	const gist = typeof values.gist === 'string' ? values.gist : undefined;
	const discussion = Array.isArray(values.discussion) ? values.discussion.map(String) : [];
	if (!split.unclosed && split.body.trim() === '') {
		report(file, Math.max(split.closeLine, 1), 'the section has no text after its front matter');
	}
	for (const { line, what } of unsafeMarkup(split.body, split.bodyLine)) {
		report(
			file,
			line,
			`${what} in a lesson: lessons are markdown with plain HTML only (no scripts, styles or event handlers)`
		);
	}
	return {
		section: {
			slug,
			order,
			title,
			discussion,
			...(gist ? { gist } : {}),
			headings: extractHeadings(split.body),
			file,
			words: countWords(split.body),
			counts: countsOf(split.body)
		},
		links: findLinks(split.body, split.bodyLine)
	};
}

/** Check every link of a module's sections against its section slugs and heading ids. */
export function checkLinks(moduleSlug: string, drafts: SectionDraft[], report: Report): void {
	const bySlug = new Map<string, Section>();
	for (const { section } of drafts) {
		if (!bySlug.has(section.slug)) bySlug.set(section.slug, section);
	}
	const hasId = (section: Section, id: string) => section.headings.some((h) => h.id === id);

	for (const { section, links } of drafts) {
		for (const link of links) {
			const target = link.target;
			const at = (message: string) => report(section.file, link.line, message);
			// Scheme links (https:, mailto:) and protocol-relative ones leave the site, so they are not ours to check.
			if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) continue;
			if (target === '') {
				at(`link \`[${link.text}]()\` has no target`);
				continue;
			}
			if (target.startsWith('/')) {
				at(
					`absolute link \`${target}\`: use a relative link such as \`section-slug#anchor\` so the site works under a sub-path`
				);
				continue;
			}
			const hash = target.indexOf('#');
			const path = hash === -1 ? target : target.slice(0, hash);
			const anchor = hash === -1 ? undefined : target.slice(hash + 1);
			if (path === '') {
				const id = anchor ?? '';
				if (!hasId(section, id)) {
					at(`link to \`#${id}\`, but this section has no heading with id \`${id}\``);
				}
				continue;
			}
			if (!SLUG.test(path)) {
				at(
					`link target \`${target}\` is not a section of this module: write \`section-slug\` or \`section-slug#anchor\`, or a full https:// address for other sites`
				);
				continue;
			}
			const linked = bySlug.get(path);
			if (!linked) {
				at(`link to section \`${path}\` that does not exist in module \`${moduleSlug}\``);
			} else if (anchor !== undefined && !hasId(linked, anchor)) {
				at(`link to \`${target}\`, but section \`${path}\` has no heading with id \`${anchor}\``);
			}
		}
	}
}

/**
 * The module's easier level: every file must match a standard section's number and slug, every standard
 * section must have one, and links between easier sections are checked against the easier headings.
 */
export function readEasier(
	slug: string,
	folder: Folder,
	standard: SectionDraft[],
	files: Record<string, string>,
	report: Report
): Map<string, SectionText> {
	const dir = `${LESSONS}${slug}/${EASIER_FOLDER}/`;
	const bySlug = new Map(standard.map((d) => [d.section.slug, d.section]));
	const drafts: SectionDraft[] = [];
	for (const name of [...folder.keys()].sort()) {
		const file = `${dir}${name}`;
		const match = SECTION_FILE.exec(name);
		const twin = match ? bySlug.get(match[2]) : undefined;
		if (!match || !twin || twin.order !== Number(match[1])) {
			const names = standard.map((d) => d.section.file.slice(d.section.file.lastIndexOf('/') + 1));
			report(
				file,
				1,
				`easier file \`${name}\` must be named as one of the module's sections (${names.join(', ')})`
			);
			continue;
		}
		const first = drafts.find((d) => d.section.slug === twin.slug);
		if (first) {
			report(
				file,
				1,
				`section \`${twin.slug}\` already has an easier version: ${first.section.file}`
			);
			continue;
		}
		drafts.push(readSectionFile(file, twin.order, twin.slug, files[file], report));
	}
	for (const { section } of standard) {
		if (!drafts.some((d) => d.section.slug === section.slug)) {
			const name = section.file.slice(section.file.lastIndexOf('/') + 1);
			report(
				section.file,
				1,
				`module \`${slug}\` has an easier level but this section has none; add ${dir}${name}`
			);
		}
	}
	checkLinks(slug, drafts, report);
	return new Map(
		drafts.map(({ section: { slug: key, title, discussion, headings, file, words, counts } }) => [
			key,
			{ title, discussion, headings, file, words, counts }
		])
	);
}
