/**
 * The `doctor` command: everything wrong or unfinished in a module's questions, as `file:line` lines.
 */
import { factLine, paragraphs } from '../../../src/lib/questions/bank.ts';
import { itemSignature } from '../../../src/lib/questions/check-bank.ts';
import { formatViolation } from '../../../src/lib/questions/check-rules.ts';
import { runChecks } from '../../../src/lib/questions/checks.ts';
import { parseFactsFile } from '../../../src/lib/questions/facts.ts';
import type { Fact } from '../../../src/lib/questions/facts-types.ts';
import { generateItems } from '../../../src/lib/questions/generate.ts';
import { parseQuestionsWithLines } from '../../../src/lib/questions/hand.ts';
import { higherSkillShare, SKILL_NAMES } from '../../../src/lib/questions/skills.ts';
import { ContentError } from '../../../src/lib/content/problems.ts';
import { ITEM_TYPES, SKILLS, type Item } from '../../../src/lib/questions/types.ts';
import { statsLine, type ItemStats } from '../../../src/lib/teach/item-stats.ts';
import type { ModuleFiles } from './module.ts';

/** `file:line: message` for a problem about a fact or an item. */
function at(
	files: ModuleFiles,
	item: Item | undefined,
	factId: string | undefined,
	handLines: Map<string, number>,
	message: string
): string {
	if (item?.origin === 'hand')
		return `${files.questionsFile}:${handLines.get(item.id) ?? 1}: ${message}`;
	const id = factId ?? item?.facts[0];
	return `${files.factsFile}:${id ? factLine(files.factsText, id) : 1}: ${message}`;
}

/** Counts as "name n, name n" in a fixed order. */
function counts<T extends string>(
	list: T[],
	order: readonly T[],
	name: (k: T) => string = (k) => k
): string {
	return order
		.filter((k) => list.includes(k))
		.map((k) => `${name(k)} ${list.filter((x) => x === k).length}`)
		.join(', ');
}

/**
 * Facts and items checked step by step, so every problem is reported with its `file:line` rather than thrown
 * one file at a time: the bank by skill and type, items per fact, facts with no item and why, the share
 * above key-detail, repeated stems, template outputs left out, and the checks' violations.
 */
export function diagnose(
	files: ModuleFiles,
	seed: string,
	withStats?: { file: string; stats: ItemStats }
): { text: string; ok: boolean } {
	const lines: string[] = [];
	let facts: Fact[];
	let file;
	try {
		({ facts, ...file } = parseFactsFile(files.factsText, files.factsFile, {
			sections: files.ctx.sections,
			drafts: 'keep',
			...(files.ctx.articles
				? { articles: new Map([...files.ctx.articles].map(([k, v]) => [k, paragraphs(v).length])) }
				: {})
		}));
	} catch (e) {
		if (e instanceof ContentError) return { text: e.message, ok: false };
		throw e;
	}
	const dropped: string[] = [];
	const notes: string[] = [];
	let hand: Item[] = [];
	let handLines = new Map<string, number>();
	let ok = true;
	if (files.questionsText !== null) {
		try {
			({ items: hand, lines: handLines } = parseQuestionsWithLines(
				files.questionsText,
				files.questionsFile,
				{ facts, sections: files.ctx.sections }
			));
		} catch (e) {
			if (!(e instanceof ContentError)) throw e;
			lines.push(e.message);
			ok = false;
		}
	}
	const generated = generateItems(facts, {
		seed,
		corpus: [...(files.ctx.articles?.values() ?? [])].join('\n'),
		file,
		sections: files.ctx.gists ?? [],
		alongside: hand,
		onDrop: (item, reasons) =>
			dropped.push(
				at(
					files,
					item,
					undefined,
					handLines,
					`${item.id} left out: ${reasons.map((r) => `${r.rule}: ${r.message}`).join('; ')}`
				)
			),
		onNote: (factId, note) =>
			notes.push(at(files, undefined, factId, handLines, `fact \`${factId}\`: ${note}`))
	});
	const items = [...generated, ...hand];
	const slug = files.factsFile.split('/')[1];
	lines.push(
		`${slug}: ${facts.length} facts; ${items.length} items (${generated.length} generated, ${hand.length} hand-written)`,
		`by skill: ${counts(
			items.map((i) => i.skill),
			SKILLS,
			(k) => SKILL_NAMES[k]
		)}`,
		`above key-detail: ${(higherSkillShare(items) * 100).toFixed(0)}% (target 35% or more)${higherSkillShare(items) < 0.35 ? ' — too few: give numbers `shows`/`cannotShow`, positions `reason`, causes `alternatives`, sections a `gist`' : ''}`,
		`by type: ${counts(
			items.map((i) => i.type),
			ITEM_TYPES
		)}`
	);
	const perFact = new Map(facts.map((f) => [f.id, 0]));
	for (const i of items)
		if (i.template !== 'main-idea')
			for (const f of i.facts) perFact.set(f, (perFact.get(f) ?? 0) + 1);
	const spread = [...perFact.values()];
	const tally = (n: number) => spread.filter((c) => (n === 3 ? c >= 3 : c === n)).length;
	lines.push(
		`items per fact: none ${tally(0)}, one ${tally(1)}, two ${tally(2)}, three or more ${tally(3)} (mean ${(spread.reduce((a, b) => a + b, 0) / Math.max(spread.length, 1)).toFixed(1)})`
	);
	const untested = facts.filter((f) => (perFact.get(f.id) ?? 0) === 0);
	if (untested.length > 0) {
		lines.push(
			'facts with no item:',
			...untested.map(
				(f) =>
					`  ${at(files, undefined, f.id, handLines, `fact \`${f.id}\`: no template could use it and its statement failed the checks`)}`
			)
		);
	}
	lines.push(`why some facts have fewer forms (${notes.length}):`, ...notes.map((n) => `  ${n}`));
	const stems = new Map<string, Item[]>();
	for (const i of items) stems.set(i.stem, [...(stems.get(i.stem) ?? []), i]);
	const repeated = [...stems.values()].filter((list) => list.length > 1);
	lines.push(
		`the same stem twice (${repeated.length}):`,
		...repeated.map(
			(list) =>
				`  ${at(files, list[1], undefined, handLines, `${list.map((i) => i.id).join(', ')} share the stem “${list[0].stem}”`)}`
		)
	);
	const signatures = new Map<string, string>();
	for (const i of items) {
		const first = signatures.get(itemSignature(i));
		if (first)
			lines.push(
				`  ${at(files, i, undefined, handLines, `${i.id} repeats ${first} word for word (a build error)`)}`
			);
		else signatures.set(itemSignature(i), i.id);
	}
	lines.push(`template outputs left out (${dropped.length}):`, ...dropped.map((d) => `  ${d}`));
	// Drafts and placeholders: what the build refuses until the author has reviewed and written them.
	const drafts = facts.filter((f) => f.draft);
	lines.push(
		`draft facts the build refuses (${drafts.length}):`,
		...drafts.map(
			(f) =>
				`  ${files.factsFile}:${factLine(files.factsText, f.id)}: fact \`${f.id}\` (${f.type}) is a draft: review it, then delete \`draft: true\``
		),
		`placeholders the build refuses (${files.placeholders.length}):`,
		...files.placeholders.map((p) => `  ${p}`)
	);
	if (drafts.length > 0 || files.placeholders.length > 0) ok = false;
	const byId = new Map(items.map((i) => [i.id, i]));
	const violations = runChecks(items, facts);
	if (violations.length > 0) ok = false;
	lines.push(
		`violations (${violations.length}):`,
		...violations.map(
			(v) => `  ${at(files, byId.get(v.itemId), undefined, handLines, formatViolation(v))}`
		)
	);
	// A class's flags are for the author to judge, not errors: they do not change the exit status.
	if (withStats) {
		const { file, stats } = withStats;
		lines.push(
			`items a class flagged (${stats.items.length}), from ${file} (“${stats.title}”, ${stats.students} students):`,
			...stats.items.map((flagged) => {
				const note = `${flagged.id}: ${flagged.notes.join('; ')} (${statsLine(flagged, stats.students)})`;
				const item = byId.get(flagged.id);
				return `  ${item ? at(files, item, undefined, handLines, note) : `${note}; no longer in the bank`}`;
			})
		);
	}
	return { text: lines.join('\n'), ok };
}
