import { describe, expect, it } from 'vitest';
import {
	mapRecord,
	num,
	optional,
	record,
	ShapeError,
	strings,
	withOptional
} from './json-shape.ts';

/** The ShapeError message `read` throws; fails the test when it returns. */
function messageOf(read: () => unknown): string {
	try {
		read();
	} catch (e) {
		expect(e).toBeInstanceOf(ShapeError);
		return (e as ShapeError).message;
	}
	throw new Error('expected a ShapeError');
}

describe('json-shape readers', () => {
	it('name the path of the first wrong field and what was expected', () => {
		expect(messageOf(() => record([], 'data'))).toBe('data: expected an object');
		expect(messageOf(() => record(null, ''))).toBe('value: expected an object');
		expect(messageOf(() => strings(['a', 2], 'data.tags'))).toBe('data.tags[1]: expected a string');
		expect(messageOf(() => num(Infinity, 'x'))).toBe('x: expected a number');
		expect(messageOf(() => optional({ n: 'one' }, 'n', 'data', num))).toBe(
			'data.n: expected a number'
		);
	});

	it('read what is right, keep "__proto__" as data and leave absent optionals out', () => {
		expect(optional({}, 'n', 'data', num)).toBeUndefined();
		const map = mapRecord(JSON.parse('{"__proto__": 1, "a": 2}'), 'm', num);
		expect(Object.keys(map)).toEqual(['__proto__', 'a']);
		expect(Object.getPrototypeOf(map)).toBe(Object.prototype);
		expect(messageOf(() => mapRecord({ a: 1, b: 'x' }, 'm', num))).toBe('m.b: expected a number');
		const out = withOptional({ id: 'a' }, { note: undefined, seen: 2 });
		expect(out).toEqual({ id: 'a', seen: 2 });
		expect('note' in out).toBe(false);
	});
});
