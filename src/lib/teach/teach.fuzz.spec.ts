import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../testing/csv.ts';
import { FUZZ_TIMEOUT, fuzz, mutated, rawText, syntaxPiece } from '../testing/fuzz.ts';
import {
	assignmentLink,
	assignmentModule,
	decodeAssignment,
	encodeAssignment,
	sortedIds
} from './assignment.ts';
import type { Assignment } from './assignment.ts';
import { importResults, parseGradebook, toCsv } from './gradebook.ts';
import type { Gradebook } from './gradebook.ts';
import { encodeResult, encodeResultFile } from './result.ts';
import { decodeResult } from './result-decode.ts';
import { parseItemStats } from './item-stats.ts';
import { assignmentArb, bank, makeAssignment, normalised, resultArb } from '../testing/teach.ts';

const CODE_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';

/** One character replaced, inserted or deleted, from the characters a code is written in. */
const singleEdit = fc.record({
	op: fc.constantFrom('replace', 'insert', 'delete'),
	at: fc.nat(),
	char: fc.constantFrom(...CODE_CHARS)
});

function edit(code: string, e: { op: string; at: number; char: string }): string {
	const at = e.at % (code.length + (e.op === 'insert' ? 1 : 0));
	if (e.op === 'insert') return code.slice(0, at) + e.char + code.slice(at);
	if (e.op === 'delete') return code.slice(0, at) + code.slice(at + 1);
	return code.slice(0, at) + e.char + code.slice(at + 1);
}

const picked = makeAssignment({
	selection: { kind: 'picked', ids: sortedIds(bank).filter((_, i) => i % 3 === 0) }
});
const assignments: Assignment[] = [
	makeAssignment(),
	makeAssignment({ selection: { kind: 'draw', count: 12, seed: 'class-7b' }, due: null }),
	picked
];
const pairArb = fc
	.constantFrom(...assignments)
	.chain((a) => resultArb(a).map((r) => [a, r] as const));

/** Strings a pasted link or code could be: anything, and near-misses of real ones. */
const linkText = fc.oneof(
	rawText(120),
	fc.string({ unit: fc.constantFrom(...CODE_CHARS, '#', '=', ' '), maxLength: 120 }),
	assignmentArb.chain((a) =>
		mutated(assignmentLink('https://example.org/teach', encodeAssignment(a, bank)), syntaxPiece)
	)
);

describe('assignment links', { timeout: FUZZ_TIMEOUT }, () => {
	it('decoding any text gives a decoded assignment or a sentence, never an exception', () => {
		fuzz(
			'assignment link: any text',
			fc.property(linkText, (text) => {
				const d = decodeAssignment(text, bank);
				if (!d.ok) expect(d.error).toMatch(/^\S.*\.$/);
				const m = assignmentModule(text);
				if (!m.ok) expect(m.error).toMatch(/^\S.*\.$/);
				expect(m.ok).toBe(d.ok || m.ok);
			})
		);
	});

	it('any single-character edit of a valid code is detected', () => {
		fuzz(
			'assignment code: single-character edit',
			fc.property(
				assignmentArb,
				fc.array(singleEdit, { minLength: 1, maxLength: 8 }),
				(a, edits) => {
					const code = encodeAssignment(a, bank);
					expect(decodeAssignment(code, bank).ok).toBe(true);
					for (const e of edits) {
						const changed = edit(code, e);
						if (changed === code) continue;
						const d = decodeAssignment(changed, bank);
						expect(d.ok, `${code} → ${changed}`).toBe(false);
					}
				}
			)
		);
	});
});

describe('result codes and files', { timeout: FUZZ_TIMEOUT }, () => {
	it('decoding any text gives a result or a typed problem, never an exception', () => {
		fuzz(
			'result code: any text',
			fc.property(
				fc.constantFrom(...assignments),
				fc.oneof(
					rawText(160),
					fc
						.string({ unit: fc.constantFrom(...CODE_CHARS), maxLength: 160 })
						.map((s) => `BR1.${s}`),
					fc.jsonValue().map((v) => JSON.stringify(v)),
					pairArb.chain(([a, r]) => mutated(encodeResult(r, a, bank), syntaxPiece))
				),
				(a, text) => {
					const d = decodeResult(text, a, bank);
					if (!d.ok) {
						expect(d.problem).toMatch(
							/^(not-result|damaged|newer|other-module|other-assignment|changed)$/
						);
						expect(d.error).toMatch(/^\S.*\.$/);
					}
				}
			)
		);
	});

	it('any single-character edit of a valid code is detected', () => {
		fuzz(
			'result code: single-character edit',
			fc.property(
				pairArb,
				fc.array(singleEdit, { minLength: 1, maxLength: 8 }),
				([a, r], edits) => {
					const code = encodeResult(r, a, bank);
					for (const e of edits) {
						const changed = edit(code, e);
						if (changed === code) continue;
						expect(decodeResult(changed, a, bank).ok, `${code} → ${changed}`).toBe(false);
					}
				}
			)
		);
	});

	it('a mutated result file is refused, or reads back as exactly the same result', () => {
		fuzz(
			'result file: mutated JSON',
			fc.property(
				pairArb.chain(([a, r]) =>
					mutated(encodeResultFile(r), syntaxPiece).map((text) => [a, r, text] as const)
				),
				([a, r, text]) => {
					const d = decodeResult(text, a, bank);
					if (d.ok) expect(normalised(d.result)).toEqual(normalised(r));
				}
			)
		);
	});
});

describe('gradebook import', { timeout: FUZZ_TIMEOUT }, () => {
	it('importing any pasted texts gives one line per text and never throws', () => {
		fuzz(
			'gradebook import: pasted codes and files',
			fc.property(
				fc.constantFrom(...assignments),
				fc.array(
					fc.oneof(
						rawText(80),
						fc.jsonValue().map((v) => JSON.stringify(v)),
						pairArb.chain(([a, r]) =>
							fc.oneof(
								mutated(encodeResult(r, a, bank), syntaxPiece),
								fc.constant(encodeResult(r, a, bank))
							)
						)
					),
					{ maxLength: 5 }
				),
				(a, texts) => {
					const report = importResults(texts, a, bank, []);
					expect(report.lines.map((l) => l.index)).toEqual(texts.map((_, i) => i));
					for (const line of report.lines) expect(line.message.length).toBeGreaterThan(0);
					const added = report.lines.filter((l) => l.status === 'added').length;
					expect(report.entries.length).toBe(added);
					// The CSV of whatever was imported never starts a cell with a formula character.
					for (const row of parseCsv(toCsv(report.entries, a, bank)))
						for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
					const names = parseCsv(toCsv(report.entries, a, bank))
						.slice(2, 2 + report.entries.length)
						.map((row) => row[0].replace(/^'(?=[=+\-@\t\r])/, ''));
					expect(names).toEqual(report.entries.map((e) => e.result.name));
				}
			)
		);
	});

	it('a saved gradebook with any damage reads back or says what is wrong, never throws', () => {
		const a = assignments[0];
		fuzz(
			'gradebook storage: mutated and arbitrary JSON',
			fc.property(
				fc.oneof(
					rawText(120),
					fc.jsonValue().map((v) => JSON.stringify(v)),
					fc.array(resultArb(a), { maxLength: 3 }).chain((results) => {
						const report = importResults(
							results.map((r) => encodeResult(r, a, bank)),
							a,
							bank,
							[]
						);
						const book: Gradebook = {
							version: 1,
							assignment: encodeAssignment(a, bank),
							entries: report.entries
						};
						return mutated(JSON.stringify(book), syntaxPiece);
					})
				),
				(text) => {
					const parsed = parseGradebook(text);
					if (!parsed.ok) expect(parsed.error).toMatch(/^\S.*\.$/);
				}
			)
		);
	});

	it('an item-stats file with any damage reads back or is refused with a sentence, never throws', () => {
		const file = JSON.stringify({
			format: 'briefing-item-stats',
			version: 1,
			module: 'summit',
			assignment: '0a1b2c3d',
			title: 'Year 10',
			students: 12,
			savedAt: '2026-12-02T00:00:00.000Z',
			items: [
				{
					id: 'q01',
					number: 1,
					stem: 'Which?',
					seen: 12,
					facility: 0.75,
					discrimination: -0.5,
					flags: ['arguable-key', 'unchosen-option'],
					notes: ['arguable key? the strongest students chose another option'],
					options: [{ id: 'a', text: 'A', key: true, chosen: 9 }]
				}
			]
		});
		fuzz(
			'item-stats files: mutated and arbitrary JSON',
			fc.property(
				fc.oneof(
					rawText(120),
					fc.jsonValue().map((v) => JSON.stringify(v)),
					mutated(file, syntaxPiece)
				),
				(text) => {
					const parsed = parseItemStats(text, 'stats.json');
					if (!parsed.ok) expect(parsed.error).toMatch(/^stats\.json .*\.$/);
				}
			)
		);
	});
});
