/**
 * Reading typed fields out of a YAML map (front matter): strings, lists, whole numbers and dates,
 * each problem reported at the field's line with a hint at the name the author likely meant.
 */
import { LineCounter, isMap, isScalar, isSeq } from 'yaml';
import type { ParsedNode, YAMLMap } from 'yaml';
import type { Report } from './problems.ts';
import { parseYaml } from './yaml.ts';

/** Where field problems go: the file, its line lookup, and the line that stands for the whole map. */
export interface FieldContext {
	/** File the fields come from. */
	file: string;
	/** Line lookup of the parsed YAML. */
	lines: LineCounter;
	/** Line for problems about the map as a whole, such as a missing field. */
	mapLine: number;
	/** Prefix for field names in messages (`source.` inside the source map). */
	prefix: string;
	/** Collects problems. */
	report: Report;
}

/** A field as written: the line of its key and its value node. */
export interface Field {
	/** Line of the key. */
	line: number;
	/** The value, null when nothing follows the colon. */
	node: ParsedNode | null;
}

function lineOf(ctx: FieldContext, node: ParsedNode | null, fallback: number): number {
	return node?.range ? ctx.lines.linePos(node.range[0]).line : fallback;
}

/** Read a map's fields, reporting unknown ones with the allowed list and the likely intended name. */
export function readFields(
	ctx: FieldContext,
	map: YAMLMap.Parsed,
	allowed: readonly string[]
): Map<string, Field> {
	const fields = new Map<string, Field>();
	for (const pair of map.items) {
		const key = pair.key;
		const name = isScalar(key) ? String(key.value) : String(key);
		const line = lineOf(ctx, key, ctx.mapLine);
		if (!allowed.includes(name)) {
			const guess = closest(name, allowed);
			const hint = guess ? ` (did you mean \`${ctx.prefix}${guess}\`?)` : '';
			ctx.report(
				ctx.file,
				line,
				`unknown field \`${ctx.prefix}${name}\`${hint}; allowed fields are ${allowed.join(', ')}`
			);
			continue;
		}
		fields.set(name, { line, node: pair.value });
	}
	return fields;
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

/** How a value reads in a message: its text for scalars, its kind otherwise. */
export function got(node: ParsedNode | null): string {
	if (node === null) return 'nothing';
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

function stringValue(node: ParsedNode | null): string | undefined {
	return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

/** The field's node, or a "missing" report when it is required and absent. */
export function take(
	ctx: FieldContext,
	fields: Map<string, Field>,
	name: string,
	required: boolean
): Field | undefined {
	const field = fields.get(name);
	if (!field && required) {
		ctx.report(ctx.file, ctx.mapLine, `missing required field \`${ctx.prefix}${name}\``);
	}
	return field;
}

/** A required or optional non-empty string field. */
export function text(
	ctx: FieldContext,
	fields: Map<string, Field>,
	name: string,
	required = true
): string | undefined {
	const field = take(ctx, fields, name, required);
	if (!field) return undefined;
	const value = stringValue(field.node);
	if (value === undefined) {
		ctx.report(
			ctx.file,
			field.line,
			`\`${ctx.prefix}${name}\` must be a string (got ${got(field.node)})`
		);
		return undefined;
	}
	if (value.trim() === '') {
		ctx.report(ctx.file, field.line, `\`${ctx.prefix}${name}\` must not be empty`);
		return undefined;
	}
	return value.trim();
}

/** A list item's text and line. */
interface Item {
	/** The trimmed text. */
	text: string;
	/** Its line in the file. */
	line: number;
}

/** A list of non-empty strings with a length limit; each bad item is reported on its own line. */
export function textList(
	ctx: FieldContext,
	fields: Map<string, Field>,
	name: string,
	count: { min: number; max: number; says: string }
): Item[] | undefined {
	const field = take(ctx, fields, name, true);
	if (!field) return undefined;
	const label = `${ctx.prefix}${name}`;
	if (!isSeq(field.node)) {
		ctx.report(
			ctx.file,
			field.line,
			`\`${label}\` must be a list of strings (got ${got(field.node)})`
		);
		return undefined;
	}
	const items = field.node.items;
	if (items.length < count.min || items.length > count.max) {
		ctx.report(ctx.file, field.line, `\`${label}\` must list ${count.says} (got ${items.length})`);
	}
	const values: Item[] = [];
	items.forEach((item, i) => {
		const value = stringValue(item);
		const line = lineOf(ctx, item, field.line);
		if (value === undefined || value.trim() === '') {
			const problem = value === undefined ? `got ${got(item)}` : 'it is empty';
			ctx.report(
				ctx.file,
				line,
				`item ${i + 1} of \`${label}\` must be a non-empty string (${problem})`
			);
			return;
		}
		values.push({ text: value.trim(), line });
	});
	return values;
}

/** An integer field within bounds; `describe` says what is expected. */
export function integer(
	ctx: FieldContext,
	fields: Map<string, Field>,
	name: string,
	bounds: { min: number; max: number; describe: string; required: boolean }
): number | undefined {
	const field = take(ctx, fields, name, bounds.required);
	if (!field) return undefined;
	const value: unknown = isScalar(field.node) ? field.node.value : undefined;
	if (
		typeof value !== 'number' ||
		!Number.isInteger(value) ||
		value < bounds.min ||
		value > bounds.max
	) {
		ctx.report(
			ctx.file,
			field.line,
			`\`${ctx.prefix}${name}\` must be ${bounds.describe} (got ${got(field.node)})`
		);
		return undefined;
	}
	return value;
}

/** Publication date as written; YAML reads an unquoted `2025` as a number, so plain scalars keep their source text. */
export function dateText(ctx: FieldContext, fields: Map<string, Field>): string | undefined {
	const field = take(ctx, fields, 'date', true);
	if (!field) return undefined;
	const node = field.node;
	const written =
		isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')
			? (typeof node.value === 'string' ? node.value : (node.source ?? String(node.value))).trim()
			: undefined;
	if (written === undefined || !isCalendarDate(written)) {
		ctx.report(
			ctx.file,
			field.line,
			`\`${ctx.prefix}date\` must be a date written YYYY, YYYY-MM or YYYY-MM-DD (got ${got(node)})`
		);
		return undefined;
	}
	return written;
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

/** The front matter of a markdown file as a map, or null after reporting why it cannot be read. */
export function frontMatterMap(
	file: string,
	yaml: string | null,
	unclosed: boolean,
	allowed: readonly string[],
	report: Report
): { map: YAMLMap.Parsed | null; lines: LineCounter } | null {
	if (unclosed) {
		report(file, 1, 'front matter opened on line 1 is never closed; end it with a `---` line');
		return null;
	}
	if (yaml === null) {
		report(
			file,
			1,
			`the file must start with front matter between \`---\` lines (fields: ${allowed.join(', ')})`
		);
		return null;
	}
	const parsed = parseYaml(yaml, file, 2, report);
	if (!parsed) return null;
	const contents = parsed.doc.contents;
	if (contents === null || (isScalar(contents) && contents.value === null)) {
		return { map: null, lines: parsed.lines };
	}
	if (!isMap(contents)) {
		report(file, 1, 'front matter must be a map of fields such as `title: ...`');
		return null;
	}
	return { map: contents, lines: parsed.lines };
}
