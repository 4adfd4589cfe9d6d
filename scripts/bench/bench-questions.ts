// Times generation plus checks for a module and for a synthetic 1,000-fact set: `tsx scripts/bench/bench-questions.ts [module]`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractHeadings, splitFrontMatter } from '../../src/lib/content/markdown.ts';
import { buildBank } from '../../src/lib/questions/bank.ts';
import { runChecks } from '../../src/lib/questions/checks.ts';
import { generateItems } from '../../src/lib/questions/generate.ts';
import { randomFacts } from '../../src/lib/testing/facts.ts';
import { readContentFiles } from '../../src/lib/content/read-files.ts';
import { heavyProfile, storedChars } from '../../src/lib/testing/heavy-profile.ts';
import { ProgressStore } from '../../src/lib/progress/store.ts';
import { buildSite } from '../../src/lib/site.ts';

function time(label: string, runs: number, work: () => number): void {
	work();
	const start = performance.now();
	let items = 0;
	for (let i = 0; i < runs; i++) items = work();
	const ms = (performance.now() - start) / runs;
	console.log(
		`${label}: ${items} items, ${ms.toFixed(1)} ms per run (generation + checks, mean of ${runs})`
	);
}

const slug = process.argv[2] ?? 'organised-immigration-crime-summit';
const lessons = join('src/lessons', slug);
const factsFile = `questions/${slug}/facts.yaml`;
if (existsSync(lessons) && existsSync(factsFile)) {
	const sections = new Map<string, string[]>();
	for (const name of readdirSync(lessons)) {
		const m = /^\d+-(.+)\.md$/.exec(name);
		if (m)
			sections.set(
				m[1],
				extractHeadings(splitFrontMatter(readFileSync(join(lessons, name), 'utf8')).body).map(
					(h) => h.id
				)
			);
	}
	const questionsFile = `questions/${slug}/questions.yaml`;
	const factsText = readFileSync(factsFile, 'utf8');
	const questionsText = existsSync(questionsFile) ? readFileSync(questionsFile, 'utf8') : null;
	time(
		`module ${slug}`,
		20,
		() => buildBank(factsText, factsFile, questionsText, questionsFile, { sections }).items.length
	);
}

const facts = randomFacts(1000, 'bench');
time('synthetic 1,000 facts', 3, () => {
	const items = generateItems(facts, { seed: 'bench' });
	if (runChecks(items, facts).length > 0) throw new Error('the synthetic bank fails its checks');
	return items.length;
});

// Stored progress of a heavy learner: 1,000 finished attempts over 50 modules (the README's storage bound).
{
	const files = readContentFiles(process.cwd());
	const bank = buildSite(files).banks.get('organised-immigration-crime-summit')?.items ?? [];
	const storage = heavyProfile({ modules: 50, attempts: 1000, bank, start: Date.UTC(2026, 0, 5) });
	const runs = 5;
	new ProgressStore(storage);
	const start = performance.now();
	for (let i = 0; i < runs; i++) new ProgressStore(storage);
	const ms = (performance.now() - start) / runs;
	console.log(
		`progress of 1,000 attempts over 50 modules: ${storedChars(storage).toLocaleString('en')} characters stored, ${ms.toFixed(1)} ms to load (mean of ${runs})`
	);
}
