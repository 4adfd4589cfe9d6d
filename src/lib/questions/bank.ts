import { ContentError, type ContentProblem } from '../content/problems.ts';
import { formatViolation } from './check-rules.ts';
import { runChecks } from './checks.ts';
import { parseFactsFile } from './facts.ts';
import type { Fact, FactsFile } from './facts-types.ts';
import { generateItems, type SectionGist } from './generate.ts';
import { parseQuestionsWithLines } from './hand.ts';
import type { Item } from './types.ts';

/** What a module's bank is built against. */
export interface BankContext {
	/** Lesson section slug to the heading ids inside it. */
	sections: Map<string, string[]>;
	/** Source article name (as facts cite it) to its text; paragraphs are separated by line breaks. */
	articles?: Map<string, string>;
	/** Seed for generation; defaults to "briefing". Changing it reshuffles options but keeps item ids. */
	seed?: string;
	/** Sections with their titles and gists, for main-idea items. */
	gists?: SectionGist[];
	/** Told about each generated item left out and each fact note, for author tools. */
	onDrop?: Parameters<typeof generateItems>[1]['onDrop'];
	/** Told why a fact gets no item of a kind, for author tools. */
	onNote?: Parameters<typeof generateItems>[1]['onNote'];
}

/** A module's question bank. */
export interface Bank {
	/** The validated facts. */
	facts: Fact[];
	/** The facts file's fields and the author's alternatives. */
	file: Pick<FactsFile, 'fields' | 'alternatives'>;
	/** Generated items then hand-written ones; every one passed every check. */
	items: Item[];
}

/**
 * Paragraphs of an article, numbered from 1 as facts cite them. Where blank lines separate blocks, each block is
 * a paragraph (its lines joined); otherwise each non-empty line is one. A first block of one line that does not
 * end a sentence (no closing `.`, `!`, `?` or quotation mark) is the headline, not a paragraph.
 */
export function paragraphs(text: string): string[] {
	const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
	const blocked = /\S[^\S\n]*\r?\n[^\S\n]*\r?\n[^\S\n]*\S/.test(text);
	const blocks = blocked
		? text
				.split(/\r?\n[^\S\n]*\r?\n/)
				.map((b) =>
					b
						.split(/\r?\n/)
						.map((l) => l.trim())
						.filter(Boolean)
						.join(' ')
				)
				.filter((b) => b !== '')
		: lines.map((l) => l.trim()).filter((l) => l !== '');
	if (blocked && blocks.length > 1 && isHeadline(text)) return blocks.slice(1);
	return blocks;
}

/** Whether an article's first block is a headline: a single line that does not end a sentence. */
export function isHeadline(text: string): boolean {
	const first =
		text
			.replace(/^\uFEFF/, '')
			.trimStart()
			.split(/\r?\n[^\S\n]*\r?\n/)[0] ?? '';
	const lines = first.split(/\r?\n/).filter((l) => l.trim() !== '');
	return lines.length === 1 && !/[.!?…”"’')]\s*$/.test(lines[0].trim());
}

/** The line of a fact's `id:` in facts.yaml (1 when not found). */
export function factLine(factsText: string, id: string): number {
	const lines = factsText.split('\n');
	const i = lines.findIndex((l) =>
		new RegExp(
			`^\\s*-?\\s*id:\\s*['"]?${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"]?\\s*$`
		).test(l)
	);
	return i === -1 ? 1 : i + 1;
}

/**
 * Validate a module's facts and hand-written questions, generate the bank and run every check. Throws a
 * ContentError whose lines read `file:line: item <id>: <rule>: <message>` when anything fails.
 */
export function buildBank(
	factsText: string,
	factsFile: string,
	questionsText: string | null,
	questionsFile: string,
	ctx: BankContext
): Bank {
	const articles = new Map(
		[...(ctx.articles ?? new Map<string, string>())].map(([k, v]) => [k, paragraphs(v).length])
	);
	const { facts, ...file } = parseFactsFile(factsText, factsFile, {
		sections: ctx.sections,
		...(ctx.articles ? { articles } : {})
	});
	const hand =
		questionsText === null
			? { items: [], lines: new Map<string, number>() }
			: parseQuestionsWithLines(questionsText, questionsFile, { facts, sections: ctx.sections });
	const corpus = [...(ctx.articles?.values() ?? [])].join('\n');
	const generated = generateItems(facts, {
		seed: ctx.seed ?? 'briefing',
		corpus,
		file,
		sections: ctx.gists ?? [],
		alongside: hand.items,
		...(ctx.onDrop ? { onDrop: ctx.onDrop } : {}),
		...(ctx.onNote ? { onNote: ctx.onNote } : {})
	});
	const items = [...generated, ...hand.items];
	const violations = runChecks(items, facts);
	if (violations.length > 0) {
		const byId = new Map(items.map((i) => [i.id, i]));
		const problems: ContentProblem[] = violations.map((v) => {
			const item = byId.get(v.itemId);
			const handLine = hand.lines.get(v.itemId);
			if (item?.origin === 'hand' && handLine !== undefined)
				return { file: questionsFile, line: handLine, message: formatViolation(v) };
			const line = item ? factLine(factsText, item.facts[0]) : 1;
			return { file: factsFile, line, message: formatViolation(v) };
		});
		throw new ContentError(problems);
	}
	return { facts, file, items };
}
