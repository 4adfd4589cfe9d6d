import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Results from '../components/quiz/Results.svelte';
import { finishAttempt, newAttempt, recordAnswer } from '../quiz/attempt.ts';
import { everyType } from '../testing/items.ts';
import { decodeAssignment, encodeAssignment } from '../teach/assignment.ts';
import { csvCell, importResults, toCsv } from '../teach/gradebook.ts';
import { encodeResult, resultFileName } from '../teach/result.ts';
import type { Result } from '../teach/result.ts';
import { assignmentId } from '../teach/assignment.ts';
import { bank, makeAssignment, T0 } from '../testing/teach.ts';
import { parseCsv } from '../testing/csv.ts';

/** Markup and script payloads, as a crafted link, code, file or storage value would carry them. */
const PAYLOADS = [
	'<script>alert(1)</script>',
	'<img src=x onerror="alert(1)">',
	'"><svg onload=alert(1)>',
	"'; alert(1); //",
	'javascript:alert(1)',
	'{@html "<b>x</b>"}',
	'=HYPERLINK("https://example.org","x")',
	'+cmd|" /C calc"!A0',
	'-2+3',
	'@SUM(A1:A2)'
];

/** Files that may use {@html}: each only on markup the build itself made. */
const HTML_ALLOWED: Record<string, string> = {
	// Every island's data as a JSON <script> block, escaped by scriptJson so no value can close it.
	'src/lib/components/IslandData.svelte': 'jsonScriptTag(id, value)',
	// A lesson's body: the project's own markdown made into HTML by the build (src/lib/lessons/render.ts); the
	// content check refuses scripts, styles and event handlers in lessons (unsafeMarkup, content/markdown.ts).
	'src/lib/components/LessonPage.svelte': 'data.section.html'
};

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : [path];
	});
}

describe('{@html} is used only on what the build made', () => {
	it('appears in no source file but the listed ones, and there only on the listed expression', () => {
		const uses: Record<string, string[]> = {};
		for (const path of files(join(process.cwd(), 'src'))) {
			if (!/\.(svelte|md|ts|js|html)$/.test(path) || path.endsWith('.spec.ts')) continue;
			const found = [...readFileSync(path, 'utf8').matchAll(/\{@html\s+([^}]*)\}/g)].map((m) =>
				m[1].trim()
			);
			if (found.length > 0) uses[relative(process.cwd(), path).split('\\').join('/')] = found;
		}
		expect(uses).toEqual(
			Object.fromEntries(Object.entries(HTML_ALLOWED).map(([file, use]) => [file, [use]]))
		);
	});
});

describe('text from outside renders as text', () => {
	const blank = everyType.find((i) => i.type === 'blank');
	if (!blank) throw new Error('no blank item');

	it('a stored answer and section name with markup show as text on the results', () => {
		for (const payload of PAYLOADS) {
			let attempt = newAttempt({
				moduleSlug: 'm',
				bank: [blank],
				mode: 'test',
				length: 'all',
				seed: 's',
				history: {},
				now: T0
			});
			attempt = recordAnswer(attempt, blank.id, { kind: 'blank', text: payload }, T0 + 1);
			const done = finishAttempt(attempt, [blank], 80, T0 + 2);
			// Local storage can say anything; a section name from it is rendered too.
			done.score.sections = [{ section: payload, score: 0, max: 1, percent: 0 }];
			const { body } = render(Results, {
				props: { attempt: done, bank: [blank], lessons: '/modules/m', sections: {} }
			});
			if (payload.includes('<')) expect(body).not.toContain(payload);
			expect(body).not.toMatch(/<(script|img|svg)\b/i);
			const escaped = payload.replace(/&/g, '&amp;').replace(/</g, '&lt;');
			expect(body).toContain(escaped);
		}
	});

	it('an assignment title from a link comes back exactly, as data', () => {
		for (const title of PAYLOADS) {
			const a = makeAssignment({ title });
			const d = decodeAssignment(`https://example.org/teach#a=${encodeAssignment(a, bank)}`, bank);
			expect(d.ok && d.assignment.title).toBe(title);
		}
	});

	it('a student name from a result code: exact in the gradebook, safe in file names and CSV', () => {
		const a = makeAssignment();
		const codes = PAYLOADS.map((name) => {
			const r: Result = {
				version: 1,
				assignment: assignmentId(a, bank),
				module: a.module,
				name,
				startedAt: T0,
				finishedAt: T0 + 60_000,
				answers: {},
				claimed: 0
			};
			expect(resultFileName(r)).toMatch(/^[A-Za-z0-9.-]+$/);
			return encodeResult(r, a, bank);
		});
		const report = importResults(codes, a, bank, []);
		expect(report.entries.map((e) => e.result.name).sort()).toEqual([...PAYLOADS].sort());
		const csv = parseCsv(toCsv(report.entries, a, bank));
		// Every cell, the item analysis under the students included, is safe.
		for (const row of csv) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
		const rows = csv.slice(2, 2 + report.entries.length);
		expect(rows.map((r) => r[0].replace(/^'(?=[=+\-@\t\r])/, '')).sort()).toEqual(
			[...PAYLOADS].sort()
		);
	});

	it('no CSV cell starts with a formula character, whatever the text (property)', () => {
		fc.assert(
			fc.property(fc.string(), (text) => {
				const [[cell]] = parseCsv(`${csvCell(text)}\r\n`);
				expect(cell).not.toMatch(/^[=+\-@\t\r]/);
				expect(cell === text || cell === `'${text}`).toBe(true);
			})
		);
	});
});
