import { appendFileSync } from 'node:fs';
import fc from 'fast-check';

/** Cases per fuzzed input in the normal test run; `npm run fuzz` sets FUZZ_RUNS=10000. */
export const DEFAULT_FUZZ_RUNS = 200;

/** Time allowed to one fuzz test: generous, since a busy machine or FUZZ_RUNS=10000 makes them long. */
export const FUZZ_TIMEOUT = 2 * 60 * 60_000;

/** Cases per fuzzed input: FUZZ_RUNS when it is a positive whole number, else DEFAULT_FUZZ_RUNS. */
export function fuzzRuns(env: Record<string, string | undefined> = process.env): number {
	const n = Number(env.FUZZ_RUNS);
	return Number.isInteger(n) && n > 0 ? n : DEFAULT_FUZZ_RUNS;
}

/** One line of the fuzz report: which input, how many cases ran, how many failed. */
export interface FuzzRecord {
	/** The input fuzzed, as the report's first column names it. */
	input: string;
	/** Cases run (fast-check stops at the first failure). */
	cases: number;
	/** 0, or 1 when a case failed. */
	failures: number;
}

/**
 * Checks `property` over fuzzRuns() cases; appends the counts to the file named by FUZZ_REPORT (one JSON
 * line per input, read by scripts/dev/fuzz.js) and throws fast-check's report, with its seed, on a failure.
 */
export function fuzz<Ts extends [unknown, ...unknown[]]>(
	input: string,
	property: fc.IProperty<Ts>,
	params: fc.Parameters<Ts> = {}
): void {
	const details = fc.check(property, { numRuns: fuzzRuns(), ...params });
	const record: FuzzRecord = {
		input,
		cases: details.numRuns,
		failures: details.failed ? 1 : 0
	};
	const report = process.env.FUZZ_REPORT;
	if (report) appendFileSync(report, `${JSON.stringify(record)}\n`);
	if (details.failed) {
		const cause = details.errorInstance;
		const why = cause instanceof Error ? cause.message : String(cause);
		throw new Error(`${input}: ${why}\n${fc.defaultReportMessage(details) ?? ''}`, { cause });
	}
}

/** Any UTF-16 text, lone surrogates and control characters included: what raw storage can hold. */
export const rawText = (maxLength = 200) =>
	fc.string({
		unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
		maxLength
	});

/** One edit of a text: replace, insert or delete at a position (taken modulo the length). */
export type Edit =
	| { op: 'replace'; at: number; text: string }
	| { op: 'insert'; at: number; text: string }
	| { op: 'delete'; at: number; length: number }
	| { op: 'duplicate-line'; at: number }
	| { op: 'swap-lines'; at: number; with: number }
	| { op: 'truncate'; at: number };

/** Applies one edit; positions wrap around the text, so any edit applies to any text. */
export function applyEdit(text: string, edit: Edit): string {
	const at = text.length === 0 ? 0 : edit.at % (text.length + 1);
	switch (edit.op) {
		case 'replace':
			return text.slice(0, at) + edit.text + text.slice(at + edit.text.length);
		case 'insert':
			return text.slice(0, at) + edit.text + text.slice(at);
		case 'delete':
			return text.slice(0, at) + text.slice(at + edit.length);
		case 'truncate':
			return text.slice(0, at);
		case 'duplicate-line':
		case 'swap-lines': {
			const lines = text.split('\n');
			const i = edit.at % lines.length;
			if (edit.op === 'duplicate-line') lines.splice(i, 0, lines[i]);
			else {
				const j = edit.with % lines.length;
				[lines[i], lines[j]] = [lines[j], lines[i]];
			}
			return lines.join('\n');
		}
	}
}

/** An edit whose inserted text is drawn from `piece`. */
export function editArb(piece: fc.Arbitrary<string>): fc.Arbitrary<Edit> {
	const at = fc.nat({ max: 100_000 });
	return fc.oneof(
		fc.record({ op: fc.constant('replace' as const), at, text: piece }),
		fc.record({ op: fc.constant('insert' as const), at, text: piece }),
		fc.record({
			op: fc.constant('delete' as const),
			at,
			length: fc.integer({ min: 1, max: 40 })
		}),
		fc.record({ op: fc.constant('duplicate-line' as const), at }),
		fc.record({ op: fc.constant('swap-lines' as const), at, with: fc.nat({ max: 100_000 }) }),
		fc.record({ op: fc.constant('truncate' as const), at })
	);
}

/** A text changed by one to `maxEdits` edits. */
export function mutated(
	text: string,
	piece: fc.Arbitrary<string>,
	maxEdits = 4
): fc.Arbitrary<string> {
	return fc
		.array(editArb(piece), { minLength: 1, maxLength: maxEdits })
		.map((edits) => edits.reduce(applyEdit, text));
}

/** Pieces that matter to YAML, JSON and markdown front matter, mixed with ordinary and odd text. */
export const syntaxPiece: fc.Arbitrary<string> = fc.oneof(
	fc.constantFrom(
		':',
		': ',
		'-',
		'- ',
		'---',
		'---\n',
		'\n',
		'\r\n',
		'  ',
		'\t',
		'#',
		'[',
		']',
		'{',
		'}',
		',',
		'"',
		"'",
		'|',
		'>',
		'&a',
		'*a',
		'!!binary',
		'!tag',
		'%YAML 1.2',
		'? ',
		'~',
		'null',
		'true',
		'1e999',
		'-0',
		'0x1F',
		'<<: *a',
		'\u0000',
		'\ufeff',
		'\ud800',
		'__proto__',
		'constructor',
		'<script>alert(1)</script>'
	),
	fc.string({ maxLength: 12 }),
	rawText(6)
);
