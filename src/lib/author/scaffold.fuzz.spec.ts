import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../content/load.ts';
import { parseFactsFile } from '../questions/facts.ts';
import { FUZZ_TIMEOUT, fuzz, fuzzRuns, mutated, rawText, syntaxPiece } from '../testing/fuzz.ts';
import { authorPreview } from './preview.ts';
import { Refusal, articleText, planModule } from './scaffold.ts';

/** An article of our own, short so that thousands of mutations stay affordable. */
const ARTICLE = `Council approves river plan

The council of Northvale approved a £4.8 million plan on 12 March 2025 to reconnect the River Wendle with its floodplain, the flat land beside a river that floods. "Rivers heal fast," said Dr Rhian Pryce, the trust's director.

Over 40 volunteers, including farmers, anglers and students, have cleared about 14 kilometres of bank since January. Farmers say the plan floods their meadows because the weirs were removed.
`;

/** Pieces that matter to an article: quotation marks, figures, dates, names, list words. */
const articlePiece = fc.oneof(
	syntaxPiece,
	fc.constantFrom(
		'“',
		'”',
		'"',
		' said ',
		', including ',
		' because ',
		'12 December',
		'a few hundred million',
		' 350 to 600 ',
		'%',
		'£',
		' Dr ',
		' The ',
		'\n\n',
		'?',
		' Wide Field Camera 3 '
	),
	rawText(12)
);

/** planModule either refuses with a sentence or plans files the content loader and the facts schema accept. */
function plans(text: string): void {
	let plan;
	try {
		plan = planModule(text, 'fuzzed', {});
	} catch (e) {
		if (e instanceof Refusal) return;
		throw e;
	}
	const files = Object.fromEntries(plan.files);
	const index = buildIndex(files, { placeholders: 'allow' });
	const module = index.modules[0];
	parseFactsFile(files['questions/fuzzed/facts.yaml'], 'facts.yaml', {
		sections: new Map(module.sections.map((s) => [s.slug, s.headings.map((h) => h.id)])),
		drafts: 'keep'
	});
	const preview = authorPreview(files, 'fuzzed');
	expect(preview.problems).toEqual([]);
}

describe('npm run new on any input', () => {
	it(
		'reads any bytes as an article or refuses them with a sentence',
		() => {
			fuzz(
				'article bytes',
				fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
					try {
						expect(typeof articleText(bytes, 'a.txt')).toBe('string');
					} catch (e) {
						if (!(e instanceof Refusal)) throw e;
					}
				})
			);
		},
		FUZZ_TIMEOUT
	);

	it(
		'turns any mutated article into files the build reads, or refuses it with a sentence',
		() => {
			plans(ARTICLE);
			// Drafting reads a whole article per case: 100 cases in the normal run, FUZZ_RUNS under `npm run fuzz`.
			fuzz('article text', fc.property(mutated(ARTICLE, articlePiece, 6), plans), {
				numRuns: process.env.FUZZ_RUNS ? fuzzRuns() : 100
			});
		},
		FUZZ_TIMEOUT
	);
});
