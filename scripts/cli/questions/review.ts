/**
 * The `list` and `review` commands: a bank as JSON, and a review sheet of every item with its answer and,
 * with `--stats`, the class's figures.
 */
import { readFileSync } from 'node:fs';
import { paragraphs, type Bank } from '../../../src/lib/questions/bank.ts';
import { SKILL_NAMES } from '../../../src/lib/questions/skills.ts';
import { isChoice, keyIds, type Item } from '../../../src/lib/questions/types.ts';
import { parseItemStats, statsLine, type ItemStats } from '../../../src/lib/teach/item-stats.ts';
import { Refusal, type ModuleFiles } from './module.ts';

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

export function listJson(bank: Bank): string {
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
export function readStats(
	rest: string[],
	slug: string
): { file: string; stats: ItemStats } | undefined {
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

export function review(
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
