// Question generation and checks: runs scripts/bench/bench-questions.ts as it is (one section of the report) and
// keeps its lines; the `label: N items, X ms per run` lines are also read into figures.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface QuestionTiming {
	label: string;
	items: number;
	ms: number;
}

export interface QuestionsResult {
	timings: QuestionTiming[];
	/** Everything the script printed, in order. */
	output: string[];
}

export function parseQuestionBench(stdout: string): QuestionsResult {
	const output = stdout.split('\n').filter((l) => l.trim() !== '');
	const timings = output.flatMap((line) => {
		const m = /^(.+?): (\d+) items, ([\d.]+) ms per run/.exec(line);
		return m ? [{ label: m[1], items: Number(m[2]), ms: Number(m[3]) }] : [];
	});
	return { timings, output };
}

export async function benchQuestions(): Promise<QuestionsResult> {
	const { stdout } = await run(
		process.execPath,
		['node_modules/tsx/dist/cli.mjs', 'scripts/bench/bench-questions.ts'],
		{ maxBuffer: 16 * 1024 * 1024 }
	);
	return parseQuestionBench(stdout);
}
