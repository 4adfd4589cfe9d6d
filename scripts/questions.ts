// Author tools for question banks: `npm run questions -- <list|review|suggest> <module> [--json] [--out file] [--seed s]`.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractHeadings, splitFrontMatter } from '../src/lib/content/markdown.ts';
import { buildBank, paragraphs, type Bank, type BankContext } from '../src/lib/questions/bank.ts';
import { formatViolation, runChecks } from '../src/lib/questions/checks.ts';
import { parseFacts } from '../src/lib/questions/facts.ts';
import type { Fact } from '../src/lib/questions/facts-types.ts';
import { generateItems } from '../src/lib/questions/generate.ts';
import { POOLS } from '../src/lib/questions/pools.ts';
import { PhraseIndex } from '../src/lib/questions/text.ts';
import { parseQuestionsWithLines } from '../src/lib/questions/hand.ts';
import { suggestFacts, suggestionsYaml } from '../src/lib/questions/suggest.ts';
import { importGift, itemsYaml } from '../src/lib/exchange/import-gift.ts';
import { isChoice, keyIds, QuestionsError, type Item } from '../src/lib/questions/types.ts';

// The source articles are not part of the repository (they are not ours to publish); they sit beside it.
const ARTICLES = join(process.cwd(), '..', 'shared', 'articles');

/** A module's files as the CLI reads them from the project root. */
interface ModuleFiles {
	factsFile: string;
	factsText: string;
	questionsFile: string;
	questionsText: string | null;
	ctx: BankContext;
	/** Lesson markdown bodies by section slug. */
	lessons: Map<string, string>;
}

function readModule(root: string, slug: string): ModuleFiles {
	const lessonDir = join(root, 'src/lessons', slug);
	if (!existsSync(lessonDir)) throw new Error(`no lesson folder src/lessons/${slug}`);
	const sections = new Map<string, string[]>();
	const lessons = new Map<string, string>();
	for (const name of readdirSync(lessonDir).sort()) {
		const m = /^\d+-(.+)\.md$/.exec(name);
		if (!m) continue;
		const { body } = splitFrontMatter(readFileSync(join(lessonDir, name), 'utf8'));
		sections.set(
			m[1],
			extractHeadings(body).map((h) => h.id)
		);
		lessons.set(m[1], body);
	}
	const factsFile = `questions/${slug}/facts.yaml`;
	const questionsFile = `questions/${slug}/questions.yaml`;
	const factsText = readFileSync(join(root, factsFile), 'utf8');
	const questionsText = existsSync(join(root, questionsFile))
		? readFileSync(join(root, questionsFile), 'utf8')
		: null;
	const articles = new Map<string, string>();
	for (const m of factsText.matchAll(/article:\s*['"]?([a-z0-9-]+)/g)) {
		const path = join(ARTICLES, `${m[1]}.txt`);
		if (!articles.has(m[1]) && existsSync(path)) articles.set(m[1], readFileSync(path, 'utf8'));
	}
	return {
		factsFile,
		factsText,
		questionsFile,
		questionsText,
		ctx: { sections, articles },
		lessons
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

function review(bank: Bank, files: ModuleFiles): string {
	const facts = new Map(bank.facts.map((f) => [f.id, f]));
	const out: string[] = [
		`# Review sheet: ${files.factsFile.split('/')[1]}`,
		'',
		`${bank.items.length} items. Check each answer against the quoted paragraph.`,
		''
	];
	const sections = [...files.ctx.sections.keys()];
	const order = (s: string) => (sections.indexOf(s) === -1 ? sections.length : sections.indexOf(s));
	const bySection = new Map<string, Item[]>();
	for (const item of bank.items)
		bySection.set(item.section, [...(bySection.get(item.section) ?? []), item]);
	for (const section of [...bySection.keys()].sort((a, b) => order(a) - order(b))) {
		out.push(`## Section: ${section}`, '');
		for (const item of bySection.get(section) ?? []) {
			out.push(
				`### ${item.id} (${item.type}, ${item.origin})`,
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
						`    > ${text ?? '(paragraph not found)'}`
					);
				} else {
					out.push('  - Background definition (not from the article).');
				}
			}
			out.push('');
		}
	}
	return out.join('\n');
}

/** Facts and items checked step by step, so problems are reported rather than thrown one file at a time. */
function diagnose(files: ModuleFiles, seed: string): string {
	const lines: string[] = [];
	let facts: Fact[];
	try {
		facts = parseFacts(files.factsText, files.factsFile, { sections: files.ctx.sections });
	} catch (e) {
		if (e instanceof QuestionsError) return e.message;
		throw e;
	}
	const dropped: string[] = [];
	let hand: Item[] = [];
	if (files.questionsText !== null) {
		try {
			hand = parseQuestionsWithLines(files.questionsText, files.questionsFile, {
				facts,
				sections: files.ctx.sections
			}).items;
		} catch (e) {
			if (e instanceof QuestionsError) lines.push(e.message);
			else throw e;
		}
	}
	const generated = generateItems(facts, {
		seed,
		alongside: hand,
		onDrop: (item, reasons) =>
			dropped.push(`  ${item.id}: ${reasons.map(formatViolation).join('; ') || 'bank-wide rule'}`)
	});
	// The site generates without the article text, so a pool name the article mentions would pass as "not named".
	const article = new PhraseIndex([...(files.ctx.articles?.values() ?? [])].join('\n'));
	for (const [category, entries] of Object.entries(POOLS)) {
		for (const e of entries) {
			for (const name of [e.name, ...(e.aliases ?? [])]) {
				if (article.has(name))
					lines.push(
						`warning: the article mentions pool ${category} \`${name}\`: add a fact naming it`
					);
			}
		}
	}
	const items = [...generated, ...hand];
	const count = (list: Item[]) => {
		const by: Record<string, number> = {};
		for (const i of list) by[i.type] = (by[i.type] ?? 0) + 1;
		return Object.entries(by)
			.map(([k, v]) => `${k} ${v}`)
			.join(', ');
	};
	lines.push(
		`${facts.length} facts; ${items.length} items (${generated.length} generated, ${hand.length} hand): ${count(items)}`,
		`template outputs left out (${dropped.length}):`,
		...dropped,
		'violations:',
		...runChecks(items, facts).map((v) => `  ${formatViolation(v)}`)
	);
	return lines.join('\n');
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
				'       npm run questions -- import-gift <file> <module> [--facts a,b] [--section s] [--dry-run]'
		);
		return 2;
	}
	if (command === 'import-gift') return importGiftCommand(slug, rest[0], value, flag('--dry-run'));
	const files = readModule(process.cwd(), slug);
	const seed = value('--seed') ?? 'briefing';
	const emit = (text: string) => {
		const out = value('--out');
		if (out) writeFileSync(out, text.endsWith('\n') ? text : `${text}\n`);
		else console.log(text);
	};
	if (command === 'doctor') {
		emit(diagnose(files, seed));
		return 0;
	}
	if (command === 'suggest') {
		const facts = parseFacts(files.factsText, files.factsFile, { sections: files.ctx.sections });
		emit(suggestionsYaml(suggestFacts(files.lessons, facts)));
		return 0;
	}
	// Built exactly as the site builds it (no article text), so the list is what learners get.
	const bank = buildBank(
		files.factsText,
		files.factsFile,
		files.questionsText,
		files.questionsFile,
		{ sections: files.ctx.sections, seed }
	);
	if (command === 'list') {
		if (flag('--json')) emit(listJson(bank));
		else emit(bank.items.map((i) => `${i.id}\t${i.type}\t${i.stem}`).join('\n'));
		return 0;
	}
	if (command === 'review') {
		emit(review(bank, files));
		return 0;
	}
	console.error(`unknown command \`${command}\` (list, review, suggest, doctor)`);
	return 2;
}

try {
	process.exitCode = main(process.argv.slice(2));
} catch (e) {
	if (e instanceof QuestionsError) {
		console.error(e.message);
		process.exitCode = 1;
	} else throw e;
}
