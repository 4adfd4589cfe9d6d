import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitFrontMatter } from '../content/markdown.ts';
import { draftFacts, draftsYaml, lessonDefinitions } from './draft.ts';
import { scoreDrafts, type DraftScore } from './draft-score.ts';
import type { Fact } from './facts-types.ts';
import { parseFactsFile } from './facts.ts';
import { corpusModules } from './test-corpus.ts';

/**
 * How far drafting gets an author: the drafts of the first module's article and of every corpus article,
 * scored against their hand-written facts (the rules are in draft-score.ts). The issue asks for recall of 70% or
 * more and precision of 60% or more on the first module; the corpus figures are printed and held to the same bar.
 */
const FIRST = 'organised-immigration-crime-summit';
const root = fileURLToPath(new URL('../../../', import.meta.url));

const articles = [
	{
		slug: FIRST,
		article: readFileSync(`${root}questions/${FIRST}/article.txt`, 'utf8'),
		facts: (
			parse(readFileSync(`${root}questions/${FIRST}/facts.yaml`, 'utf8')) as { facts: Fact[] }
		).facts
	},
	...corpusModules().map((m) => ({
		slug: m.slug,
		article: m.article,
		facts: (parse(m.factsText) as { facts: Fact[] }).facts
	}))
];

const pct = (n: number, d: number) => `${Math.round((100 * n) / d)}%`;

const results: { slug: string; score: DraftScore; yaml: string }[] = articles.map((a) => {
	const drafts = draftFacts(a.article, { article: a.slug, sectionOf: () => 'lesson' });
	return { slug: a.slug, score: scoreDrafts(drafts, a.facts), yaml: draftsYaml(drafts) };
});

describe('drafting measured against hand-written facts', () => {
	it('prints recall and precision for each article', () => {
		const rows = results.map(({ slug, score: s }) =>
			[
				slug.padEnd(36),
				`recall ${pct(s.recalled, s.handFacts)} (${s.recalled}/${s.handFacts})`.padEnd(20),
				`strict ${pct(s.recalledStrict, s.handFacts)}`.padEnd(12),
				`precision ${pct(s.usable, s.drafts)} (${s.usable}/${s.drafts})`.padEnd(24),
				`kinds ${s.kindRight}/${s.kindChecked}`
			].join(' ')
		);
		console.log(`\nDrafts against hand-written facts:\n${rows.join('\n')}\n`);
		expect(rows).toHaveLength(articles.length);
		expect(articles.length, 'the first module and the corpus articles').toBeGreaterThanOrEqual(6);
		for (const row of rows) expect(row).toMatch(/recall \d+% .* precision \d+% /);
	});

	it('meets the issue’s bar on the first module: recall 70% or more, precision 60% or more', () => {
		const { score } = results[0];
		expect(score.recalled / score.handFacts).toBeGreaterThanOrEqual(0.7);
		expect(score.usable / score.drafts).toBeGreaterThanOrEqual(0.6);
	});

	it.each(results.slice(1).map((r) => [r.slug, r] as const))(
		'holds the same bar on the corpus article %s',
		(_, { score }) => {
			expect(score.recalled / score.handFacts).toBeGreaterThanOrEqual(0.7);
			expect(score.usable / score.drafts).toBeGreaterThanOrEqual(0.6);
		}
	);

	it('reads the first module’s key-terms headings as the background definitions its author wrote', () => {
		const dir = `${root}src/lessons/${FIRST}/`;
		const lessons = readdirSync(dir)
			.filter((f) => /^\d+-.+\.md$/.test(f))
			.map((f) => {
				const split = splitFrontMatter(readFileSync(dir + f, 'utf8'));
				return {
					slug: f.replace(/^\d+-|\.md$/g, ''),
					title: /^title:\s*(.*)$/m.exec(split.yaml ?? '')?.[1] ?? '',
					body: split.body
				};
			});
		const terms = lessonDefinitions(lessons).map((d) => d.term);
		const hand = articles[0].facts.flatMap((f) =>
			f.type === 'definition' && f.background && f.section === 'key-terms' ? [f.term] : []
		);
		console.log(
			`\nKey-terms headings as definitions: ${terms.filter((t) => hand.includes(t)).length} of ${terms.length} match the ${hand.length} written by hand\n`
		);
		expect(terms.sort()).toEqual(hand.sort());
	});

	it.each(results.map((r) => [r.slug, r] as const))(
		'writes drafts of %s that the facts schema accepts',
		(_, { yaml }) => {
			const file = parseFactsFile(yaml, 'facts.yaml', {
				sections: new Map([['lesson', []]]),
				drafts: 'keep'
			});
			expect(file.facts.length).toBeGreaterThan(20);
			expect(file.facts.every((f) => f.draft)).toBe(true);
		}
	);
});
