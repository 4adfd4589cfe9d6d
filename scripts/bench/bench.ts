// `npm run bench`: measures the site and writes reports/bench.json and reports/bench.md.
//   npm run bench                     all sections; builds of 1, 10, 100 and 1,000 modules (about 15 min)
//   npm run bench -- --quick          the same without the 1,000-module build (about 3 min)
//   BENCH_SIZES=1,10 npm run bench    chooses the build sizes
//   npm run bench -- --only=weights,lighthouse   some sections (weights, builds, questions, lighthouse, interaction);
//                                     the others are kept from the last report, with their date
//   npm run bench -- --rebuild        rebuilds build/ first (otherwise only when it is missing)
// The built site is served on BENCH_PORT (else E2E_PORT, else 4180) while the browser sections run.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { MODULE, PAGE_TYPES } from '../../tests/helpers.ts';
import { timeBuild } from './build-scale.ts';
import { measureInteraction } from './interaction.ts';
import { runLighthouse } from './lighthouse.ts';
import { benchQuestions } from './questions.ts';
import { toMarkdown, type BenchReport } from './report.ts';
import { pageWeights } from './weights.ts';

const SECTIONS = ['weights', 'builds', 'questions', 'lighthouse', 'interaction'] as const;
type Section = (typeof SECTIONS)[number];

const args = process.argv.slice(2);
const only = args
	.find((a) => a.startsWith('--only='))
	?.slice('--only='.length)
	.split(',');
const unknown = only?.filter((s) => !(SECTIONS as readonly string[]).includes(s)) ?? [];
if (unknown.length > 0) {
	console.error(`Unknown section ${unknown.join(', ')}: choose from ${SECTIONS.join(', ')}.`);
	process.exit(2);
}
const wanted = (s: Section) => !only || only.includes(s);
const sizes = (process.env.BENCH_SIZES ?? (args.includes('--quick') ? '1,10,100' : '1,10,100,1000'))
	.split(',')
	.map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
	console.error(
		`BENCH_SIZES must be whole numbers of modules, like 1,10,100 (got ${process.env.BENCH_SIZES}).`
	);
	process.exit(2);
}
const port = Number(process.env.BENCH_PORT ?? process.env.E2E_PORT ?? 4180);
const origin = `http://localhost:${port}`;
const QUIZ = `/modules/${MODULE}/quiz`;

function log(message: string) {
	console.log(`[bench] ${message}`);
}

async function serve(): Promise<ChildProcess> {
	const server = spawn(process.execPath, ['scripts/dev/serve.js', 'build', String(port)], {
		stdio: 'ignore'
	});
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`${origin}/`)).ok) return server;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	server.kill();
	throw new Error(`the site server did not start on port ${port}`);
}

async function section<T>(name: string, report: BenchReport, work: () => Promise<T>) {
	const start = performance.now();
	log(`${name}…`);
	try {
		return await work();
	} catch (error) {
		const message = `${name}: ${error instanceof Error ? error.message : String(error)}`;
		report.errors.push(message);
		console.error(`[bench] ${message}`);
		return undefined;
	} finally {
		log(`${name} took ${((performance.now() - start) / 1000).toFixed(1)} s`);
	}
}

const report: BenchReport = {
	date: new Date().toISOString(),
	machine: {
		node: process.version,
		cpus: cpus().length,
		cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
		loadAverage: loadavg()
	},
	sizesRun: wanted('builds') ? sizes : [],
	errors: []
};

if (
	args.includes('--rebuild') ||
	!existsSync('build/index.html') ||
	!existsSync('static/_islands')
) {
	log('building the site (npm run build)…');
	const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
	if (built.status !== 0) {
		console.error('[bench] the build failed; nothing measured.');
		process.exit(1);
	}
}

if (wanted('weights'))
	report.weights = await section('page weights', report, async () =>
		pageWeights('build', { ...PAGE_TYPES, quiz: QUIZ })
	);

if (wanted('questions'))
	report.questions = await section('question generation', report, benchQuestions);

if (wanted('lighthouse') || wanted('interaction')) {
	const server = await serve();
	try {
		if (wanted('lighthouse')) {
			const pages = { home: PAGE_TYPES.home, lesson: PAGE_TYPES.lesson, quiz: QUIZ };
			report.lighthouse = [];
			for (const [page, path] of Object.entries(pages)) {
				const result = await section(`Lighthouse ${page}`, report, () =>
					runLighthouse(`${origin}${path}`)
				);
				report.lighthouse.push(result ? { page, result } : { page, error: 'failed' });
			}
		}
		if (wanted('interaction'))
			report.interaction = await section('quiz interaction', report, () =>
				measureInteraction(`${origin}${QUIZ}`, 5)
			);
	} finally {
		server.kill();
	}
}

// Last: the slowest section, and the one that loads the machine most.
if (wanted('builds')) {
	report.builds = [];
	for (const n of sizes) {
		const timing = await section(`build with ${n} modules`, report, () =>
			// The rebuild after one edit is measured where it matters: 100 modules and more.
			timeBuild('.', MODULE, n, n >= 100)
		);
		if (timing) report.builds.push(timing);
	}
}

// With --only, the sections not run this time are kept from the last report, marked with its date.
if (only && existsSync('reports/bench.json')) {
	const last = JSON.parse(readFileSync('reports/bench.json', 'utf8')) as BenchReport;
	for (const s of SECTIONS) {
		if (wanted(s) || last[s] === undefined) continue;
		Object.assign(report, { [s]: last[s] });
		report.kept = { ...report.kept, [s]: last.kept?.[s] ?? last.date };
		if (s === 'builds') report.sizesRun = last.sizesRun;
	}
}

mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench.json', `${JSON.stringify(report, null, '\t')}\n`);
const markdown = toMarkdown(report);
writeFileSync('reports/bench.md', markdown);
console.log(`\n${markdown}`);
log('wrote reports/bench.json and reports/bench.md');
if (report.errors.length > 0) process.exitCode = 1;
