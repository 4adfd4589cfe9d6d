// Readers for JSON that came from outside the code (local storage, a file): each checks one field's type and
// returns it typed, or throws a ShapeError naming the field's path and what was expected there. The stored
// progress (schema.ts) and the teacher's gradebook (teach/gradebook.ts) are read with them.

/** A field with the wrong shape; the message is `path: expected …`. */
export class ShapeError extends Error {}

/** A JSON object. */
export type Json = Record<string, unknown>;

/** Throws a ShapeError for the field at `path`. */
export function fail(path: string, expected: string): never {
	throw new ShapeError(`${path || 'value'}: expected ${expected}`);
}

export function record(v: unknown, path: string): Json {
	if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(path, 'an object');
	return v as Json;
}

export function array(v: unknown, path: string): unknown[] {
	if (!Array.isArray(v)) fail(path, 'a list');
	return v;
}

export function str(v: unknown, path: string): string {
	if (typeof v !== 'string') fail(path, 'a string');
	return v;
}

/** A finite number: NaN and infinities cannot come from JSON, but a migrated value might hold them. */
export function num(v: unknown, path: string): number {
	if (typeof v !== 'number' || !Number.isFinite(v)) fail(path, 'a number');
	return v;
}

export function bool(v: unknown, path: string): boolean {
	if (typeof v !== 'boolean') fail(path, 'true or false');
	return v;
}

/** `o[key]` read with `read` when present, undefined when absent. */
export function optional<T>(
	o: Json,
	key: string,
	path: string,
	read: (v: unknown, p: string) => T
): T | undefined {
	return o[key] === undefined ? undefined : read(o[key], `${path}.${key}`);
}

export function strings(v: unknown, path: string): string[] {
	return array(v, path).map((x, i) => str(x, `${path}[${i}]`));
}

/** An object whose every value is read with `read`; a "__proto__" key stays data (own property). */
export function mapRecord<T>(
	v: unknown,
	path: string,
	read: (v: unknown, p: string, key: string) => T
): Record<string, T> {
	return Object.fromEntries(
		Object.entries(record(v, path)).map(([k, x]) => [k, read(x, `${path}.${k}`, k)])
	);
}

/** `base` with the defined values of `extra` added: optional fields stay absent rather than undefined. */
export function withOptional<T extends object>(base: T, extra: Json): T {
	for (const [k, v] of Object.entries(extra)) if (v !== undefined) Object.assign(base, { [k]: v });
	return base;
}
