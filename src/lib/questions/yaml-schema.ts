import {
	isMap,
	isNode,
	isPair,
	isScalar,
	isSeq,
	LineCounter,
	parseDocument,
	type Node,
	type Pair,
	type YAMLMap
} from 'yaml';
import type { ContentProblem } from '../content/problems.ts';

/** What a field's value must be. */
export type Kind =
	| 'string'
	| 'number'
	| 'boolean'
	| 'strings'
	| 'numbers'
	| 'string-or-strings'
	| 'truth'
	| { enum: readonly string[] }
	| { map: Spec }
	| { list: Spec };

/** One field of a mapping. */
export interface FieldSpec {
	/** The value's shape. */
	kind: Kind;
	/** Whether leaving it out is a problem. */
	required: boolean;
}

/** The fields a mapping may have. */
export type Spec = Record<string, FieldSpec>;

/** A plain value read from YAML. */
export type Value = string | number | boolean | Value[] | { [key: string]: Value };

/** A parsed YAML file with line lookup and a problem list. */
export interface YamlFile {
	/** Path for messages. */
	file: string;
	/** The top-level node, null when the document is empty or broken. */
	root: Node | null;
	/** Problems found so far, syntax errors first. */
	problems: ContentProblem[];
	/** 1-based line of a node (1 when unknown). */
	lineOf(node: Node | Pair | null | undefined): number;
	/** Record a problem at a node's line. */
	report(node: Node | Pair | null | undefined, message: string): void;
}

/** Parse YAML keeping positions, so every later problem can point at its line. */
export function loadYaml(text: string, file: string): YamlFile {
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
	const problems: ContentProblem[] = [];
	const lineOf = (node: Node | Pair | null | undefined): number => {
		if (!node) return 1;
		const target: unknown = isPair(node) ? node.key : node;
		const range = isNode(target) ? target.range : undefined;
		return range ? lines.linePos(range[0]).line : 1;
	};
	for (const error of [...doc.errors, ...doc.warnings]) {
		const line = error.linePos?.[0].line ?? lines.linePos(error.pos[0]).line;
		problems.push({ file, line, message: `YAML: ${error.message.split('\n')[0]}` });
	}
	const root = doc.errors.length > 0 ? null : (doc.contents as Node | null);
	return {
		file,
		root,
		problems,
		lineOf,
		report(node, message) {
			problems.push({ file, line: lineOf(node), message });
		}
	};
}

/** The list under a top-level key (`facts:`, `questions:`), reporting when it is missing; `others` are the other keys allowed. */
export function topList(yaml: YamlFile, key: string, others: readonly string[] = []): Node[] {
	if (yaml.root === null) {
		if (yaml.problems.length === 0) yaml.report(null, `expected a top-level \`${key}:\` list`);
		return [];
	}
	if (!isMap(yaml.root)) {
		yaml.report(yaml.root, `expected a mapping with a top-level \`${key}:\` list`);
		return [];
	}
	const pair = findPair(yaml.root, key);
	for (const other of yaml.root.items) {
		const name = isScalar(other.key) ? String(other.key.value) : '';
		if (name !== key && !others.includes(name)) {
			yaml.report(
				other,
				`unknown top-level key \`${name}\` (expected ${[key, ...others].map((k) => `\`${k}\``).join(', ')})`
			);
		}
	}
	if (!pair) {
		yaml.report(yaml.root, `expected a top-level \`${key}:\` list`);
		return [];
	}
	if (!isSeq(pair.value)) {
		yaml.report(pair, `\`${key}\` must be a list`);
		return [];
	}
	return pair.value.items as Node[];
}

/** The pair for a key in a mapping. */
export function findPair(map: YAMLMap, key: string): Pair | undefined {
	return map.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair | undefined;
}

function describe(kind: Kind): string {
	if (typeof kind === 'string') {
		return {
			string: 'a text',
			number: 'a number',
			boolean: 'true or false',
			strings: 'a list of texts',
			numbers: 'a list of numbers',
			'string-or-strings': 'a text or a list of texts',
			truth: '`true` or `false`'
		}[kind];
	}
	if ('enum' in kind) return `one of ${kind.enum.map((v) => `\`${v}\``).join(', ')}`;
	if ('map' in kind) return 'a mapping';
	return 'a list of mappings';
}

function readValue(
	yaml: YamlFile,
	node: Node | null,
	kind: Kind,
	where: string
): Value | undefined {
	const bad = (): undefined => {
		yaml.report(node, `${where} must be ${describe(kind)}`);
		return undefined;
	};
	if (kind === 'string') {
		if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') return bad();
		return node.value.trim();
	}
	if (kind === 'number') {
		if (!isScalar(node) || typeof node.value !== 'number' || !Number.isFinite(node.value))
			return bad();
		return node.value;
	}
	if (kind === 'truth') {
		const v: unknown = isScalar(node) ? node.value : undefined;
		if (v === true || v === 'true') return 'true';
		if (v === false || v === 'false') return 'false';
		return bad();
	}
	if (kind === 'boolean') {
		if (!isScalar(node) || typeof node.value !== 'boolean') return bad();
		return node.value;
	}
	if (kind === 'numbers') {
		if (!isSeq(node)) return bad();
		const out: Value[] = [];
		for (const item of node.items as Node[]) {
			const v = readValue(yaml, item, 'number', `each entry of ${where}`);
			if (v !== undefined) out.push(v);
		}
		return out;
	}
	if (kind === 'strings' || kind === 'string-or-strings') {
		if (kind === 'string-or-strings' && isScalar(node) && typeof node.value === 'string') {
			return node.value.trim();
		}
		if (!isSeq(node)) return bad();
		const out: Value[] = [];
		for (const item of node.items as Node[]) {
			const v = readValue(yaml, item, 'string', `each entry of ${where}`);
			if (v !== undefined) out.push(v);
		}
		return out;
	}
	if ('enum' in kind) {
		if (!isScalar(node) || typeof node.value !== 'string' || !kind.enum.includes(node.value))
			return bad();
		return node.value;
	}
	if ('map' in kind) {
		if (!isMap(node)) return bad();
		return readMap(yaml, node, kind.map, where);
	}
	if (!isSeq(node)) return bad();
	const out: Value[] = [];
	for (const item of node.items as Node[]) {
		if (!isMap(item)) {
			yaml.report(item, `each entry of ${where} must be a mapping`);
			continue;
		}
		out.push(readMap(yaml, item, kind.list, `an entry of ${where}`));
	}
	return out;
}

/** Read a mapping against a spec, reporting unknown, missing and ill-typed fields at their lines. */
export function readMap(
	yaml: YamlFile,
	map: YAMLMap,
	spec: Spec,
	where: string
): { [key: string]: Value } {
	const out: { [key: string]: Value } = {};
	for (const pair of map.items) {
		const key = isScalar(pair.key) ? String(pair.key.value) : '';
		// Own fields only: a key such as `constructor` must not find Object.prototype's.
		const field = Object.hasOwn(spec, key) ? spec[key] : undefined;
		if (!field) {
			yaml.report(
				pair,
				`${where}: unknown field \`${key}\` (expected ${Object.keys(spec).join(', ')})`
			);
			continue;
		}
		const value = readValue(yaml, pair.value as Node | null, field.kind, `${where}: \`${key}\``);
		if (value !== undefined) out[key] = value;
	}
	for (const [key, field] of Object.entries(spec)) {
		if (field.required && findPair(map, key) === undefined) {
			yaml.report(map, `${where}: missing field \`${key}\``);
		}
	}
	return out;
}

/** Shorthand for a required field. */
export function req(kind: Kind): FieldSpec {
	return { kind, required: true };
}

/** Shorthand for an optional field. */
export function opt(kind: Kind): FieldSpec {
	return { kind, required: false };
}
