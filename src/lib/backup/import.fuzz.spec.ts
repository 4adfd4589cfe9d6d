import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../storage/canonical-json.ts';
import { FUZZ_TIMEOUT, fuzz, mutated, rawText, syntaxPiece } from '../testing/fuzz.ts';
import {
	backupText,
	parseBackup,
	planImport,
	progressFragment,
	progressModules
} from './backup.ts';
import type { AllProgress } from './backup.ts';
import { addRating, emptyReview } from '../review/review-data.ts';
import { finishedAttempt, progressOfAll } from '../testing/progress.ts';

const T0 = Date.UTC(2026, 8, 1, 9, 0, 0);
const NOW = Date.UTC(2026, 10, 26, 12, 0, 0);

const current: AllProgress = {
	progress: progressOfAll([
		finishedAttempt('m', 'm1', T0, { q1: 1, q2: 0 }),
		finishedAttempt('n', 'n1', T0 + 2000, { q1: 0 })
	]),
	review: addRating(emptyReview(), 'm/q1', 'good', T0 + 5000)
};
const exported: AllProgress = {
	progress: progressOfAll([
		finishedAttempt('m', 'm2', T0 + 1000, { q1: 0.5, q2: 1 }),
		finishedAttempt('r', 'r1', T0 + 3000, { q3: 1 })
	]),
	review: addRating(emptyReview(), 'r/card:term', 'hard', T0 + 6000)
};
const fileText = backupText(exported, NOW);

/** Bytes as a browser's File.text() decodes them: UTF-8, bad sequences replaced. */
const bytesAsText = fc
	.uint8Array({ maxLength: 300 })
	.map((b) => new TextDecoder('utf-8').decode(b));

const fileArb = fc.oneof(
	rawText(300),
	bytesAsText,
	fc.jsonValue().map((v) => JSON.stringify(v)),
	fc
		.jsonValue()
		.map((v) =>
			JSON.stringify({ format: 'briefing-progress', version: 1, exportedAt: 'x', modules: v })
		),
	mutated(fileText, syntaxPiece, 6)
);

describe('progress import', { timeout: FUZZ_TIMEOUT }, () => {
	it('any file: refused with a sentence, or planned without losing or changing current data', () => {
		fuzz(
			'progress import: any file bytes',
			fc.property(fileArb, fc.constantFrom('merge' as const, 'replace' as const), (text, mode) => {
				const parsed = parseBackup(text);
				if ('error' in parsed) {
					expect(parsed.error).toMatch(/^\S.*\.$/);
					return;
				}
				for (const d of parsed.damaged) expect(d.error).toMatch(/^\S.*\.$/);
				const plan = planImport(current, parsed.file, mode);
				const inFile = new Set(parsed.file.modules);
				for (const slug of progressModules(current.progress)) {
					const before = progressFragment(current.progress, slug);
					const after = progressFragment(plan.data.progress, slug);
					if (mode === 'replace' && inFile.has(slug)) continue;
					if (mode === 'replace' || !inFile.has(slug)) {
						// Modules the file does not touch stay exactly as they were.
						expect(canonicalJson(after)).toBe(canonicalJson(before));
					} else {
						// A merge keeps every attempt that was here.
						const ids = new Set(after.modules[slug].attempts.map((a) => a.id));
						for (const a of before.modules[slug].attempts) expect(ids.has(a.id)).toBe(true);
					}
				}
				const summarised = plan.summary.modules.map((m) => m.module);
				expect(summarised).toEqual(parsed.file.modules);
			})
		);
	});
});
