import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32, zipFiles } from './zip.ts';

const hasPython = (() => {
	try {
		execFileSync('python3', ['--version']);
		return true;
	} catch {
		return false;
	}
})();

const big = 'function sco() { return 1; }\n'.repeat(2000);
const files = {
	'imsmanifest.xml': '<manifest>é ü</manifest>',
	'index.html': '<!doctype html><p>Hello</p>',
	'sco.js': big,
	'images/dot.bin': new Uint8Array([0, 1, 2, 3, 255]),
	'empty.txt': ''
};

describe('zip archives', () => {
	it('computes CRC-32 as zlib does', () => {
		for (const text of ['', 'a', 'The quick brown fox', big])
			expect(crc32(new TextEncoder().encode(text))).toBe(zlibCrc32(text));
	});

	it('hold every file with its name and bytes, in the order given', () => {
		const out = unzipSync(zipFiles(files));
		expect(Object.keys(out)).toEqual(Object.keys(files));
		expect(strFromU8(out['imsmanifest.xml'])).toBe(files['imsmanifest.xml']);
		expect(strFromU8(out['sco.js'])).toBe(big);
		expect([...out['images/dot.bin']]).toEqual([0, 1, 2, 3, 255]);
		expect(out['empty.txt'].length).toBe(0);
	});

	it('are the same bytes every time, and a shared large file is compressed smaller than it is', () => {
		const a = zipFiles(files);
		expect(zipFiles(files)).toEqual(a);
		expect(a.length).toBeLessThan(big.length / 10);
	});

	// Python's zipfile, where the machine has it (Debian does): a reader we did not write.
	it.skipIf(!hasPython)(
		'pass a standard zip tool’s integrity test (CRCs, sizes, directory)',
		() => {
			const dir = mkdtempSync(join(tmpdir(), 'briefing-zip-'));
			try {
				const file = join(dir, 'test.zip');
				writeFileSync(file, zipFiles(files));
				const script =
					'import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nprint(z.testzip(), len(z.namelist()))';
				expect(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' }).trim()).toBe(
					'None 5'
				);
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
		}
	);
});
