/**
 * Readers for the JSON a student's page keeps or hands on (stored assignment work, result files): each
 * checks one value's type and returns it typed, or throws a ShapeError whose message is the value's path
 * (`work.attempts[0].name`), which the work page quotes as it is. The gradebook and stored progress use
 * progress/json-shape.ts, whose messages also say what was expected.
 */

/** A value with the wrong shape; the message is its path. */
export class ShapeError extends Error {}

/** A JSON object. */
export type Json = Record<string, unknown>;

export function record(v: unknown, path: string): Json {
	if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new ShapeError(path);
	return v as Json;
}

export function str(v: unknown, path: string): string {
	if (typeof v !== 'string') throw new ShapeError(path);
	return v;
}

/** A finite number. */
export function num(v: unknown, path: string): number {
	if (typeof v !== 'number' || !Number.isFinite(v)) throw new ShapeError(path);
	return v;
}

export function strings(v: unknown, path: string): string[] {
	if (!Array.isArray(v)) throw new ShapeError(path);
	return v.map((x, i) => str(x, `${path}[${i}]`));
}
