import { buildIndex } from '../content/load.ts';
import { placeholderProblems } from '../content/placeholders.ts';
import { ContentError, formatProblem } from '../content/problems.ts';
import { factLine, paragraphs } from '../questions/bank.ts';
import { formatViolation, type Violation } from '../questions/check-rules.ts';
import { runChecks } from '../questions/checks.ts';
import type { Fact } from '../questions/facts-types.ts';
import { parseFactsFile, PLACEHOLDER } from '../questions/facts.ts';
import { generateItems } from '../questions/generate.ts';
import { parseQuestionsWithLines } from '../questions/hand.ts';
import { SKILL_NAMES } from '../questions/skills.ts';
import { isChoice, keyIds, type Item } from '../questions/types.ts';
import { sectionAnchors, sectionGists } from '../site.ts';

/** One question as the preview shows it: what it asks, its answer, and every check it fails. */
export interface PreviewItem {
	id: string;
	type: Item['type'];
	/** The reading skill, in words. */
	skill: string;
	template?: string;
	stem: string;
	/** Options with the key marked, for choice items. */
	options: { text: string; key: boolean }[];
	/** The answer in words, for items without options. */
	answer?: string;
	/** Failed checks, as `rule: message`; none when it passes every check. */
	problems: string[];
}

/** A fact with what it generates. */
export interface PreviewFact {
	id: string;
	type: Fact['type'];
	/** `file:line` of its `id:`. */
	at: string;
	draft: boolean;
	statement: string;
	section: string;
	/** The source paragraph, numbered, when the article is kept. */
	paragraph?: { n: number; text: string };
	/** Fields still holding a TODO placeholder. */
	todos: string[];
	/** Items built on it, in the bank's order. */
	items: PreviewItem[];
	/** Items a template wrote and the checks left out, with why (generateItems' onDrop). */
	dropped: { id: string; reasons: string[] }[];
	/** Why it gets fewer forms (generateItems' onNote). */
	notes: string[];
}

/** Everything the authoring preview shows for a module. */
export interface AuthorPreview {
	slug: string;
	title: string;
	/** Other modules, for links. */
	modules: string[];
	/** Problems that stop the build, as `file:line: message` (drafts and placeholders are listed on their own). */
	problems: string[];
	/** TODO placeholders in the module's lesson files, as `file:line: message`. */
	placeholders: string[];
	facts: PreviewFact[];
	/** Bank-wide check failures (key positions, giveaways...). */
	bank: string[];
	counts: {
		facts: number;
		drafts: number;
		placeholders: number;
		items: number;
		dropped: number;
		failing: number;
	};
}

function answerText(item: Item): string | undefined {
	switch (item.type) {
		case 'numeric':
			return `${item.answer} ${item.unit}${item.min !== item.max ? ` (accepts ${item.min}–${item.max})` : ''}`;
		case 'blank':
			return item.accept.join(' / ');
		case 'ordering':
			return item.items.map((e, i) => `${i + 1}. ${e.text}`).join('; ');
		case 'matching':
			return item.pairs.map((p) => `${p.left} → ${p.right}`).join('; ');
		default:
			return undefined;
	}
}

function previewItem(item: Item, violations: Violation[]): PreviewItem {
	const keys = isChoice(item) ? new Set(keyIds(item)) : new Set<string>();
	const answer = answerText(item);
	return {
		id: item.id,
		type: item.type,
		skill: SKILL_NAMES[item.skill],
		...(item.template ? { template: item.template } : {}),
		stem: item.stem,
		options: isChoice(item) ? item.options.map((o) => ({ text: o.text, key: keys.has(o.id) })) : [],
		...(answer !== undefined ? { answer } : {}),
		problems: violations.map((v) => `${v.rule}: ${v.message}`)
	};
}

/**
 * The authoring preview of a module, from the project's content files (path to text): each fact, draft or not,
 * with the items it generates, their failed checks and the forms left out, the drafts and placeholders still to
 * resolve, and every content problem with `file:line`. Never throws on bad content: it shows it.
 */
export function authorPreview(files: Record<string, string>, slug: string): AuthorPreview {
	const out: AuthorPreview = {
		slug,
		title: slug,
		modules: [],
		problems: [],
		placeholders: [],
		facts: [],
		bank: [],
		counts: { facts: 0, drafts: 0, placeholders: 0, items: 0, dropped: 0, failing: 0 }
	};
	const mine = Object.fromEntries(
		Object.entries(files).filter(
			([f]) => f.startsWith(`src/lessons/${slug}/`) || f.startsWith(`questions/${slug}/`)
		)
	);
	out.placeholders = placeholderProblems(mine).map(formatProblem);
	out.counts.placeholders = out.placeholders.length;
	let index;
	try {
		index = buildIndex(files, { placeholders: 'allow' });
	} catch (e) {
		if (!(e instanceof ContentError)) throw e;
		out.problems = e.problems.map(formatProblem);
		return out;
	}
	out.modules = index.modules.map((m) => m.slug);
	const module = index.modules.find((m) => m.slug === slug);
	if (!module) {
		out.problems.push(
			`src/lessons/${slug}/module.md:1: no module \`${slug}\` (modules: ${out.modules.join(', ') || 'none'})`
		);
		return out;
	}
	out.title = module.title || slug;
	const factsFile = `questions/${slug}/facts.yaml`;
	const factsText = files[factsFile];
	if (factsText === undefined) {
		out.problems.push(`${factsFile}:1: no facts yet: \`npm run new\` drafts them from the article`);
		return out;
	}
	const articleText = files[`questions/${slug}/article.txt`];
	const paras = articleText === undefined ? [] : paragraphs(articleText);
	const sections = sectionAnchors(module);
	let facts: Fact[];
	let file;
	try {
		({ facts, ...file } = parseFactsFile(factsText, factsFile, {
			sections,
			drafts: 'keep',
			...(articleText !== undefined ? { articles: new Map([[slug, paras.length]]) } : {})
		}));
	} catch (e) {
		if (!(e instanceof ContentError)) throw e;
		out.problems = e.problems.map(formatProblem);
		return out;
	}
	const questionsFile = `questions/${slug}/questions.yaml`;
	let hand: Item[] = [];
	if (files[questionsFile] !== undefined) {
		try {
			hand = parseQuestionsWithLines(files[questionsFile], questionsFile, {
				facts,
				sections
			}).items;
		} catch (e) {
			if (!(e instanceof ContentError)) throw e;
			out.problems.push(...e.problems.map(formatProblem));
		}
	}
	const dropped = new Map<string, PreviewFact['dropped']>();
	const notes = new Map<string, string[]>();
	const generated = generateItems(facts, {
		seed: 'briefing',
		corpus: articleText ?? '',
		file,
		sections: sectionGists(module),
		alongside: hand,
		onDrop: (item, reasons) => {
			const list = dropped.get(item.facts[0]) ?? [];
			list.push({ id: item.id, reasons: reasons.map((r) => `${r.rule}: ${r.message}`) });
			dropped.set(item.facts[0], list);
		},
		onNote: (factId, note) => notes.set(factId, [...(notes.get(factId) ?? []), note])
	});
	const items = [...generated, ...hand];
	const violations = runChecks(items, facts);
	const byItem = new Map<string, Violation[]>();
	for (const v of violations) {
		if (!v.itemId) out.bank.push(formatViolation(v));
		else byItem.set(v.itemId, [...(byItem.get(v.itemId) ?? []), v]);
	}
	out.facts = facts.map((f) => ({
		id: f.id,
		type: f.type,
		at: `${factsFile}:${factLine(factsText, f.id)}`,
		draft: f.draft === true,
		statement: f.statement,
		section: f.section,
		...(f.source && paras[f.source.paragraph - 1]
			? { paragraph: { n: f.source.paragraph, text: paras[f.source.paragraph - 1] } }
			: {}),
		todos: Object.entries(f)
			.filter(([, v]) => JSON.stringify(v ?? '').match(PLACEHOLDER))
			.map(([k]) => k),
		items: items
			.filter((i) => i.facts.includes(f.id))
			.map((i) => previewItem(i, byItem.get(i.id) ?? [])),
		dropped: dropped.get(f.id) ?? [],
		notes: notes.get(f.id) ?? []
	}));
	out.counts = {
		facts: facts.length,
		drafts: facts.filter((f) => f.draft).length,
		placeholders: out.placeholders.length,
		items: items.length,
		dropped: [...dropped.values()].reduce((n, l) => n + l.length, 0),
		failing: violations.length
	};
	return out;
}
