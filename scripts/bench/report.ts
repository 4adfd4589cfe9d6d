// The markdown form of the benchmark report: figures next to the targets they are measured against.
import type { BuildTiming } from './build-scale.ts';
import type { InteractionResult } from './interaction.ts';
import type { LighthouseResult } from './lighthouse.ts';
import type { QuestionsResult } from './questions.ts';
import type { PageWeight } from './weights.ts';

export interface BenchReport {
	date: string;
	machine: { node: string; cpus: number; cpuModel: string; loadAverage: number[] };
	sizesRun: number[];
	weights?: PageWeight[];
	builds?: BuildTiming[];
	questions?: QuestionsResult;
	lighthouse?: { page: string; result?: LighthouseResult; error?: string }[];
	interaction?: InteractionResult;
	/** Sections carried over from an earlier run (`--only`), with that run's date. */
	kept?: Partial<Record<'weights' | 'builds' | 'questions' | 'lighthouse' | 'interaction', string>>;
	errors: string[];
}

export const TARGETS = {
	lighthouse: 'Lighthouse 100 in all four categories on every measured page',
	firstAnswer: 'first answer clickable at first paint',
	feedback: 'feedback within one frame',
	build: '1,000 modules built in under 90 s, cost linear in modules',
	build100: '100 modules built in 20 s or less',
	rebuild: 'after editing one module of 1,000, the build in 20 s or less',
	catalogue: 'home, tag and progress pages under 60 KB gzipped at 1,000 modules'
};

/** 60 KB: the most a page that lists the catalogue may weigh, gzipped, at 1,000 modules. */
export const CATALOGUE_BUDGET = 60 * 1024;

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ms = (n: number) => (Number.isFinite(n) ? `${Math.round(n)} ms` : 'n/a');
const met = (ok: boolean) => (ok ? 'met' : 'not met');

function table(head: string[], rows: (string | number)[][]): string {
	return [
		`| ${head.join(' | ')} |`,
		`|${head.map(() => '---').join('|')}|`,
		...rows.map((r) => `| ${r.join(' | ')} |`)
	].join('\n');
}

export function weightsTable(weights: PageWeight[]): string {
	return table(
		[
			'page',
			'HTML KB (gzip)',
			'JS files',
			'JS KB (gzip)',
			'CSS files',
			'CSS KB (gzip)',
			'total KB (gzip)'
		],
		weights.map((w) => [
			`${w.name} \`${w.path}\``,
			`${kb(w.html.raw)} (${kb(w.html.gzip)})`,
			w.js.files.length,
			`${kb(w.js.raw)} (${kb(w.js.gzip)})`,
			w.css.files.length,
			`${kb(w.css.raw)} (${kb(w.css.gzip)})`,
			`${kb(w.total.raw)} (${kb(w.total.gzip)})`
		])
	);
}

export function buildsTable(builds: BuildTiming[]): string {
	return table(
		[
			'modules',
			'pages',
			'build s',
			's per module',
			'marginal s per added module',
			'rebuild after one edit s',
			'home / tag / progress KB (gzip)',
			'search index KB'
		],
		builds.map((b, i) => {
			const prev = builds[i - 1];
			const marginal = prev ? (b.seconds - prev.seconds) / (b.modules - prev.modules) : Number.NaN;
			return [
				b.modules,
				b.pages,
				b.seconds.toFixed(1),
				b.secondsPerModule.toFixed(3),
				Number.isFinite(marginal) ? marginal.toFixed(3) : '–',
				b.rebuildSeconds === undefined ? '–' : b.rebuildSeconds.toFixed(1),
				b.catalogue
					? `${kb(b.catalogue.home)} / ${kb(b.catalogue.tag)} / ${kb(b.catalogue.progress)}`
					: '–',
				b.searchIndex === undefined ? '–' : kb(b.searchIndex)
			];
		})
	);
}

export function buildVerdict(builds: BuildTiming[]): string {
	const lines: string[] = [];
	const hundred = builds.find((b) => b.modules === 100);
	if (hundred)
		lines.push(
			`- 100 modules: ${hundred.seconds.toFixed(1)} s (${TARGETS.build100}: ${met(hundred.seconds <= 20)}).`
		);
	const thousand = builds.find((b) => b.modules === 1000);
	if (!thousand) {
		lines.push(
			`- 1,000 modules not run this time (\`npm run bench\` without \`--quick\` runs it); target: ${TARGETS.build}.`
		);
		return lines.join('\n');
	}
	lines.push(
		`- 1,000 modules: ${thousand.seconds.toFixed(1)} s (${TARGETS.build}: ${met(thousand.seconds < 90)}).`
	);
	if (thousand.rebuildSeconds !== undefined)
		lines.push(
			`- Rebuild after one edit at 1,000 modules: ${thousand.rebuildSeconds.toFixed(1)} s (${TARGETS.rebuild}: ${met(thousand.rebuildSeconds <= 20)}).`
		);
	if (thousand.catalogue) {
		const heaviest = Math.max(
			thousand.catalogue.home,
			thousand.catalogue.tag,
			thousand.catalogue.progress
		);
		lines.push(
			`- Catalogue pages at 1,000 modules: heaviest ${kb(heaviest)} KB gzipped (${TARGETS.catalogue}: ${met(heaviest < CATALOGUE_BUDGET)}).`
		);
	}
	return lines.join('\n');
}

export function lighthouseTable(rows: NonNullable<BenchReport['lighthouse']>): string {
	const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
	return table(
		['page', ...categories, 'LCP', 'TBT', 'CLS'],
		rows.map(({ page, result, error }) =>
			result
				? [
						`${page} \`${new URL(result.url).pathname}\``,
						...categories.map((c) => result.scores[c] ?? 'n/a'),
						ms(result.lcp),
						ms(result.tbt),
						result.cls.toFixed(3)
					]
				: [page, ...categories.map(() => 'n/a'), error ?? 'failed', '', '']
		)
	);
}

export function interactionTable(result: InteractionResult): string {
	const m = result.median;
	return table(
		['measure (median of ' + result.runs.length + ')', 'ms', 'target'],
		[
			['first contentful paint (from navigation)', m.fcp.toFixed(0), ''],
			['first answer visible (from navigation)', m.answerVisible.toFixed(0), ''],
			[
				'first answer clickable: a native control on top where a click lands, its choice kept by the island (from navigation)',
				m.answerClickable.toFixed(0),
				`${TARGETS.firstAnswer}: ${met(m.answerClickable <= m.fcp)}`
			],
			[
				'quiz island mounted over the prerendered question (from navigation)',
				m.islandMounted.toFixed(0),
				''
			],
			['"Check answer" click to feedback in the DOM', m.feedbackDom.toFixed(1), ''],
			['click to the frame that paints the feedback', m.feedbackFrame.toFixed(1), ''],
			['click to feedback painted', m.feedbackPainted.toFixed(1), ''],
			[
				'frames from the click to the one that shows the feedback (1 = the next frame)',
				String(m.feedbackFrames),
				`${TARGETS.feedback}: ${met(m.feedbackFrames <= 1)}`
			]
		]
	);
}

export function toMarkdown(r: BenchReport): string {
	const out: string[] = [
		'# Briefing benchmark',
		'',
		`${r.date} · Node ${r.machine.node} · ${r.machine.cpus} × ${r.machine.cpuModel} · load average at start ${r.machine.loadAverage.map((n) => n.toFixed(1)).join(' ')}`,
		'',
		'Reproduce with `npm run bench` (`-- --quick` leaves out the 1,000-module build). Targets are reported, not asserted.'
	];
	const kept = Object.entries(r.kept ?? {});
	if (kept.length > 0)
		out.push(
			'',
			`Not run this time, kept from an earlier run: ${kept.map(([s, date]) => `${s} (${date})`).join(', ')}.`
		);
	if (r.weights) {
		out.push(
			'',
			'## a. Bytes per page type (from `build/`)',
			'',
			"Raw KB (gzipped KB, each file compressed on its own). JS counts the module scripts a page references and every module they import; CSS the stylesheets it loads (none: each page's styles are inline in its HTML).",
			'',
			weightsTable(r.weights)
		);
	}
	if (r.builds) {
		out.push(
			'',
			'## b. Build time against modules',
			'',
			`\`npm run build\` (islands, SCORM bundle, \`vite build\`) of a temporary copy of the project holding the real module and N − 1 copies of it. Sizes run: ${r.sizesRun.join(', ')}.`,
			'',
			buildsTable(r.builds),
			'',
			buildVerdict(r.builds)
		);
	}
	if (r.questions) {
		out.push(
			'',
			'## c. Question generation and checks (`scripts/bench/bench-questions.ts`)',
			'',
			table(
				['set', 'items', 'ms per run'],
				r.questions.timings.map((t) => [t.label, t.items, t.ms.toFixed(1)])
			),
			'',
			'Its full output:',
			'',
			'```',
			...r.questions.output,
			'```'
		);
	}
	if (r.lighthouse) {
		const version = r.lighthouse.find((l) => l.result)?.result?.version ?? '12.8.2';
		out.push(
			'',
			`## d. Lighthouse ${version} (mobile: emulated phone, simulated slow 4G and 4× CPU)`,
			'',
			'Against the built site served by `node scripts/dev/serve.js` (gzip, as static hosts compress), in Debian Chromium.',
			'',
			lighthouseTable(r.lighthouse),
			'',
			`Target: ${TARGETS.lighthouse}: ${met(r.lighthouse.every((l) => l.result && Object.values(l.result.scores).every((s) => s === 100)))}.`
		);
		const failing = r.lighthouse.flatMap((l) =>
			l.result ? l.result.failing.map((f) => `- ${l.page}: ${f}`) : []
		);
		if (failing.length > 0) out.push('', 'Audits that lost points:', '', ...failing);
	}
	if (r.interaction) {
		out.push(
			'',
			'## e. Quiz responsiveness in Chromium',
			'',
			`\`${new URL(r.interaction.url).pathname}\`, a fresh browser context per run (empty cache and storage), practice mode: choose an answer in the first question, click "Check answer". Measured in the page with \`performance.now()\`.`,
			'',
			interactionTable(r.interaction)
		);
	}
	if (r.errors.length > 0) out.push('', '## Errors', '', ...r.errors.map((e) => `- ${e}`));
	return `${out.join('\n')}\n`;
}
