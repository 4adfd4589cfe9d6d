/**
 * The byte-level toolkit behind assignment links and result codes: varints, strings, base64url, CRC-32 and
 * the `B<kind><version>.<base64url>` frame. Plain functions, no DOM, so the same bytes come out in Node and
 * in every browser.
 */

/** A malformed byte string: thrown by `ByteReader`, reported to people as a damaged code. */
export class CodecError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'CodecError';
	}
}

/** Encodes any JS string, lone surrogates included, as WTF-8 (UTF-8 that also carries unpaired halves). */
export function stringToBytes(text: string): number[] {
	const out: number[] = [];
	for (let i = 0; i < text.length; i++) {
		let c = text.charCodeAt(i);
		if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
			const low = text.charCodeAt(i + 1);
			if (low >= 0xdc00 && low <= 0xdfff) {
				c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
				i++;
			}
		}
		if (c < 0x80) out.push(c);
		else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
		else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
		else {
			out.push(
				0xf0 | (c >> 18),
				0x80 | ((c >> 12) & 0x3f),
				0x80 | ((c >> 6) & 0x3f),
				0x80 | (c & 0x3f)
			);
		}
	}
	return out;
}

/** Decodes WTF-8; overlong or truncated sequences throw, so one text has exactly one byte form. */
export function bytesToString(bytes: ArrayLike<number>): string {
	const units: number[] = [];
	let i = 0;
	const cont = (): number => {
		const b = bytes[i++];
		if (b === undefined || (b & 0xc0) !== 0x80) throw new CodecError('Bad UTF-8 continuation.');
		return b & 0x3f;
	};
	while (i < bytes.length) {
		const b = bytes[i++];
		let c: number;
		if (b < 0x80) c = b;
		else if (b >= 0xc2 && b < 0xe0) c = ((b & 0x1f) << 6) | cont();
		else if (b >= 0xe0 && b < 0xf0) {
			c = ((b & 0x0f) << 12) | (cont() << 6) | cont();
			if (c < 0x800) throw new CodecError('Overlong UTF-8.');
		} else if (b >= 0xf0 && b < 0xf5) {
			c = ((b & 0x07) << 18) | (cont() << 12) | (cont() << 6) | cont();
			if (c < 0x10000 || c > 0x10ffff) throw new CodecError('Bad UTF-8 code point.');
		} else throw new CodecError('Bad UTF-8 lead byte.');
		if (c >= 0x10000) units.push(0xd800 + ((c - 0x10000) >> 10), 0xdc00 + ((c - 0x10000) & 0x3ff));
		else units.push(c);
	}
	let text = '';
	// Chunked so a long text does not overflow the argument limit of fromCharCode.
	for (let k = 0; k < units.length; k += 4096) {
		text += String.fromCharCode(...units.slice(k, k + 4096));
	}
	return text;
}

/** Appends fields to a growing byte string. */
export class ByteWriter {
	readonly #bytes: number[] = [];

	/** One byte, 0..255. */
	byte(b: number): void {
		if (!Number.isInteger(b) || b < 0 || b > 255) throw new RangeError(`Not a byte: ${b}.`);
		this.#bytes.push(b);
	}

	/** A non-negative safe integer as a LEB128 varint (1 byte below 128). */
	uint(n: number): void {
		if (!Number.isSafeInteger(n) || n < 0)
			throw new RangeError(`Not a non-negative integer: ${n}.`);
		// Arithmetic, not bit operators: times in ms do not fit in 32 bits.
		while (n >= 0x80) {
			this.#bytes.push((n % 0x80) | 0x80);
			n = Math.floor(n / 0x80);
		}
		this.#bytes.push(n);
	}

	/** An integer in [-2^52, 2^52), zigzag-mapped so small magnitudes stay one byte. */
	int(n: number): void {
		if (!Number.isInteger(n) || n < -(2 ** 52) || n >= 2 ** 52) {
			throw new RangeError(`Not an integer within 2^52: ${n}.`);
		}
		this.uint(n >= 0 ? n * 2 : -n * 2 - 1);
	}

	/** Four bytes, least significant first. */
	u32(n: number): void {
		for (let k = 0; k < 4; k++) this.#bytes.push((n >>> (8 * k)) & 0xff);
	}

	/** A string: its WTF-8 length, then the bytes. */
	text(s: string): void {
		const bytes = stringToBytes(s);
		this.uint(bytes.length);
		for (const b of bytes) this.#bytes.push(b);
	}

	/** The bytes written so far. */
	finish(): Uint8Array {
		return Uint8Array.from(this.#bytes);
	}
}

/** Reads fields back in the order a `ByteWriter` wrote them; anything malformed throws `CodecError`. */
export class ByteReader {
	readonly #bytes: Uint8Array;
	#at = 0;

	constructor(bytes: Uint8Array) {
		this.#bytes = bytes;
	}

	/** Whether every byte has been read. */
	get done(): boolean {
		return this.#at === this.#bytes.length;
	}

	/** One byte. */
	byte(): number {
		if (this.#at >= this.#bytes.length) throw new CodecError('Unexpected end of data.');
		return this.#bytes[this.#at++];
	}

	/** A varint written by `ByteWriter.uint`; non-minimal forms are refused so encodings stay canonical. */
	uint(): number {
		let n = 0;
		let scale = 1;
		for (let k = 0; ; k++) {
			const b = this.byte();
			n += (b & 0x7f) * scale;
			if (!Number.isSafeInteger(n)) throw new CodecError('Number too large.');
			if ((b & 0x80) === 0) {
				if (b === 0 && k > 0) throw new CodecError('Non-minimal number.');
				return n;
			}
			scale *= 0x80;
		}
	}

	/** A zigzag varint written by `ByteWriter.int`. */
	int(): number {
		const z = this.uint();
		return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
	}

	/** Four bytes, least significant first. */
	u32(): number {
		let n = 0;
		for (let k = 0; k < 4; k++) n += this.byte() * 2 ** (8 * k);
		return n;
	}

	/** A string written by `ByteWriter.text`. */
	text(): string {
		const length = this.uint();
		if (length > this.#bytes.length - this.#at) throw new CodecError('Text runs past the end.');
		const slice = this.#bytes.subarray(this.#at, this.#at + length);
		this.#at += length;
		return bytesToString(slice);
	}

	/** Throws unless every byte was read: trailing bytes mean a damaged or foreign code. */
	end(): void {
		if (!this.done) throw new CodecError('Unexpected bytes after the data.');
	}
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

/** base64url without padding: only letters, digits, `-` and `_`, safe in a URL fragment. */
export function toBase64Url(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
		for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 0x3f];
	}
	return out;
}

/** Reads base64url; a foreign character, an impossible length or stray low bits throw (strict, canonical). */
export function fromBase64Url(text: string): Uint8Array {
	if (text.length % 4 === 1) throw new CodecError('Impossible base64 length.');
	const out: number[] = [];
	for (let i = 0; i < text.length; i += 4) {
		const group = text.slice(i, i + 4);
		let n = 0;
		for (let k = 0; k < 4; k++) {
			const v = k < group.length ? VALUE.get(group[k]) : 0;
			if (v === undefined) throw new CodecError(`"${group[k]}" is not a base64url character.`);
			n = (n << 6) | v;
		}
		const bytes = group.length - 1;
		// Bits below the last whole byte must be zero, or two texts would decode to the same bytes.
		if ((n & ((1 << (8 * (3 - bytes))) - 1)) !== 0) throw new CodecError('Stray base64 bits.');
		for (let k = 0; k < bytes; k++) out.push((n >> (16 - 8 * k)) & 0xff);
	}
	return Uint8Array.from(out);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

/** CRC-32 (IEEE, as in zip and PNG): detects every error burst of up to 32 bits, so every changed character. */
export function crc32(bytes: ArrayLike<number>): number {
	let c = 0xffffffff;
	for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

/** A 32-bit number as eight lower-case hex digits. */
export function hex32(n: number): string {
	return (n >>> 0).toString(16).padStart(8, '0');
}

/** What a frame's header says it holds: A an assignment, R a result. */
export type FrameKind = 'A' | 'R';

/** A frame read back: its version, payload and checksum, or why it could not be read. */
export type Unframed =
	| { ok: true; kind: FrameKind; version: number; payload: Uint8Array; checksum: number }
	| { ok: false; problem: 'format' | 'newer' | 'damaged'; kind?: FrameKind };

const FRAME = /^B([AR])(\d{1,3})\.([A-Za-z0-9_-]*)$/;

function checked(kind: FrameKind, version: number, payload: Uint8Array): number {
	return crc32([kind.charCodeAt(0), version, ...payload]);
}

/** `B<kind><version>.<base64url(payload, CRC-32)>`; the CRC also covers kind and version. */
export function frame(kind: FrameKind, version: number, payload: Uint8Array): string {
	const crc = checked(kind, version, payload);
	// Little-endian after a reflected CRC makes payload and CRC one codeword, so a burst across the seam is caught too.
	const body = Uint8Array.from([
		...payload,
		crc & 0xff,
		(crc >>> 8) & 0xff,
		(crc >>> 16) & 0xff,
		crc >>> 24
	]);
	return `B${kind}${version}.${toBase64Url(body)}`;
}

/** Reads a frame; the version is checked before the checksum so an old site says "newer", not "damaged". */
export function unframe(text: string, maxVersion: number): Unframed {
	const m = FRAME.exec(text);
	if (!m) return { ok: false, problem: 'format' };
	const kind = m[1] as FrameKind;
	const version = Number(m[2]);
	if (version > maxVersion) return { ok: false, problem: 'newer', kind };
	if (version < 1 || String(version) !== m[2]) return { ok: false, problem: 'damaged', kind };
	let body: Uint8Array;
	try {
		body = fromBase64Url(m[3]);
	} catch {
		return { ok: false, problem: 'damaged', kind };
	}
	if (body.length < 4) return { ok: false, problem: 'damaged', kind };
	const payload = body.subarray(0, body.length - 4);
	const stored = new ByteReader(body.subarray(body.length - 4)).u32();
	const checksum = checked(kind, version, payload);
	if (stored !== checksum) return { ok: false, problem: 'damaged', kind };
	return { ok: true, kind, version, payload, checksum };
}
