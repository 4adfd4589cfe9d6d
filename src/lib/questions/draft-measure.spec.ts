import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitFrontMatter } from '../content/markdown.ts';
import { lessonDefinitions } from './draft-lessons.ts';
import { draftsYaml } from './draft-yaml.ts';
import { draftFacts } from './draft.ts';
import { scoreDrafts, type DraftScore } from './draft-score.ts';
import type { Fact } from './facts-types.ts';
import { parseFactsFile } from './facts.ts';
import { corpusModules } from '../testing/corpus.ts';

/**
 * How far drafting gets an author: the drafts of the first module's article and of every corpus article,
 * scored against their hand-written facts (the rules are in draft-score.ts). The issue asks for recall of 70% or
 * more and precision of 60% or more on the first module; the corpus figures are printed and held to the same bar.
 */
const FIRST = 'organised-immigration-crime-summit';
const root = fileURLToPath(new URL('../../../', import.meta.url));

// The first module's article is not committed (.gitignore): read from the module when its author keeps it there,
// else from the shared articles beside the checkout; a clone with neither measures the corpus only.
const firstArticle = [
	`${root}questions/${FIRST}/article.txt`,
	`${root}../shared/articles/${FIRST}.txt`
].find((p) => existsSync(p));

const articles = [
	...(firstArticle
		? [
				{
					slug: FIRST,
					article: readFileSync(firstArticle, 'utf8'),
					facts: (
						parse(readFileSync(`${root}questions/${FIRST}/facts.yaml`, 'utf8')) as {
							facts: Fact[];
						}
					).facts
				}
			]
		: []),
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
		expect(rows).toHaveLength(corpusModules().length + (firstArticle ? 1 : 0));
		expect(corpusModules().length, 'the corpus articles').toBeGreaterThanOrEqual(5);
		for (const row of rows) expect(row).toMatch(/recall \d+% .* precision \d+% /);
	});

	it.skipIf(!firstArticle)(
		'meets the issue’s bar on the first module: recall 70% or more, precision 60% or more',
		() => {
			const { score } = results[0];
			expect(score.recalled / score.handFacts).toBeGreaterThanOrEqual(0.7);
			expect(score.usable / score.drafts).toBeGreaterThanOrEqual(0.6);
		}
	);

	it.each(results.filter((r) => r.slug !== FIRST).map((r) => [r.slug, r] as const))(
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
		const firstFacts = (
			parse(readFileSync(`${root}questions/${FIRST}/facts.yaml`, 'utf8')) as { facts: Fact[] }
		).facts;
		const hand = firstFacts.flatMap((f) =>
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
