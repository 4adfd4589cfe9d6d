// Lighthouse (the pinned 12.8.2, its default mobile settings: emulated phone, simulated slow 4G and CPU) on
// a page of the built site, in the same Chromium the tests use.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { CHROMIUM_ARGS, chromiumPath } from '../dev/chromium.ts';

const run = promisify(execFile);

export interface LighthouseResult {
	url: string;
	version: string;
	formFactor: string;
	scores: Record<string, number>;
	/** Milliseconds. */
	lcp: number;
	/** Milliseconds. */
	tbt: number;
	cls: number;
	/** Audits that lost points, for the report to name. */
	failing: string[];
}

interface LhAudit {
	id: string;
	title: string;
	score: number | null;
	scoreDisplayMode: string;
	numericValue?: number;
}
interface LhReport {
	lighthouseVersion: string;
	configSettings: { formFactor: string };
	categories: Record<string, { title: string; score: number | null; auditRefs: { id: string }[] }>;
	audits: Record<string, LhAudit>;
	runtimeError?: { message: string };
}

export async function runLighthouse(url: string): Promise<LighthouseResult> {
	const flags = ['--headless=new', ...CHROMIUM_ARGS].join(' ');
	const { stdout } = await run(
		process.execPath,
		[
			'node_modules/lighthouse/cli/index.js',
			url,
			'--output=json',
			'--output-path=stdout',
			'--quiet',
			`--chrome-flags=${flags}`
		],
		{
			maxBuffer: 256 * 1024 * 1024,
			env: { ...process.env, ...(chromiumPath() ? { CHROME_PATH: chromiumPath() } : {}) }
		}
	);
	const report = JSON.parse(stdout) as LhReport;
	if (report.runtimeError) throw new Error(`Lighthouse on ${url}: ${report.runtimeError.message}`);
	const scores = Object.fromEntries(
		Object.entries(report.categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)])
	);
	const failing = Object.entries(report.categories).flatMap(([id, c]) =>
		c.auditRefs
			.map((ref) => report.audits[ref.id])
			.filter(
				(a) =>
					a &&
					a.score !== null &&
					a.score < 1 &&
					['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode)
			)
			.map((a) => `${id}: ${a.title} (${Math.round((a.score ?? 0) * 100)})`)
	);
	const metric = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
	return {
		url,
		version: report.lighthouseVersion,
		formFactor: report.configSettings.formFactor,
		scores,
		lcp: metric('largest-contentful-paint'),
		tbt: metric('total-blocking-time'),
		cls: metric('cumulative-layout-shift'),
		failing
	};
}
