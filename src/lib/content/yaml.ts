/**
 * Parsing YAML inside content files, the one way every content file is read: syntax errors, duplicate
 * keys and unresolvable aliases are reported at the line of the file they sit on, and every later
 * problem can point at a node's line through `at`.
 */
import { LineCounter, isMap, isNode, isPair, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { Document, Node, Pair, YAMLMap } from 'yaml';
import type { Report } from './problems.ts';

/** Something a problem can point at: a node, a pair (its key's line), or a line number. */
export type Where = Node | Pair | number | null | undefined;

/** A parsed YAML text, with lines counted from the start of the file it sits in. */
export interface Yaml {
	/** File the YAML comes from, for messages. */
	file: string;
	/** The parsed document. */
	doc: Document.Parsed;
	/** Line lookup for node offsets. */
	lines: LineCounter;
	/** The top-level node, null when the document is empty. */
	root: Node | null;
	/** The first line of the YAML in its file: where problems with no line of their own go. */
	firstLine: number;
	/** 1-based line in the file of a node or pair (the pair's key), `firstLine` when unknown. */
	lineOf(where: Where): number;
	/** Report a problem at a node's, pair's or number's line. */
	at(where: Where, message: string): void;
	/** Where problems go. */
	report: Report;
}

/**
 * Parse YAML that starts at `firstLine` of `file` (2 for front matter after its `---`). A syntax error,
 * a duplicate key or a warning (such as an unknown tag) is reported at its line as `YAML syntax error: …`,
 * the first one only since later ones tend to follow from it, and then null is returned.
 */
export function parseYaml(
	text: string,
	file: string,
	firstLine: number,
	report: Report
): Yaml | null {
	const { doc, lines, error } = parsed(text, firstLine);
	if (error) {
		report(file, error.line, `YAML syntax error: ${error.message}`);
		return null;
	}
	const lineOf = (where: Where): number => {
		if (typeof where === 'number') return where;
		const target: unknown = isPair(where) ? where.key : where;
		const range = isNode(target) ? target.range : undefined;
		return range ? lines.linePos(range[0]).line : firstLine;
	};
	const contents = doc.contents as Node | null;
	return {
		file,
		doc,
		lines,
		root: contents === null || (isScalar(contents) && contents.value === null) ? null : contents,
		firstLine,
		lineOf,
		at: (where, message) => report(file, lineOf(where), message),
		report
	};
}

/** A text parsed: its document, its lines, and its first error or warning. */
interface Parsed {
	doc: Document.Parsed;
	lines: LineCounter;
	error?: { line: number; message: string };
}

/**
 * The last texts parsed, by first line and text. A build reads a module's facts and questions files more than
 * once (the content index, then the bank); each is parsed once. Documents are only read, never changed.
 */
const recent = new Map<string, Parsed>();
const RECENT = 8;

function parsed(text: string, firstLine: number): Parsed {
	const key = `${firstLine}\0${text}`;
	const kept = recent.get(key);
	if (kept) return kept;
	const lines = new LineCounter();
	// Padding with blank lines makes yaml's own line numbers the file's line numbers.
	const doc = parseDocument('\n'.repeat(firstLine - 1) + text, {
		lineCounter: lines,
		prettyErrors: false,
		uniqueKeys: true
	});
	const first = doc.errors[0] ?? doc.warnings[0];
	const result: Parsed = first
		? {
				doc,
				lines,
				error: {
					line: Math.max(lines.linePos(first.pos[0]).line, firstLine),
					message: first.message.split('\n')[0]
				}
			}
		: { doc, lines };
	if (recent.size >= RECENT) recent.delete(recent.keys().next().value as string);
	recent.set(key, result);
	return result;
}

/** Returned by `toJs` when the document cannot become plain data. */
export const FAILED = Symbol('failed');

/**
 * The document as plain data. yaml throws (no position) for an alias without an anchor or an alias bomb;
 * that is reported at the first alias that does not resolve, or the first line.
 */
export function toJs({ doc, lines, file, firstLine, report }: Yaml): unknown {
	try {
		return doc.toJS();
	} catch (error) {
		if (!(error instanceof Error)) throw error;
		let line = firstLine;
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

/** The name a key is written as (`''` for a missing key). */
export function keyName(pair: Pair): string {
	const key = pair.key;
	return isScalar(key) ? String(key.value) : String(key ?? '');
}

/** The pair for a key in a mapping. */
export function findPair(map: YAMLMap, key: string): Pair | undefined {
	return map.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair | undefined;
}

/** How a value reads in a message: its text for scalars, its kind otherwise. */
export function got(node: unknown): string {
	if (node === null || node === undefined) return 'nothing';
	if (isSeq(node)) return 'a list';
	if (isMap(node)) return 'a map';
	if (!isScalar(node)) return 'an alias';
	const value: unknown = node.value;
	if (value === null) return 'nothing';
	if (typeof value === 'string') {
		const firstLine = value.split('\n')[0];
		const shown = firstLine.length > 40 ? `${firstLine.slice(0, 37)}...` : firstLine;
		return `\`${shown}\``;
	}
	if (typeof value === 'number') return `the number \`${node.source ?? String(value)}\``;
	return `\`${String(value)}\``;
}
