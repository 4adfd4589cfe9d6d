import { LineCounter, isMap, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { Document, ParsedNode, YAMLMap } from 'yaml';
import { countWords, extractHeadings, findLinks, splitFrontMatter } from './markdown.ts';
import type { MarkdownLink } from './markdown.ts';
import { countsOf, readability } from './readability.ts';
import type {
	ArticleSource,
	ContentIndex,
	Level,
	Module,
	QuestionFiles,
	Section,
	SectionText
} from './types.ts';

/** One thing wrong with the content, pointing at a file and line. */
export interface ContentProblem {
	/** Path relative to the project root, with forward slashes. */
	file: string;
	/** 1-based line number. */
	line: number;
	/** What is wrong, as a sentence. */
	message: string;
}

/** Bad content: every problem found, so an author can fix them all in one pass. */
export class ContentError extends Error {
	/** The problems, sorted by file then line. */
	readonly problems: ContentProblem[];

	constructor(problems: ContentProblem[]) {
		const sorted = [...problems].sort(compareProblems);
		super(sorted.map(formatProblem).join('\n'));
		this.name = 'ContentError';
		this.problems = sorted;
	}
}

/** `file:line: message`, the shape editors and terminals turn into a link. */
export function formatProblem(p: ContentProblem): string {
	// One line per problem, even when the message quotes a multi-line value from the file.
	return `${p.file}:${p.line}: ${p.message.replace(/\s*[\r\n]+\s*/g, ' ')}`;
}

function compareProblems(a: ContentProblem, b: ContentProblem): number {
	if (a.file !== b.file) return a.file < b.file ? -1 : 1;
	return a.line - b.line;
}

const LESSONS = 'src/lessons/';
const QUESTIONS = 'questions/';
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SECTION_FILE = /^(\d+)-(.*)\.md$/;
/** The one subfolder a module may have: its sections at the easier reading level, named as the standard ones. */
export const EASIER_FOLDER = 'easier';
/**
 * Slugs the site's own pages use, so content cannot take them: `/teach/<module>` sits beside
 * `/teach/gradebook`, and `/modules/<module>/<section>` beside the module's quiz, print and other pages.
 * A test keeps these lists in step with `src/routes`.
 */
export const RESERVED_MODULE_SLUGS = ['gradebook'] as const;
export const RESERVED_SECTION_SLUGS = [
	'assignment',
	'easier',
	'exports',
	'flashcards',
	'glossary',
	'print',
	'quiz'
] as const;
const LEVELS: readonly Level[] = ['introductory', 'intermediate', 'advanced'];
const MODULE_FIELDS = [
	'title',
	'summary',
	'source',
	'objectives',
	'level',
	'readingMinutes',
	'tags',
	'passMark'
] as const;
const SOURCE_FIELDS = ['title', 'publisher', 'date', 'url'] as const;
const SECTION_FIELDS = ['title', 'discussion', 'gist'] as const;
const DEFAULT_PASS_MARK = 80;

type Report = (file: string, line: number, message: string) => void;

/** A parsed YAML text, with lines counted from the start of the file it sits in. */
interface Yaml {
	/** The parsed document. */
	doc: Document.Parsed;
	/** Line lookup for node offsets. */
	lines: LineCounter;
}

/**
 * Parse YAML that starts at `firstLine` of `file`; on a syntax error report its first message and return null.
 * Padding with blank lines makes yaml's own line numbers the file's line numbers.
 */
function parseYaml(text: string, file: string, firstLine: number, report: Report): Yaml | null {
	const lines = new LineCounter();
	const doc = parseDocument('\n'.repeat(firstLine - 1) + text, {
		lineCounter: lines,
		prettyErrors: true
	});
	const error = doc.errors[0];
	if (error) {
		const line = error.linePos?.[0].line ?? firstLine;
		// prettyErrors appends " at line L, column C:" and a code excerpt; the line is already in the prefix.
		const message = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
		report(file, line, `YAML syntax error: ${message}`);
		return null;
	}
	return { doc, lines };
}

/** Where field problems go: the file, its line lookup, and the line that stands for the whole map. */
interface FieldContext {
	/** File the fields come from. */
	file: string;
	/** Line lookup of the parsed YAML. */
	lines: LineCounter;
	/** Line for problems about the map as a whole, such as a missing field. */
	mapLine: number;
	/** Prefix for field names in messages (`source.` inside the source map). */
	prefix: string;
	/** Collects problems. */
	report: Report;
}

/** A field as written: the line of its key and its value node. */
interface Field {
	/** Line of the key. */
	line: number;
	/** The value, null when nothing follows the colon. */
	node: ParsedNode | null;
}

function lineOf(ctx: FieldContext, node: ParsedNode | null, fallback: number): number {
	return node?.range ? ctx.lines.linePos(node.range[0]).line : fallback;
}

/** Read a map's fields, reporting unknown ones with the allowed list and the likely intended name. */
function readFields(
	ctx: FieldContext,
	map: YAMLMap.Parsed,
	allowed: readonly string[]
): Map<string, Field> {
	const fields = new Map<string, Field>();
	for (const pair of map.items) {
		const key = pair.key;
		const name = isScalar(key) ? String(key.value) : String(key);
		const line = lineOf(ctx, key, ctx.mapLine);
		if (!allowed.includes(name)) {
			const guess = closest(name, allowed);
			const hint = guess ? ` (did you mean \`${ctx.prefix}${guess}\`?)` : '';
			ctx.report(
				ctx.file,
				line,
				`unknown field \`${ctx.prefix}${name}\`${hint}; allowed fields are ${allowed.join(', ')}`
			);
			continue;
		}
		fields.set(name, { line, node: pair.value });
	}
	return fields;
}

/** The allowed name within two edits of a typo, if any. */
function closest(name: string, allowed: readonly string[]): string | undefined {
	let best: { name: string; distance: number } | undefined;
	for (const candidate of allowed) {
		const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
		if (distance <= 2 && (!best || distance < best.distance)) best = { name: candidate, distance };
	}
	return best?.name;
}

function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
			current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
		}
		previous = current;
	}
	return previous[b.length];
}

/** How a value reads in a message: its text for scalars, its kind otherwise. */
function got(node: ParsedNode | null): string {
	if (node === null) return 'nothing';
	if (isSeq(node)) return 'a list';
	if (isMap(node)) return 'a map';
	if (!isScalar(node)) return 'an alias';
	const value: unknown = node.value;
	if (value === null) return 'nothing';
	if (typeof value === 'string') {
		const firstLine = value.split('\n')[0];
		const shown = firstLine.length > 40 ? `${firstLine.slice(0, 37)}...` : firstLine;
		return `\`${shown}\``;
	}
	if (typeof value === 'number') return `the number \`${node.source ?? String(value)}\``;
	return `\`${String(value)}\``;
}

function stringValue(node: ParsedNode | null): string | undefined {
	return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

/** The field's node, or a "missing" report when it is required and absent. */
function take(
	ctx: FieldContext,
	fields: Map<string, Field>,
	name: string,
	required: boolean
): Field | undefined {
	const field = fields.get(name);
	if (!field && required) {
		ctx.report(ctx.file, ctx.mapLine, `missing required field \`${ctx.prefix}${name}\``);
	}
	return field;
}

/** A required or optional non-empty string field. */
function text(
	ctx: FieldContext,
	fields: Map<string, Field>,
	name: string,
	required = true
): string | undefined {
	const field = take(ctx, fields, name, required);
	if (!field) return undefined;
	const value = stringValue(field.node);
	if (value === undefined) {
		ctx.report(
			ctx.file,
			field.line,
			`\`${ctx.prefix}${name}\` must be a string (got ${got(field.node)})`
		);
		return undefined;
	}
	if (value.trim() === '') {
		ctx.report(ctx.file, field.line, `\`${ctx.prefix}${name}\` must not be empty`);
		return undefined;
	}
	return value.trim();
}

/** A list item's text and line. */
interface Item {
	/** The trimmed text. */
	text: string;
	/** Its line in the file. */
	line: number;
}

/** A list of non-empty strings with a length limit; each bad item is reported on its own line. */
function textList(
	ctx: FieldContext,
	fields: Map<string, Field>,
	name: string,
	count: { min: number; max: number; says: string }
): Item[] | undefined {
	const field = take(ctx, fields, name, true);
	if (!field) return undefined;
	const label = `${ctx.prefix}${name}`;
	if (!isSeq(field.node)) {
		ctx.report(
			ctx.file,
			field.line,
			`\`${label}\` must be a list of strings (got ${got(field.node)})`
		);
		return undefined;
	}
	const items = field.node.items;
	if (items.length < count.min || items.length > count.max) {
		ctx.report(ctx.file, field.line, `\`${label}\` must list ${count.says} (got ${items.length})`);
	}
	const values: Item[] = [];
	items.forEach((item, i) => {
		const value = stringValue(item);
		const line = lineOf(ctx, item, field.line);
		if (value === undefined || value.trim() === '') {
			const problem = value === undefined ? `got ${got(item)}` : 'it is empty';
			ctx.report(
				ctx.file,
				line,
				`item ${i + 1} of \`${label}\` must be a non-empty string (${problem})`
			);
			return;
		}
		values.push({ text: value.trim(), line });
	});
	return values;
}

/** An integer field within bounds; `describe` says what is expected. */
function integer(
	ctx: FieldContext,
	fields: Map<string, Field>,
	name: string,
	bounds: { min: number; max: number; describe: string; required: boolean }
): number | undefined {
	const field = take(ctx, fields, name, bounds.required);
	if (!field) return undefined;
	const value: unknown = isScalar(field.node) ? field.node.value : undefined;
	if (
		typeof value !== 'number' ||
		!Number.isInteger(value) ||
		value < bounds.min ||
		value > bounds.max
	) {
		ctx.report(
			ctx.file,
			field.line,
			`\`${ctx.prefix}${name}\` must be ${bounds.describe} (got ${got(field.node)})`
		);
		return undefined;
	}
	return value;
}

/** Publication date as written; YAML reads an unquoted `2025` as a number, so plain scalars keep their source text. */
function dateText(ctx: FieldContext, fields: Map<string, Field>): string | undefined {
	const field = take(ctx, fields, 'date', true);
	if (!field) return undefined;
	const node = field.node;
	const written =
		isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')
			? (typeof node.value === 'string' ? node.value : (node.source ?? String(node.value))).trim()
			: undefined;
	if (written === undefined || !isCalendarDate(written)) {
		ctx.report(
			ctx.file,
			field.line,
			`\`${ctx.prefix}date\` must be a date written YYYY, YYYY-MM or YYYY-MM-DD (got ${got(node)})`
		);
		return undefined;
	}
	return written;
}

function isCalendarDate(text: string): boolean {
	const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
	if (!match) return false;
	const [, year, month, day] = match;
	if (month === undefined) return true;
	const m = Number(month);
	if (m < 1 || m > 12) return false;
	if (day === undefined) return true;
	const daysInMonth = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
	return Number(day) >= 1 && Number(day) <= daysInMonth;
}

/** The front matter of a markdown file as a map, or null after reporting why it cannot be read. */
function frontMatterMap(
	file: string,
	yaml: string | null,
	unclosed: boolean,
	allowed: readonly string[],
	report: Report
): { map: YAMLMap.Parsed | null; lines: LineCounter } | null {
	if (unclosed) {
		report(file, 1, 'front matter opened on line 1 is never closed; end it with a `---` line');
		return null;
	}
	if (yaml === null) {
		report(
			file,
			1,
			`the file must start with front matter between \`---\` lines (fields: ${allowed.join(', ')})`
		);
		return null;
	}
	const parsed = parseYaml(yaml, file, 2, report);
	if (!parsed) return null;
	const contents = parsed.doc.contents;
	if (contents === null || (isScalar(contents) && contents.value === null)) {
		return { map: null, lines: parsed.lines };
	}
	if (!isMap(contents)) {
		report(file, 1, 'front matter must be a map of fields such as `title: ...`');
		return null;
	}
	return { map: contents, lines: parsed.lines };
}

/** Module fields read from module.md; undefined where a problem was reported. */
interface ModuleFields {
	/** Module title. */
	title?: string;
	/** One-paragraph summary. */
	summary?: string;
	/** Cited article. */
	source?: ArticleSource;
	/** Learning objectives. */
	objectives?: string[];
	/** Difficulty. */
	level?: Level;
	/** Author's reading estimate in minutes; computed from the text when left out. */
	readingMinutes?: number;
	/** Catalogue tags. */
	tags?: string[];
	/** Quiz pass mark in percent. */
	passMark?: number;
}

function readModuleFile(file: string, raw: string, report: Report): ModuleFields {
	const split = splitFrontMatter(raw);
	const front = frontMatterMap(file, split.yaml, split.unclosed, MODULE_FIELDS, report);
	const bodyLines = split.body.split('\n');
	const firstText = bodyLines.findIndex((line) => line.trim() !== '');
	if (firstText !== -1 && !split.unclosed) {
		report(
			file,
			split.bodyLine + firstText,
			'the module file holds front matter only; put lesson text in a numbered section file'
		);
	}
	if (!front) return {};
	const ctx: FieldContext = { file, lines: front.lines, mapLine: 1, prefix: '', report };
	const fields = front.map ? readFields(ctx, front.map, MODULE_FIELDS) : new Map<string, Field>();

	// Read in the documented field order so that several problems on line 1 read top to bottom.
	const title = text(ctx, fields, 'title');
	const summary = text(ctx, fields, 'summary');
	if (summary !== undefined && /\n[ \t]*\n/.test(summary)) {
		report(
			file,
			fields.get('summary')?.line ?? 1,
			'`summary` must be one paragraph (it contains a blank line)'
		);
	}
	const source = readSource(ctx, fields);
	const objectives = textList(ctx, fields, 'objectives', {
		min: 1,
		max: Infinity,
		says: 'at least one objective'
	})?.map((item) => item.text);
	const level = text(ctx, fields, 'level');
	const knownLevel = LEVELS.find((l) => l === level);
	if (level !== undefined && !knownLevel) {
		report(
			file,
			fields.get('level')?.line ?? 1,
			`\`level\` must be one of ${LEVELS.join(', ')} (got \`${level}\`)`
		);
	}
	const readingMinutes = integer(ctx, fields, 'readingMinutes', {
		min: 1,
		max: Number.MAX_SAFE_INTEGER,
		describe: 'a positive whole number of minutes',
		required: false
	});
	const tags = textList(ctx, fields, 'tags', { min: 1, max: Infinity, says: 'at least one tag' });
	const seenTags = new Set<string>();
	for (const { text: tag, line } of tags ?? []) {
		if (!SLUG.test(tag)) {
			report(
				file,
				line,
				`tag \`${tag}\` must be lower-case letters and digits joined by single hyphens, like \`border-security\``
			);
		} else if (seenTags.has(tag)) {
			report(file, line, `tag \`${tag}\` is listed twice`);
		}
		seenTags.add(tag);
	}
	const passMark = integer(ctx, fields, 'passMark', {
		min: 1,
		max: 100,
		describe: 'a whole number from 1 to 100',
		required: false
	});
	return {
		title,
		summary,
		source,
		objectives,
		level: knownLevel,
		readingMinutes,
		tags: tags?.map((t) => t.text),
		passMark
	};
}

function readSource(ctx: FieldContext, fields: Map<string, Field>): ArticleSource | undefined {
	const field = take(ctx, fields, 'source', true);
	if (!field) return undefined;
	if (!isMap(field.node)) {
		ctx.report(
			ctx.file,
			field.line,
			`\`source\` must be a map with date and optionally title, publisher and url (got ${got(field.node)})`
		);
		return undefined;
	}
	const inner: FieldContext = { ...ctx, mapLine: field.line, prefix: 'source.' };
	const sourceFields = readFields(inner, field.node, SOURCE_FIELDS);
	// A supplied text may have no headline or publisher: the field is left out, never made up.
	const title = text(inner, sourceFields, 'title', false);
	const publisher = text(inner, sourceFields, 'publisher', false);
	const date = dateText(inner, sourceFields);
	const url = text(inner, sourceFields, 'url', false);
	if (url !== undefined && !isWebAddress(url)) {
		ctx.report(
			ctx.file,
			sourceFields.get('url')?.line ?? field.line,
			`\`source.url\` must be an http(s) URL (got \`${url}\`)`
		);
	}
	if (date === undefined) return undefined;
	return {
		date,
		...(title === undefined ? {} : { title }),
		...(publisher === undefined ? {} : { publisher }),
		...(url === undefined ? {} : { url })
	};
}

function isWebAddress(text: string): boolean {
	try {
		const url = new URL(text);
		return url.protocol === 'http:' || url.protocol === 'https:';
	} catch {
		return false;
	}
}

/** A section read from its file, with what the link check needs. */
interface SectionDraft {
	/** The section as it will be indexed. */
	section: Section;
	/** Links in its body. */
	links: MarkdownLink[];
}

function readSectionFile(
	file: string,
	order: number,
	slug: string,
	raw: string,
	report: Report
): SectionDraft {
	const split = splitFrontMatter(raw);
	const front = frontMatterMap(file, split.yaml, split.unclosed, SECTION_FIELDS, report);
	let title = '';
	let discussion: string[] = [];
	let gist: string | undefined;
	if (front) {
		const ctx: FieldContext = { file, lines: front.lines, mapLine: 1, prefix: '', report };
		const fields = front.map
			? readFields(ctx, front.map, SECTION_FIELDS)
			: new Map<string, Field>();
		title = text(ctx, fields, 'title') ?? '';
		gist = text(ctx, fields, 'gist', false);
		discussion =
			textList(ctx, fields, 'discussion', { min: 2, max: 3, says: '2 or 3 questions' })?.map(
				(item) => item.text
			) ?? [];
	}
	if (!split.unclosed && split.body.trim() === '') {
		report(file, Math.max(split.closeLine, 1), 'the section has no text after its front matter');
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
function checkLinks(moduleSlug: string, drafts: SectionDraft[], report: Report): void {
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

/** One module folder's files: file name to project-relative path. */
type Folder = Map<string, string>;

/** The file that stands for a module folder in messages: module.md, else its first file. */
function representativeFile(slug: string, folder: Folder | undefined): string {
	if (!folder || folder.has('module.md')) return `${LESSONS}${slug}/module.md`;
	return [...folder.values()].sort()[0] ?? `${LESSONS}${slug}/module.md`;
}

/**
 * The module's easier level: every file must match a standard section's number and slug, every standard
 * section must have one, and links between easier sections are checked against the easier headings.
 */
function readEasier(
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

const FAILED = Symbol('failed');

/**
 * The document as plain data. yaml throws (no position) for an alias without an anchor or an alias bomb;
 * that is reported at the first alias that does not resolve, or line 1.
 */
function toJs({ doc, lines }: Yaml, file: string, report: Report): unknown {
	try {
		return doc.toJS();
	} catch (error) {
		if (!(error instanceof Error)) throw error;
		let line = 1;
		visit(doc, {
			Alias(_, node) {
				if (node.resolve(doc) !== undefined) return;
				line = lines.linePos(node.range?.[0] ?? 0).line;
				return visit.BREAK;
			}
		});
		report(file, line, `YAML error: ${error.message.split('\n')[0]}`);
		return FAILED;
	}
}

/** Parse a questions folder's files; the generator validates their schema, so only syntax is checked here. */
function readQuestions(
	slug: string,
	folder: Folder,
	files: Record<string, string>,
	report: Report
): QuestionFiles {
	const result: QuestionFiles = {
		factsFile: `${QUESTIONS}${slug}/facts.yaml`,
		facts: null,
		questionsFile: `${QUESTIONS}${slug}/questions.yaml`,
		questions: null
	};
	for (const name of [...folder.keys()].sort()) {
		const file = `${QUESTIONS}${slug}/${name}`;
		if (name === 'article.txt') {
			// The source article: read by the checks, never published.
			if ((files[file] ?? '').trim() === '') report(file, 1, 'the source article is empty');
			else result.articleFile = file;
			continue;
		}
		if (name !== 'facts.yaml' && name !== 'questions.yaml') {
			report(
				file,
				1,
				`unexpected file \`${name}\`: a questions folder holds facts.yaml, questions.yaml and article.txt only`
			);
			continue;
		}
		const parsed = parseYaml(files[file], file, 1, report);
		if (!parsed) continue;
		const value = toJs(parsed, file, report);
		if (value === FAILED) continue;
		if (name === 'facts.yaml') result.facts = value ?? null;
		else result.questions = value ?? null;
	}
	return result;
}

/** Forgive the leading `/` or `./` that `import.meta.glob` keys carry. */
function normalizeKey(key: string): string {
	return key.replace(/^\.?\//, '');
}

function addTo(folders: Map<string, Folder>, folder: string, name: string, file: string): void {
	const entry = folders.get(folder) ?? new Map<string, string>();
	entry.set(name, file);
	folders.set(folder, entry);
}

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

	// Folders that differ only in case are one URL on case-insensitive file systems and hosts, so one slug.
	const byFolded = new Map<string, string>();
	for (const slug of slugs) {
		const first = byFolded.get(slug.toLowerCase());
		if (first === undefined) {
			byFolded.set(slug.toLowerCase(), slug);
			continue;
		}
		report(
			representativeFile(slug, lessonFolders.get(slug)),
			1,
			`module folders ${LESSONS}${first}/ and ${LESSONS}${slug}/ give the same slug \`${slug.toLowerCase()}\` once letter case is ignored; rename one`
		);
	}

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

	const sorted = [...modules.values()].sort(
		(a, b) => a.title.localeCompare(b.title, 'en') || (a.slug < b.slug ? -1 : 1)
	);
	const tags = [...new Set(sorted.flatMap((m) => m.tags))].sort();
	return { modules: sorted, tags };
}
