import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { draftsYaml } from './draft-yaml.ts';
import { draftFacts } from './draft.ts';
import { scoreDrafts, type DraftScore } from './draft-score.ts';
import type { Fact } from './facts-types.ts';
import { parseFactsFile } from './facts.ts';
import { corpusModules } from '../testing/corpus.ts';

/**
 * How far drafting gets an author: the drafts of every corpus article (fixtures/corpus), scored against their
 * hand-written facts (the rules are in draft-score.ts), held to the bar of recall 70% or more and precision
 * 60% or more. The first module's own figures are a content test (src/content.spec.ts).
 */
const articles = corpusModules().map((m) => ({
	slug: m.slug,
	article: m.article,
	facts: (parse(m.factsText) as { facts: Fact[] }).facts
}));

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
		expect(rows).toHaveLength(corpusModules().length);
		expect(corpusModules().length, 'the corpus articles').toBeGreaterThanOrEqual(5);
		for (const row of rows) expect(row).toMatch(/recall \d+% .* precision \d+% /);
	});

	it.each(results.map((r) => [r.slug, r] as const))(
		'holds the same bar on the corpus article %s',
		(_, { score }) => {
			expect(score.recalled / score.handFacts).toBeGreaterThanOrEqual(0.7);
			expect(score.usable / score.drafts).toBeGreaterThanOrEqual(0.6);
		}
	);

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
