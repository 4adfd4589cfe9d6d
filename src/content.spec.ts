import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildIndex } from './lib/content/load.ts';
import { splitFrontMatter } from './lib/content/markdown.ts';
import { readContentFiles } from './lib/content/read-files.ts';
import { readability } from './lib/content/readability.ts';
import { attemptCount } from './lib/progress/queries.ts';
import { ProgressStore } from './lib/progress/store.ts';
import { itemSignature } from './lib/questions/check-bank.ts';
import { lessonDefinitions } from './lib/questions/draft-lessons.ts';
import { scoreDrafts } from './lib/questions/draft-score.ts';
import { draftsYaml } from './lib/questions/draft-yaml.ts';
import { draftFacts } from './lib/questions/draft.ts';
import type { Fact } from './lib/questions/facts-types.ts';
import { parseFactsFile } from './lib/questions/facts.ts';
import { higherSkillShare } from './lib/questions/skills.ts';
import { isChoice, SKILLS, type Item } from './lib/questions/types.ts';
import { buildSite } from './lib/site.ts';
import { heavyProfile, storedChars } from './lib/testing/heavy-profile.ts';

/**
 * Tests of the site's own content: the live modules under src/lessons and questions/. Rewriting a lesson or a
 * facts file may fail these, and only these; the unit tests in src/lib run on fixtures made for them.
 */

const MODULE = 'organised-immigration-crime-summit';
const files = readContentFiles(process.cwd());
const module = buildIndex(files).modules.find((m) => m.slug === MODULE);
const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);

describe('the first module as the site builds it', () => {
	const bank = buildSite(files).banks.get(MODULE);

	it('asks 35% or more above key-detail, mostly generated, in every skill and at least seven types', () => {
		const items = bank?.items ?? [];
		expect(higherSkillShare(items)).toBeGreaterThanOrEqual(0.35);
		const higher = items.filter((i) => i.skill !== 'key-detail');
		expect(higher.filter((i) => i.origin === 'generated').length / higher.length).toBeGreaterThan(
			0.75
		);
		expect(new Set(items.map((i) => i.skill))).toEqual(new Set(SKILLS));
		expect(new Set(items.map((i) => i.type)).size).toBeGreaterThanOrEqual(7);
		expect(items.filter((i) => i.origin === 'hand').length).toBeGreaterThanOrEqual(10);
		// Quality over count: roughly one to one and a half key-detail items per fact, not three.
		const keyDetail = items.filter((i) => i.skill === 'key-detail' && i.origin === 'generated');
		expect(keyDetail.length / (bank?.facts.length ?? 1)).toBeLessThanOrEqual(1.5);
	});

	it('asks no question twice and no fact three ways', () => {
		const items = bank?.items ?? [];
		const signatures = items.map(itemSignature);
		expect(new Set(signatures).size).toBe(signatures.length);
		const perFact = new Map<string, number>();
		for (const i of items)
			if (i.origin === 'generated' && i.facts.length === 1)
				perFact.set(i.facts[0], (perFact.get(i.facts[0]) ?? 0) + 1);
		for (const [fact, n] of perFact) expect(n, fact).toBeLessThanOrEqual(2);
	});

	it('holds none of the wrong or arguable keys the review found', () => {
		const items = bank?.items ?? [];
		const text = (i: Item) =>
			[i.stem, ...(isChoice(i) ? i.options.map((o) => o.text) : [])].join(' | ');
		// No true/false puts a view or words in another side's mouth, nor keys "False" for a definition that is true.
		for (const i of items) {
			if (i.origin !== 'generated' || i.type !== 'truefalse') continue;
			expect(
				i.answer === 'false' && i.template !== 'before-tf' && i.template !== 'conclusion-tf',
				i.id
			).toBe(false);
		}
		// Interpol's definition is its own: worldwide, about 196 members, so it fits neither Europol nor Afripol.
		const interpol = bank?.facts.find((f) => f.id === 'term-interpol');
		expect(interpol?.type === 'definition' && interpol.meaning).toMatch(/worldwide.*196/);
		// "Hardline" is the article's word, not the critics'; no "too" is invented.
		for (const i of items) expect(text(i), i.id).not.toMatch(/too hardline/);
		// The record quarter and the summit are never set in order: the article does not date the summit.
		for (const i of items.filter((x) => x.skill === 'sequence' && x.origin === 'generated')) {
			expect(
				i.facts.includes('record-crossings-event') && i.facts.includes('summit-held-2025'),
				i.id
			).toBe(false);
		}
		// The article's own phrase is a right answer.
		const transit = items.filter((i) => i.type === 'blank' && i.accept.includes('transit country'));
		for (const i of transit) if (i.type === 'blank') expect(i.accept).toContain('transit nation');
		// Figure options carry no qualifier (which made them nest) and always a unit.
		for (const i of items) {
			if (i.template !== 'figure' || !isChoice(i)) continue;
			for (const o of i.options)
				expect(o.text, i.id).toMatch(/^\d[\d,.]*( million| billion)? [a-z]/);
		}
	});

	it('has at least 40 facts, at least four from each of the six paragraphs', () => {
		const facts = bank?.facts ?? [];
		expect(facts.length).toBeGreaterThanOrEqual(40);
		for (let paragraph = 1; paragraph <= 6; paragraph++) {
			expect(facts.filter((f) => f.source?.paragraph === paragraph).length).toBeGreaterThanOrEqual(
				4
			);
		}
	});
});

describe('the first module’s easier level', () => {
	const sections = module?.sections ?? [];

	it('covers every section', () => {
		expect(sections.length).toBeGreaterThan(0);
		expect(sections.filter((s) => !s.easier).map((s) => s.slug)).toEqual([]);
	});

	it.each(sections.map((s) => [s.slug, s] as const))(
		'%s reads at Flesch–Kincaid grade 6 or below, easier than its standard text',
		(_, section) => {
			const easier = readability(
				section.easier?.counts ?? { words: 0, sentences: 0, syllables: 0 }
			);
			const standard = readability(section.counts);
			expect(easier.words).toBeGreaterThan(200);
			expect(easier.grade).toBeLessThanOrEqual(6);
			expect(easier.grade).toBeLessThan(standard.grade);
		}
	);
});

describe('the storage bound', () => {
	it('1,000 attempts over 50 modules fit in 3,000,000 characters, and load back whole', () => {
		const bank = buildSite(files).banks.get(MODULE)?.items ?? [];
		const storage = heavyProfile({ modules: 50, attempts: 1000, bank, start: T0 });
		expect(storedChars(storage)).toBeLessThanOrEqual(3_000_000);
		const store = new ProgressStore(storage, { now: () => T0 });
		expect(store.notices).toEqual([]);
		const modules = Object.keys(store.data.modules);
		expect(modules).toHaveLength(50);
		expect(modules.reduce((n, slug) => n + attemptCount(store.data, slug), 0)).toBe(1000);
	}, 120_000);
});

// The first module's article is not committed (.gitignore): read from the module when its author keeps it there,
// else from the shared articles beside the checkout; a clone with neither skips the measures that need it.
const firstArticle = [`questions/${MODULE}/article.txt`, `../shared/articles/${MODULE}.txt`].find(
	(p) => existsSync(p)
);
const firstFacts = (
	parse(readFileSync(`questions/${MODULE}/facts.yaml`, 'utf8')) as { facts: Fact[] }
).facts;
const firstDrafts = firstArticle
	? draftFacts(readFileSync(firstArticle, 'utf8'), { article: MODULE, sectionOf: () => 'lesson' })
	: [];
const pct = (n: number, d: number) => `${Math.round((100 * n) / d)}%`;

describe('drafting the first module, measured against its hand-written facts', () => {
	it.skipIf(!firstArticle)(
		'meets the issue’s bar on the first module: recall 70% or more, precision 60% or more',
		() => {
			const score = scoreDrafts(firstDrafts, firstFacts);
			console.log(
				`\nDrafts of ${MODULE}: recall ${pct(score.recalled, score.handFacts)} (${score.recalled}/${score.handFacts}), strict ${pct(score.recalledStrict, score.handFacts)}, precision ${pct(score.usable, score.drafts)} (${score.usable}/${score.drafts}), kinds ${score.kindRight}/${score.kindChecked}\n`
			);
			expect(score.recalled / score.handFacts).toBeGreaterThanOrEqual(0.7);
			expect(score.usable / score.drafts).toBeGreaterThanOrEqual(0.6);
		}
	);

	it('reads the first module’s key-terms headings as the background definitions its author wrote', () => {
		const dir = `src/lessons/${MODULE}/`;
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
		const hand = firstFacts.flatMap((f) =>
			f.type === 'definition' && f.background && f.section === 'key-terms' ? [f.term] : []
		);
		console.log(
			`\nKey-terms headings as definitions: ${terms.filter((t) => hand.includes(t)).length} of ${terms.length} match the ${hand.length} written by hand\n`
		);
		expect(terms.sort()).toEqual(hand.sort());
	});

	it.skipIf(!firstArticle)(`writes drafts of ${MODULE} that the facts schema accepts`, () => {
		const file = parseFactsFile(draftsYaml(firstDrafts), 'facts.yaml', {
			sections: new Map([['lesson', []]]),
			drafts: 'keep'
		});
		expect(file.facts.length).toBeGreaterThan(20);
		expect(file.facts.every((f) => f.draft)).toBe(true);
	});
});
