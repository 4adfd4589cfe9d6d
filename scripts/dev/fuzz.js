// `npm run fuzz`: runs every *.fuzz.spec.ts with FUZZ_RUNS cases per input (10,000 unless set) and prints
// one line per input: cases run and failures. Exits non-zero when any input failed or any test errored.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const runs = process.env.FUZZ_RUNS ?? '10000';
// One file per run, so a stray worker of an interrupted earlier run cannot add lines to this table.
const report = `reports/fuzz-${process.pid}.jsonl`;
mkdirSync('reports', { recursive: true });
rmSync(report, { force: true });

const vitest = spawnSync(
	process.execPath,
	[
		'node_modules/vitest/vitest.mjs',
		'run',
		'.fuzz.spec.ts',
		'--testTimeout=7200000',
		'--reporter=dot',
		'--outputFile.json=reports/vitest-fuzz.json'
	],
	{ stdio: 'inherit', env: { ...process.env, FUZZ_RUNS: runs, FUZZ_REPORT: report } }
);

let records = [];
process.on('exit', () => rmSync(report, { force: true }));
try {
	records = readFileSync(report, 'utf8')
		.split('\n')
		.filter(Boolean)
		.map((line) => JSON.parse(line));
} catch {
	// No report means no fuzz test ran; said below.
}

const width = Math.max(5, ...records.map((r) => r.input.length));
console.log(`\n${'input'.padEnd(width)}  ${'cases'.padStart(7)}  failures`);
for (const r of records) {
	console.log(`${r.input.padEnd(width)}  ${String(r.cases).padStart(7)}  ${r.failures}`);
}
const failures = records.reduce((n, r) => n + r.failures, 0);
const cases = records.reduce((n, r) => n + r.cases, 0);
console.log(`\n${records.length} inputs, ${cases} cases, ${failures} failures (FUZZ_RUNS=${runs})`);
if (records.length === 0) console.log('No fuzz test reported: nothing was fuzzed.');
process.exit(vitest.status === 0 && failures === 0 && records.length > 0 ? 0 : 1);
