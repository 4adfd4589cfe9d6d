/**
 * Parsing YAML inside content files: syntax errors and unresolvable aliases are reported at the
 * line of the file they sit on.
 */
import { LineCounter, parseDocument, visit } from 'yaml';
import type { Document } from 'yaml';
import type { Report } from './problems.ts';

/** A parsed YAML text, with lines counted from the start of the file it sits in. */
export interface Yaml {
	/** The parsed document. */
	doc: Document.Parsed;
	/** Line lookup for node offsets. */
	lines: LineCounter;
}

/**
 * Parse YAML that starts at `firstLine` of `file`; on a syntax error report its first message and return null.
 * Padding with blank lines makes yaml's own line numbers the file's line numbers.
 */
export function parseYaml(
	text: string,
	file: string,
	firstLine: number,
	report: Report
): Yaml | null {
	const lines = new LineCounter();
	const doc = parseDocument('\n'.repeat(firstLine - 1) + text, {
		lineCounter: lines,
		prettyErrors: true
	});
	const error = doc.errors[0];
	if (error) {
		const line = error.linePos?.[0].line ?? firstLine;
		// prettyErrors appends " at line L, column C:" and a code excerpt; the line is already in the prefix.
		const message = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
		report(file, line, `YAML syntax error: ${message}`);
		return null;
	}
	return { doc, lines };
}

export const FAILED = Symbol('failed');

/**
 * The document as plain data. yaml throws (no position) for an alias without an anchor or an alias bomb;
 * that is reported at the first alias that does not resolve, or line 1.
 */
export function toJs({ doc, lines }: Yaml, file: string, report: Report): unknown {
	try {
		return doc.toJS();
	} catch (error) {
		if (!(error instanceof Error)) throw error;
		let line = 1;
		visit(doc, {
			Alias(_, node) {
				if (node.resolve(doc) !== undefined) return;
				line = lines.linePos(node.range?.[0] ?? 0).line;
				return visit.BREAK;
			}
		});
		report(file, line, `YAML error: ${error.message.split('\n')[0]}`);
		return FAILED;
	}
}
