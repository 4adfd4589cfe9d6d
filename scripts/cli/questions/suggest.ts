/**
 * The `suggest` command: draft facts from a module's article that its facts.yaml does not have yet.
 */
import { parseFactsFile } from '../../../src/lib/questions/facts.ts';
import { draftsYaml } from '../../../src/lib/questions/draft-yaml.ts';
import { draftFacts } from '../../../src/lib/questions/draft.ts';
import { sameKey } from '../../../src/lib/questions/draft-score.ts';
import { Refusal, type ModuleFiles } from './module.ts';

/**
 * Draft facts from the module's source article that its facts.yaml does not have yet (same type, paragraph and
 * key), as YAML to paste under `facts:`; each cites the section that covers its paragraph.
 */
export function suggest(files: ModuleFiles, slug: string): string {
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
