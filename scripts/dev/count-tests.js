// Prints one plain line summing every test runner's results: `tests: N passed, N failed`.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;

if (existsSync('reports/vitest.json')) {
	const report = JSON.parse(readFileSync('reports/vitest.json', 'utf8'));
	passed += report.numPassedTests ?? 0;
	failed += report.numFailedTests ?? 0;
}
if (existsSync('reports/playwright.json')) {
	const { stats } = JSON.parse(readFileSync('reports/playwright.json', 'utf8'));
	passed += (stats?.expected ?? 0) + (stats?.flaky ?? 0);
	failed += stats?.unexpected ?? 0;
}
if (process.exitCode === undefined && passed + failed === 0) {
	console.log('no test ran');
}
console.log(`tests: ${passed} passed, ${failed} failed`);
