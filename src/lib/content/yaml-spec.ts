/**
 * Reading YAML maps against a declarative spec, the one field reader of front matter, facts.yaml and
 * questions.yaml: each unknown, missing or ill-typed field is reported at its line, unknown ones with
 * the allowed list and the name the author likely meant, wrong types with what was written.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { Node, YAMLMap } from 'yaml';
import { findPair, got, keyName, parseYaml, type Yaml } from './yaml.ts';
import type { Report } from './problems.ts';

/** How many entries a list may hold, and the phrase that says so (`2 or 3 questions`). */
export interface Count {
	/** Fewest entries. */
	min: number;
	/** Most entries. */
	max: number;
	/** What the author is told, after "must list". */
	says: string;
}

/** What a field's value must be. */
export type Kind =
	/** Non-empty text, trimmed. */
	| 'string'
	/** Any finite number. */
	| 'number'
	/** `true` or `false`. */
	| 'boolean'
	/** `true` or `false`, read as the text `'true'` or `'false'`. */
	| 'truth'
	/** A list of non-empty texts. */
	| 'strings'
	/** A list of numbers. */
	| 'numbers'
	/** One text or a list of texts. */
	| 'string-or-strings'
	/** A calendar date written YYYY, YYYY-MM or YYYY-MM-DD, kept as written (an unquoted `2025` too). */
	| 'date'
	/** A list of non-empty texts whose length is limited. */
	| { strings: Count }
	/** A whole number within bounds; `says` is what is expected (`a whole number from 1 to 100`). */
	| { integer: { min: number; max: number; says: string } }
	/** One of some texts. */
	| { enum: readonly string[] }
	/** A nested map; `says` describes it when it is something else. */
	| { map: Spec; says?: string }
	/** A list of maps. */
	| { list: Spec };

/** One field of a mapping. */
export interface FieldSpec {
	/** The value's shape. */
	kind: Kind;
	/** Whether leaving it out is a problem. */
	required: boolean;
}

/** The fields a mapping may have, in the order problems about missing ones are told. */
export type Spec = Record<string, FieldSpec>;

/** A plain value read from YAML. */
export type Value = string | number | boolean | Value[] | { [key: string]: Value };

/** Shorthand for a required field. */
export function req(kind: Kind): FieldSpec {
	return { kind, required: true };
}

/** Shorthand for an optional field. */
export function opt(kind: Kind): FieldSpec {
	return { kind, required: false };
}

/** A step into a value: a field's name or a list entry's 1-based number. */
type Step = string | number;

/** Where a map sits, for messages: a prefix naming its owner, its path, and the line a missing field goes to. */
export interface MapPlace {
	/** Before every message, such as "fact `x`: " (empty for front matter). */
	owner: string;
	/** Path of the map inside its owner: `[]` at the top, `['source']`, `['options', 2]`. */
	path?: Step[];
	/** Line for problems about the map as a whole, such as a missing field. */
	line: number;
}

/**
 * How a path reads: `` `source.date` ``, `` item 2 of `tags` ``, `` `text` in item 2 of `options` ``.
 */
export function nameOf(path: readonly Step[]): string {
	const last = path.findLastIndex((step) => typeof step === 'number');
	if (last === -1) return `\`${path.join('.')}\``;
	const inner = path.slice(last + 1);
	const item = `item ${path[last]} of ${nameOf(path.slice(0, last))}`;
	return inner.length === 0 ? item : `\`${inner.join('.')}\` in ${item}`;
}

/** The allowed name within two edits of a typo, if any. */
function closest(name: string, allowed: readonly string[]): string | undefined {
	let best: { name: string; distance: number } | undefined;
	for (const candidate of allowed) {
		const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
		if (distance <= 2 && (!best || distance < best.distance)) best = { name: candidate, distance };
	}
	return best?.name;
}

function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
			current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
		}
		previous = current;
	}
	return previous[b.length];
}

/**
 * "unknown field `x` (did you mean `y`?); allowed fields are …", the one message for a name that is not
 * allowed; `path` is where the map sits, `what` the noun (`field`, `top-level field`).
 */
export function unknownField(
	name: string,
	allowed: readonly string[],
	path: readonly Step[] = [],
	what = 'field'
): string {
	const guess = closest(name, allowed);
	// Inside a list entry the hint names the field alone: "did you mean `text`?".
	const inner = path.slice(path.findLastIndex((step) => typeof step === 'number') + 1);
	const hint = guess ? ` (did you mean ${nameOf([...inner, guess])}?)` : '';
	return `unknown ${what} ${nameOf([...path, name])}${hint}; allowed fields are ${allowed.join(', ')}`;
}

function describe(kind: Kind): string {
	if (typeof kind === 'string') {
		return {
			string: 'text',
			number: 'a number',
			boolean: '`true` or `false`',
			truth: '`true` or `false`',
			strings: 'a list of texts',
			numbers: 'a list of numbers',
			'string-or-strings': 'text or a list of texts',
			date: 'a date written YYYY, YYYY-MM or YYYY-MM-DD'
		}[kind];
	}
	if ('strings' in kind) return 'a list of texts';
	if ('integer' in kind) return kind.integer.says;
	if ('enum' in kind) return `one of ${kind.enum.join(', ')}`;
	if ('map' in kind) return kind.says ?? 'a map';
	return 'a list of maps';
}

function isCalendarDate(text: string): boolean {
	const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
	if (!match) return false;
	const [, year, month, day] = match;
	if (month === undefined) return true;
	const m = Number(month);
	if (m < 1 || m > 12) return false;
	if (day === undefined) return true;
	const daysInMonth = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
	return Number(day) >= 1 && Number(day) <= daysInMonth;
}

/** What reading a value needs: the file, the owner prefix, and the line of the value's key. */
interface Reading {
	yaml: Yaml;
	owner: string;
	line: number;
}

function readValue(r: Reading, node: Node | null, kind: Kind, path: Step[]): Value | undefined {
	const bad = (): undefined => {
		r.yaml.at(r.line, `${r.owner}${nameOf(path)} must be ${describe(kind)} (got ${got(node)})`);
		return undefined;
	};
	const value: unknown = isScalar(node) ? node.value : undefined;
	const each = (items: Kind): Value[] | undefined => {
		if (!isSeq(node)) return bad();
		const out: Value[] = [];
		(node.items as Node[]).forEach((item, i) => {
			const line = item?.range ? r.yaml.lineOf(item) : r.line;
			const v = readValue({ ...r, line }, item, items, [...path, i + 1]);
			if (v !== undefined) out.push(v);
		});
		return out;
	};
	if (kind === 'string') {
		if (typeof value !== 'string') return bad();
		if (value.trim() === '') {
			r.yaml.at(r.line, `${r.owner}${nameOf(path)} must not be empty`);
			return undefined;
		}
		return value.trim();
	}
	if (kind === 'number') {
		return typeof value === 'number' && Number.isFinite(value) ? value : bad();
	}
	if (kind === 'boolean') return typeof value === 'boolean' ? value : bad();
	if (kind === 'truth') {
		if (value === true || value === 'true') return 'true';
		if (value === false || value === 'false') return 'false';
		return bad();
	}
	if (kind === 'date') {
		// YAML reads an unquoted `2025` as a number, so plain scalars keep their source text.
		const written =
			typeof value === 'string'
				? value.trim()
				: typeof value === 'number' && isScalar(node)
					? (node.source ?? String(value)).trim()
					: undefined;
		return written !== undefined && isCalendarDate(written) ? written : bad();
	}
	if (kind === 'numbers') return each('number');
	if (kind === 'string-or-strings' && typeof value === 'string') {
		return readValue(r, node, 'string', path);
	}
	if (kind === 'strings' || kind === 'string-or-strings') return each('string');
	if ('strings' in kind) {
		if (!isSeq(node)) return bad();
		const count = node.items.length;
		if (count < kind.strings.min || count > kind.strings.max) {
			r.yaml.at(r.line, `${r.owner}${nameOf(path)} must list ${kind.strings.says} (got ${count})`);
		}
		return each('string');
	}
	if ('integer' in kind) {
		const { min, max } = kind.integer;
		const whole = typeof value === 'number' && Number.isInteger(value);
		return whole && value >= min && value <= max ? value : bad();
	}
	if ('enum' in kind) {
		const text = typeof value === 'string' ? value.trim() : undefined;
		return text !== undefined && kind.enum.includes(text) ? text : bad();
	}
	if ('map' in kind) {
		if (!isMap(node)) return bad();
		return readMap(r.yaml, node, kind.map, { owner: r.owner, path, line: r.line });
	}
	if (!isSeq(node)) return bad();
	const out: Value[] = [];
	(node.items as Node[]).forEach((item, i) => {
		const line = item?.range ? r.yaml.lineOf(item) : r.line;
		if (!isMap(item)) {
			r.yaml.at(line, `${r.owner}${nameOf([...path, i + 1])} must be a map (got ${got(item)})`);
			return;
		}
		out.push(readMap(r.yaml, item, kind.list, { owner: r.owner, path: [...path, i + 1], line }));
	});
	return out;
}

/**
 * Read a mapping against a spec: unknown fields (with a hint at the likely name) and ill-typed ones are
 * reported at their lines in the order written, then missing required fields at `place.line` in spec order.
 * A null map reads as an empty one. Only well-formed fields are in the result.
 */
export function readMap(
	yaml: Yaml,
	map: YAMLMap | null,
	spec: Spec,
	place: MapPlace
): { [key: string]: Value } {
	const path = place.path ?? [];
	const out: { [key: string]: Value } = {};
	const allowed = Object.keys(spec);
	for (const pair of map?.items ?? []) {
		const key = keyName(pair);
		const line = yaml.lineOf(pair.key ? pair : map);
		// Own fields only: a key such as `constructor` must not find Object.prototype's.
		const field = Object.hasOwn(spec, key) ? spec[key] : undefined;
		if (!field) {
			yaml.at(line, `${place.owner}${unknownField(key, allowed, path)}`);
			continue;
		}
		const reading = { yaml, owner: place.owner, line };
		const value = readValue(reading, pair.value as Node | null, field.kind, [...path, key]);
		if (value !== undefined) out[key] = value;
	}
	for (const [key, field] of Object.entries(spec)) {
		if (field.required && (!map || findPair(map, key) === undefined)) {
			yaml.at(place.line, `${place.owner}missing required field ${nameOf([...path, key])}`);
		}
	}
	return out;
}

/** A front matter read against its spec: the well-formed fields and the parsed YAML for further checks. */
export interface FrontMatterFields {
	/** Well-formed fields. */
	values: { [key: string]: Value };
	/** The parsed front matter, lines counted in the markdown file. */
	yaml: Yaml;
	/** Its map of fields, null when the front matter is empty. */
	map: YAMLMap | null;
}

/**
 * The front matter of a markdown file (the YAML between `---` lines, from line 2) read against a spec,
 * or null after reporting why it cannot be read. Problems about the whole map go to line 1.
 */
export function readFrontMatter(
	file: string,
	split: { yaml: string | null; unclosed: boolean },
	spec: Spec,
	report: Report
): FrontMatterFields | null {
	const allowed = Object.keys(spec);
	if (split.unclosed) {
		report(file, 1, 'front matter opened on line 1 is never closed; end it with a `---` line');
		return null;
	}
	if (split.yaml === null) {
		report(
			file,
			1,
			`the file must start with front matter between \`---\` lines (fields: ${allowed.join(', ')})`
		);
		return null;
	}
	const yaml = parseYaml(split.yaml, file, 2, report);
	if (!yaml) return null;
	if (yaml.root !== null && !isMap(yaml.root)) {
		report(file, 1, 'front matter must be a map of fields such as `title: ...`');
		return null;
	}
	const map = yaml.root;
	return { values: readMap(yaml, map, spec, { owner: '', line: 1 }), yaml, map };
}

/**
 * The entries of the list under a top-level key (`facts:`, `questions:`), reporting when it is missing or
 * not a list; `others` are the other top-level fields allowed, checked by their readers.
 */
export function topList(yaml: Yaml, key: string, others: readonly string[] = []): Node[] {
	if (yaml.root === null) {
		yaml.at(null, `expected a top-level \`${key}:\` list`);
		return [];
	}
	if (!isMap(yaml.root)) {
		yaml.at(yaml.root, `expected a map with a top-level \`${key}:\` list (got ${got(yaml.root)})`);
		return [];
	}
	const allowed = [key, ...others];
	for (const pair of yaml.root.items) {
		const name = keyName(pair);
		if (!allowed.includes(name)) yaml.at(pair, unknownField(name, allowed, [], 'top-level field'));
	}
	const pair = findPair(yaml.root, key);
	if (!pair) {
		yaml.at(yaml.root, `expected a top-level \`${key}:\` list`);
		return [];
	}
	if (!isSeq(pair.value)) {
		yaml.at(pair, `\`${key}\` must be a list (got ${got(pair.value)})`);
		return [];
	}
	return pair.value.items as Node[];
}
