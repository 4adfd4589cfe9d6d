import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIXTURE_MODULE, fixtureFiles } from '../testing/module.ts';
import { FUZZ_TIMEOUT, fuzz, mutated, rawText, syntaxPiece } from '../testing/fuzz.ts';
import { buildSite } from '../site.ts';
import { ContentError, formatProblem } from './problems.ts';

const MODULE = FIXTURE_MODULE;
const FACTS = `questions/${MODULE}/facts.yaml`;
const QUESTIONS = `questions/${MODULE}/questions.yaml`;
const MODULE_MD = `src/lessons/${MODULE}/module.md`;
const SECTION_MD = `src/lessons/${MODULE}/01-the-summit.md`;

// A module with a dozen facts and two hand-written questions (fixtures/module): a valid starting point that
// builds its bank in milliseconds, so thousands of mutations stay affordable.
const base = fixtureFiles();

const LINE = /^(?<file>[^\n:]+):(?<line>\d+): \S/;

/** Builds the site; any failure must be a ContentError whose every line is `path:line: message`. */
function builds(files: Record<string, string>): void {
	try {
		buildSite(files);
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		expect(error.problems.length).toBeGreaterThan(0);
		for (const line of error.message.split('\n')) {
			const m = LINE.exec(line);
			expect(m, line).not.toBeNull();
			const { file, line: n } = m?.groups ?? {};
			expect(Object.keys(files), line).toContain(file);
			expect(Number(n)).toBeGreaterThanOrEqual(1);
			expect(Number(n), line).toBeLessThanOrEqual(files[file].split('\n').length + 1);
		}
	}
}

describe('content files, mutated', { timeout: FUZZ_TIMEOUT }, () => {
	it('starts from content that builds', () => {
		expect(buildSite(base).banks.get(MODULE)?.items.length).toBeGreaterThan(10);
	});

	it('the checker itself fails on an exception that is not a ContentError', () => {
		expect(() => builds({ ...base, [FACTS]: 'facts: [' })).not.toThrow();
		expect(() => builds(null as unknown as Record<string, string>)).toThrow();
	});

	it('an alias without an anchor is a path:line error (found by this fuzzing), not a crash', () => {
		expect(() => buildSite({ ...base, [FACTS]: 'facts:\n  - *gone\n' })).toThrow(
			`${FACTS}:2: YAML error: Unresolved alias`
		);
	});

	it('a field named like an Object method is an unknown field (found by this fuzzing), not a crash', () => {
		const facts = base[FACTS].replace(
			'    type: entity\n',
			'    type: entity\n    constructor: x\n'
		);
		expect(() => buildSite({ ...base, [FACTS]: facts })).toThrow(/unknown field `constructor`/);
	});

	it('a message quoting several lines of the file still prints as one path:line line', () => {
		const text = base[QUESTIONS].replace('    explanation: >-\n', '\n    explanation: >-\n');
		expect(formatProblem({ file: QUESTIONS, line: 3, message: 'a\n  b\r\nc' })).toBe(
			`${QUESTIONS}:3: a b c`
		);
		expect(() => builds({ ...base, [QUESTIONS]: text })).not.toThrow();
	});

	it('an alias bomb is refused quickly, with the file named', () => {
		const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
		for (let i = 1; i < 9; i++) {
			const prev = String.fromCharCode(96 + i);
			const next = String.fromCharCode(97 + i);
			levels.push(`${next}: &${next} [${Array(9).fill(`*${prev}`).join(', ')}]`);
		}
		expect(() => buildSite({ ...base, [FACTS]: `${levels.join('\n')}\n` })).toThrow(
			new RegExp(`^${FACTS}:1: YAML error: Excessive alias count`)
		);
	});

	for (const [input, file] of [
		['facts.yaml', FACTS],
		['questions.yaml', QUESTIONS],
		['module.md front matter', MODULE_MD],
		['section .md front matter', SECTION_MD]
	]) {
		it(`${input}: a path:line ContentError or a build, never another exception`, () => {
			// Markdown files are mutated in their front matter, where the YAML is.
			const text = base[file];
			const end = file.endsWith('.md') ? text.indexOf('\n---', 4) + 4 : text.length;
			const head = text.slice(0, end);
			fuzz(
				`content: ${input}`,
				fc.property(mutated(head, syntaxPiece), (changed) => {
					builds({ ...base, [file]: changed + text.slice(end) });
				})
			);
		});
	}

	it('any text as a facts, questions or lesson file: a path:line ContentError or a build', () => {
		fuzz(
			'content: arbitrary file text',
			fc.property(
				fc.constantFrom(FACTS, QUESTIONS, MODULE_MD, SECTION_MD),
				fc.oneof(rawText(300), fc.string({ maxLength: 300 })),
				(file, text) => builds({ ...base, [file]: text })
			)
		);
	});
});
