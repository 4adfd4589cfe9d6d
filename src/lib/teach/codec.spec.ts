import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	ByteReader,
	ByteWriter,
	bytesToString,
	crc32,
	frame,
	fromBase64Url,
	stringToBytes,
	toBase64Url,
	unframe
} from './codec.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

describe('strings as WTF-8', () => {
	it('matches UTF-8 for well-formed text', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), (s) => {
				expect(Uint8Array.from(stringToBytes(s))).toEqual(new TextEncoder().encode(s));
			})
		);
	});

	it('round-trips every JS string, lone surrogates included', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
				(s) => {
					expect(bytesToString(stringToBytes(s))).toBe(s);
				}
			)
		);
	});

	it('refuses overlong and truncated sequences', () => {
		for (const bad of [[0xc0, 0x80], [0xe0, 0x80, 0x80], [0xe2, 0x82], [0xff], [0x80]]) {
			expect(() => bytesToString(bad)).toThrow();
		}
	});
});

describe('ByteWriter and ByteReader', () => {
	it('round-trip varints, signed ints, u32 and text', () => {
		fc.assert(
			fc.property(
				fc.nat({ max: Number.MAX_SAFE_INTEGER }),
				fc.integer({ min: -(2 ** 52), max: 2 ** 52 - 1 }),
				fc.nat({ max: 0xffffffff }),
				fc.string(),
				(u, i, w, s) => {
					const out = new ByteWriter();
					out.uint(u);
					out.int(i);
					out.u32(w);
					out.text(s);
					const r = new ByteReader(out.finish());
					expect([r.uint(), r.int(), r.u32(), r.text()]).toEqual([u, i, w, s]);
					expect(() => r.end()).not.toThrow();
				}
			)
		);
	});

	it('writes small numbers in one byte', () => {
		const w = new ByteWriter();
		w.uint(127);
		w.int(-64);
		expect(w.finish()).toHaveLength(2);
	});

	it('refuses non-minimal varints, reads past the end and trailing bytes', () => {
		expect(() => new ByteReader(Uint8Array.from([0x80, 0x00])).uint()).toThrow(/Non-minimal/);
		expect(() => new ByteReader(Uint8Array.from([0x80])).uint()).toThrow(/end/);
		expect(() => new ByteReader(Uint8Array.from([5, 65])).text()).toThrow(/past the end/);
		const r = new ByteReader(Uint8Array.from([1, 2]));
		r.byte();
		expect(() => r.end()).toThrow(/after/);
	});

	it('refuses values it cannot write exactly', () => {
		const w = new ByteWriter();
		expect(() => w.uint(-1)).toThrow(RangeError);
		expect(() => w.uint(1.5)).toThrow(RangeError);
		expect(() => w.uint(2 ** 53)).toThrow(RangeError);
		expect(() => w.byte(256)).toThrow(RangeError);
		expect(() => w.int(2 ** 52)).toThrow(RangeError);
	});
});

describe('base64url', () => {
	it('round-trips any bytes and matches Node', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
				const text = toBase64Url(bytes);
				expect(text).toBe(Buffer.from(bytes).toString('base64url'));
				expect(fromBase64Url(text)).toEqual(bytes);
			})
		);
	});

	it('is strict: foreign characters, impossible lengths and stray bits throw', () => {
		expect(() => fromBase64Url('AB+C')).toThrow();
		expect(() => fromBase64Url('ABCDE')).toThrow();
		// "AB" carries one byte and four spare bits; "AF" sets a spare bit.
		expect(fromBase64Url('AA')).toEqual(Uint8Array.from([0]));
		expect(() => fromBase64Url('AF')).toThrow(/Stray/);
	});
});

describe('crc32', () => {
	it('gives the standard check value', () => {
		expect(crc32(stringToBytes('123456789'))).toBe(0xcbf43926);
		expect(crc32([])).toBe(0);
	});
});

describe('frame and unframe', () => {
	it('round-trip and report the checksum', () => {
		fc.assert(
			fc.property(
				fc.uint8Array({ maxLength: 60 }),
				fc.constantFrom('A' as const, 'R' as const),
				(payload, kind) => {
					const text = frame(kind, 1, payload);
					expect(text).toMatch(/^B[AR]1\.[A-Za-z0-9_-]+$/);
					const back = unframe(text, 1);
					expect(back.ok && back.kind === kind && back.payload).toEqual(payload);
				}
			)
		);
	});

	it('tells a foreign text, a newer version and damage apart', () => {
		const text = frame('A', 1, Uint8Array.from([1, 2, 3]));
		expect(unframe('hello', 1)).toEqual({ ok: false, problem: 'format' });
		expect(unframe(text.replace('BA1', 'BA2'), 1)).toEqual({
			ok: false,
			problem: 'newer',
			kind: 'A'
		});
		expect(unframe(text.replace('BA1', 'BA0'), 1)).toMatchObject({ problem: 'damaged' });
		expect(unframe(text.replace('BA1', 'BA01'), 1)).toMatchObject({ problem: 'damaged' });
		expect(unframe(text.slice(0, -1), 1)).toMatchObject({ problem: 'damaged' });
		expect(unframe('BA1.AAA', 1)).toMatchObject({ problem: 'damaged' });
	});

	it('detects every single-character substitution (CRC-32 catches every burst up to 32 bits)', () => {
		fc.assert(
			fc.property(fc.uint8Array({ minLength: 0, maxLength: 40 }), (payload) => {
				const text = frame('R', 1, payload);
				for (let i = 0; i < text.length; i++) {
					for (const c of `${ALPHABET}.`) {
						if (c === text[i]) continue;
						const changed = text.slice(0, i) + c + text.slice(i + 1);
						expect(unframe(changed, 1).ok).toBe(false);
					}
				}
			}),
			{ numRuns: 40 }
		);
	});
});
