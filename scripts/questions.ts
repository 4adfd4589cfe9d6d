// Author tools for question banks: `npm run questions -- <list|review|suggest|doctor> <module> [--json] [--out file] [--seed s] [--stats item-stats.json]`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIndex } from '../src/lib/content/load.ts';
import { placeholderProblems } from '../src/lib/content/placeholders.ts';
import { ContentError } from '../src/lib/content/problems.ts';
import { splitFrontMatter } from '../src/lib/content/markdown.ts';
import { readContentFiles } from '../src/lib/content/read-files.ts';
import {
	buildBank,
	factLine,
	paragraphs,
	type Bank,
	type BankContext
} from '../src/lib/questions/bank.ts';
import { itemSignature } from '../src/lib/questions/check-bank.ts';
import { formatViolation } from '../src/lib/questions/check-rules.ts';
import { runChecks } from '../src/lib/questions/checks.ts';
import { parseFactsFile } from '../src/lib/questions/facts.ts';
import type { Fact } from '../src/lib/questions/facts-types.ts';
import { generateItems } from '../src/lib/questions/generate.ts';
import { parseQuestionsWithLines } from '../src/lib/questions/hand.ts';
import { higherSkillShare, SKILL_NAMES } from '../src/lib/questions/skills.ts';
import { sectionAnchors, sectionGists } from '../src/lib/site.ts';
import { coveredParagraphs } from '../src/lib/author/scaffold.ts';
import type { LessonSection } from '../src/lib/questions/draft-lessons.ts';
import { draftsYaml } from '../src/lib/questions/draft-yaml.ts';
import { draftFacts } from '../src/lib/questions/draft.ts';
import { sameKey } from '../src/lib/questions/draft-score.ts';
import { importGift, itemsYaml } from '../src/lib/exchange/import-gift.ts';
import { isChoice, keyIds, QuestionsError, SKILLS, type Item } from '../src/lib/questions/types.ts';
import { parseItemStats, statsLine, type ItemStats } from '../src/lib/teach/item-stats.ts';

/** A problem the CLI reports as a sentence (and exit status 1) instead of a stack trace. */
class Refusal extends Error {}

/** A module's files as the CLI reads them from the project root. */
interface ModuleFiles {
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
function readModule(
	root: string,
	slug: string,
	needFacts = true,
	placeholders: 'refuse' | 'allow' = 'refuse'
): ModuleFiles {
	const files = readContentFiles(root);
	let index;
	try {
		index = buildIndex(files, { placeholders });
	} catch (e) {
		if (e instanceof ContentError)
			throw new QuestionsError(
				e.problems.map((p) => ({ file: p.file, line: p.line, message: p.message }))
			);
		throw e;
	}
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

function answerOf(item: Item): unknown {
	switch (item.type) {
		case 'numeric':
			return { value: item.answer, min: item.min, max: item.max, unit: item.unit };
		case 'blank':
			return item.accept;
		case 'ordering':
			return item.items.map((e) => e.text);
		case 'matching':
			return item.pairs.map((p) => ({ left: p.left, right: p.right }));
		default:
			return item.answer;
	}
}

function listJson(bank: Bank): string {
	return JSON.stringify(
		bank.items.map((i) => ({
			id: i.id,
			type: i.type,
			skill: i.skill,
			origin: i.origin,
			...(i.template ? { template: i.template } : {}),
			facts: i.facts,
			section: i.section,
			...(i.anchor ? { anchor: i.anchor } : {}),
			stem: i.stem,
			...(isChoice(i) ? { options: i.options.map((o) => ({ id: o.id, text: o.text })) } : {}),
			answer: answerOf(i)
		})),
		null,
		2
	);
}

function answerText(item: Item): string {
	if (isChoice(item)) {
		const keys = new Set(keyIds(item));
		return item.options
			.filter((o) => keys.has(o.id))
			.map((o) => o.text)
			.join('; ');
	}
	if (item.type === 'numeric')
		return item.min === item.max
			? `${item.answer} ${item.unit}`
			: `${item.answer} ${item.unit} (accepts ${item.min}–${item.max})`;
	if (item.type === 'blank') return item.accept.join(' / ');
	if (item.type === 'ordering') return item.items.map((e, i) => `${i + 1}. ${e.text}`).join('; ');
	return item.pairs.map((p) => `${p.left} → ${p.right}`).join('; ');
}

/**
 * An item-stats file from the gradebook, checked to be for this module; a bad or foreign file is a Refusal
 * (a sentence, exit 1). Undefined when `--stats` was not given.
 */
function readStats(rest: string[], slug: string): { file: string; stats: ItemStats } | undefined {
	const at = rest.indexOf('--stats');
	if (at === -1) return undefined;
	const file = rest[at + 1];
	if (!file || file.startsWith('--'))
		throw new Refusal(
			'--stats needs a file: the item-stats-<assignment>.json a teacher saved from the gradebook'
		);
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch {
		throw new Refusal(`${file} could not be read: there is no such file, or it cannot be opened`);
	}
	const parsed = parseItemStats(text, file);
	if (!parsed.ok) throw new Refusal(parsed.error);
	if (parsed.stats.module !== slug)
		throw new Refusal(
			`${file} holds a class's figures for the module \`${parsed.stats.module}\`, not \`${slug}\``
		);
	return { file, stats: parsed.stats };
}

/** The class's figures for one item, as review-sheet lines; none when the class did not flag it. */
function statsBlock(item: Item, stats: ItemStats | undefined): string[] {
	const flagged = stats?.items.find((i) => i.id === item.id);
	if (!stats || !flagged) return [];
	return [
		'',
		`**Class figures** (“${stats.title}”, ${stats.students} students): ${statsLine(flagged, stats.students)}`,
		'',
		`**Flagged by the class:** ${flagged.notes.join('; ')}`
	];
}

function review(
	bank: Bank,
	files: ModuleFiles,
	withStats?: { file: string; stats: ItemStats }
): string {
	const facts = new Map(bank.facts.map((f) => [f.id, f]));
	const stats = withStats?.stats;
	const out: string[] = [
		`# Review sheet: ${files.factsFile.split('/')[1]}`,
		'',
		`${bank.items.length} items. Check each answer against the quoted paragraph.`,
		''
	];
	if (withStats && stats) {
		const ids = new Set(bank.items.map((i) => i.id));
		const gone = stats.items.filter((i) => !ids.has(i.id)).map((i) => i.id);
		out.push(
			`Class figures from ${withStats.file} (“${stats.title}”, ${stats.students} students, saved ${stats.savedAt.slice(0, 10)}): ${stats.items.length} flagged item${stats.items.length === 1 ? '' : 's'}, shown under each as **Class figures**.${gone.length > 0 ? ` No longer in the bank: ${gone.join(', ')}.` : ''}`,
			''
		);
	}
	const sections = [...files.ctx.sections.keys()];
	const order = (s: string) => (sections.indexOf(s) === -1 ? sections.length : sections.indexOf(s));
	const bySection = new Map<string, Item[]>();
	for (const item of bank.items)
		bySection.set(item.section, [...(bySection.get(item.section) ?? []), item]);
	for (const section of [...bySection.keys()].sort((a, b) => order(a) - order(b))) {
		out.push(`## Section: ${section}`, '');
		for (const item of bySection.get(section) ?? []) {
			out.push(
				`### ${item.id} (${SKILL_NAMES[item.skill]}; ${item.type}, ${item.origin})`,
				'',
				`**Question:** ${item.stem}`,
				'',
				`**Answer:** ${answerText(item)}`
			);
			if (isChoice(item) && item.type !== 'truefalse') {
				const keys = new Set(keyIds(item));
				const distractors = item.options.filter((o) => !keys.has(o.id)).map((o) => o.text);
				out.push('', `**Distractors:** ${distractors.join('; ')}`);
			}
			out.push(...statsBlock(item, stats));
			out.push('', `**Explanation:** ${item.explanation}`, '', '**Facts:**', '');
			for (const id of item.facts) {
				const fact = facts.get(id);
				if (!fact) continue;
				out.push(`- \`${id}\` (${fact.type}): ${fact.statement}`);
				if (fact.source) {
					const text = paragraphs(files.ctx.articles?.get(fact.source.article) ?? '')[
						fact.source.paragraph - 1
					];
					out.push(
						`  - Source, ${fact.source.article} ¶${fact.source.paragraph}:`,
						`    > ${text ?? (files.articleFile ? '(paragraph not found)' : `(no ${files.questionsFile.replace('questions.yaml', 'article.txt')}: keep the article there to quote it here)`)}`
					);
				} else {
					out.push('  - Background (not from the article).');
				}
			}
			out.push('');
		}
	}
	return out.join('\n');
}

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
function diagnose(
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
		if (e instanceof QuestionsError) return { text: e.message, ok: false };
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
			if (!(e instanceof QuestionsError)) throw e;
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
			[
				'single',
				'multiple',
				'truefalse',
				'numeric',
				'blank',
				'ordering',
				'matching',
				'whosaid'
			] as const
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

/** Appends a GIFT file's questions to the module's questions.yaml; prints `file:line` for what it cannot take. */
function importGiftCommand(
	file: string,
	slug: string | undefined,
	value: (name: string) => string | undefined,
	dryRun: boolean
): number {
	if (!slug || slug.startsWith('--')) {
		console.error(
			'usage: npm run questions -- import-gift <file> <module> [--facts a,b] [--section s]'
		);
		return 2;
	}
	if (!existsSync(join(process.cwd(), 'src/lessons', slug))) {
		console.error(`no module \`${slug}\` (no folder src/lessons/${slug})`);
		return 2;
	}
	if (!existsSync(file)) {
		console.error(`${file}: no such file`);
		return 2;
	}
	const questionsFile = `questions/${slug}/questions.yaml`;
	const path = join(process.cwd(), questionsFile);
	const current = existsSync(path) ? readFileSync(path, 'utf8') : null;
	const existingIds = [...(current ?? '').matchAll(/^\s*-\s+id:\s*['"]?([^'"\s]+)/gm)].map(
		(m) => m[1]
	);
	const { items, problems } = importGift(readFileSync(file, 'utf8'), file, {
		facts: value('--facts')
			?.split(',')
			.map((f) => f.trim())
			.filter(Boolean),
		section: value('--section'),
		existingIds
	});
	for (const p of problems) console.error(`${p.file}:${p.line}: ${p.message}`);
	const yaml = itemsYaml(items, file);
	if (dryRun) console.log(yaml);
	else if (items.length > 0) {
		const head =
			current === null ? `questions:\n` : current.endsWith('\n') ? current : `${current}\n`;
		writeFileSync(path, `${head}${yaml}`);
	}
	console.error(
		`${items.length} question${items.length === 1 ? '' : 's'} ${dryRun ? 'would be added' : 'added'} to ${questionsFile}` +
			`, ${problems.length} left out.` +
			(items.some((i) => JSON.stringify(i).includes('TODO'))
				? ' Replace every TODO (facts, section, unit, explanation) before building.'
				: '')
	);
	return problems.length > 0 ? 1 : 0;
}

/**
 * Draft facts from the module's source article that its facts.yaml does not have yet (same type, paragraph and
 * key), as YAML to paste under `facts:`; each cites the section that covers its paragraph.
 */
function suggest(files: ModuleFiles, slug: string): string {
	const article = files.articleFile ? files.ctx.articles?.get(slug) : undefined;
	if (article === undefined)
		throw new Refusal(
			`questions/${slug}/article.txt does not exist: keep the module's source article there (plain text, paragraphs separated by blank lines), then run suggest again`
		);
	const { facts } = parseFactsFile(files.factsText, files.factsFile, {
		sections: files.ctx.sections,
		drafts: 'keep'
	});
	const counts = new Map<number, Map<string, number>>();
	for (const f of facts) {
		if (!f.source) continue;
		const bySection = counts.get(f.source.paragraph) ?? new Map<string, number>();
		bySection.set(f.section, (bySection.get(f.section) ?? 0) + 1);
		counts.set(f.source.paragraph, bySection);
	}
	const sectionOf = (p: number) =>
		[...(counts.get(p) ?? [])].sort((a, b) => b[1] - a[1])[0]?.[0] ??
		files.sections.find((s) => s.covers && p >= s.covers[0] && p <= s.covers[1])?.slug ??
		files.sections[0]?.slug ??
		'TODO-a-section';
	const drafts = draftFacts(article, {
		article: slug,
		sectionOf,
		lessons: files.sections,
		takenIds: facts.map((f) => f.id)
	});
	const fresh = drafts.filter(
		(d) =>
			!facts.some(
				(f) =>
					(d.paragraph === 0
						? f.type === 'definition' && f.background
						: f.source?.paragraph === d.paragraph &&
							(f.type === d.fact.type || (d.fact.type === 'entity' && f.type === 'set'))) &&
					sameKey(d, f, drafts, facts)
			)
	);
	console.error(
		`${fresh.length} draft fact${fresh.length === 1 ? '' : 's'} from questions/${slug}/article.txt that ${files.factsFile} does not have (${drafts.length - fresh.length} it has already).`
	);
	return draftsYaml(fresh, {
		header: [
			`Drafts for ${files.factsFile}, from questions/${slug}/article.txt: paste the ones you want under \`facts:\`,`,
			'then review each (rewrite its statement and every TODO, delete `draft: true`).'
		]
	});
}

function main(argv: string[]): number {
	const [command, slug, ...rest] = argv;
	const flag = (name: string) => rest.includes(name);
	const value = (name: string) => {
		const i = rest.indexOf(name);
		return i === -1 ? undefined : rest[i + 1];
	};
	if (!command || !slug) {
		console.error(
			'usage: npm run questions -- <list|review|suggest|doctor> <module> [--json] [--out file] [--seed s]\n' +
				'       npm run questions -- <review|doctor> <module> --stats item-stats-<assignment>.json\n' +
				'       npm run questions -- import-gift <file> <module> [--facts a,b] [--section s] [--dry-run]'
		);
		return 2;
	}
	if (command === 'import-gift') return importGiftCommand(slug, rest[0], value, flag('--dry-run'));
	const files = readModule(
		process.cwd(),
		slug,
		command !== 'suggest',
		command === 'suggest' || command === 'doctor' ? 'allow' : 'refuse'
	);
	const seed = value('--seed') ?? 'briefing';
	const emit = (text: string) => {
		const out = value('--out');
		if (out) writeFileSync(out, text.endsWith('\n') ? text : `${text}\n`);
		else console.log(text);
	};
	const stats = readStats(rest, slug);
	if (command === 'doctor') {
		const { text, ok } = diagnose(files, seed, stats);
		emit(text);
		return ok ? 0 : 1;
	}
	if (command === 'suggest') {
		emit(suggest(files, slug));
		return 0;
	}
	// Built exactly as the site builds it, so the list is what learners get.
	const bank = buildBank(
		files.factsText,
		files.factsFile,
		files.questionsText,
		files.questionsFile,
		{ ...files.ctx, seed }
	);
	if (command === 'list') {
		if (flag('--json')) emit(listJson(bank));
		else emit(bank.items.map((i) => `${i.id}\t${i.type}\t${i.stem}`).join('\n'));
		return 0;
	}
	if (command === 'review') {
		emit(review(bank, files, stats));
		return 0;
	}
	console.error(`unknown command \`${command}\` (list, review, suggest, doctor)`);
	return 2;
}

try {
	process.exitCode = main(process.argv.slice(2));
} catch (e) {
	if (e instanceof QuestionsError || e instanceof Refusal) {
		console.error(e.message);
		process.exitCode = 1;
	} else throw e;
}
