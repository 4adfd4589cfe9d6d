import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { buildBank, type Bank } from '../questions/bank.ts';
import type { SectionGist } from '../questions/generate.ts';
import type { Violation } from '../questions/check-rules.ts';
import type { Item } from '../questions/types.ts';

/** The corpus of other fields: one folder per fixture article (see questions/fixtures/corpus/README.md). */
export const CORPUS_DIR = join(
	dirname(fileURLToPath(import.meta.url)),
	'..',
	'questions',
	'fixtures',
	'corpus'
);

/** One fixture: its article, facts and sections, and the bank built from them. */
export interface CorpusModule {
	/** Folder name, used as the module slug and article name. */
	slug: string;
	/** The article's text. */
	article: string;
	/** Path of facts.yaml, for messages. */
	factsFile: string;
	/** facts.yaml text. */
	factsText: string;
	/** Sections with titles, gists and anchors. */
	sections: (SectionGist & { anchors: string[] })[];
}

/** Every fixture of the corpus, in folder order. */
export function corpusModules(dir = CORPUS_DIR): CorpusModule[] {
	return readdirSync(dir, { withFileTypes: true })
		.filter((d) => d.isDirectory())
		.map((d) => d.name)
		.sort()
		.map((slug) => {
			const folder = join(dir, slug);
			const sections = (
				parse(readFileSync(join(folder, 'sections.yaml'), 'utf8')) as {
					sections: (SectionGist & { anchors?: string[] })[];
				}
			).sections;
			return {
				slug,
				article: readFileSync(join(folder, 'article.txt'), 'utf8'),
				factsFile: `fixtures/corpus/${slug}/facts.yaml`,
				factsText: readFileSync(join(folder, 'facts.yaml'), 'utf8'),
				sections: sections.map((s) => ({ ...s, anchors: s.anchors ?? [] }))
			};
		});
}

/** The bank of a fixture as the site would build it (throws a ContentError when a check fails). */
export function corpusBank(
	m: CorpusModule,
	hooks: {
		onDrop?: (item: Item, reasons: Violation[]) => void;
		onNote?: (factId: string, note: string) => void;
	} = {}
): Bank {
	return buildBank(m.factsText, m.factsFile, null, `fixtures/corpus/${m.slug}/questions.yaml`, {
		sections: new Map(m.sections.map((s) => [s.slug, s.anchors])),
		gists: m.sections,
		articles: new Map([[m.slug, m.article]]),
		...hooks
	});
}
