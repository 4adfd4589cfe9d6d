import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { QUIET_ZONE, qrImage } from './qr.ts';

/** Paints the SVG path's rectangles into an RGBA bitmap, `scale` pixels per module, and reads it back. */
function decodePath(text: string, scale = 4): string | null {
	const image = qrImage(text);
	const width = image.size * scale;
	const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
	for (const m of image.path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
		const [x0, y0, run] = [Number(m[1]), Number(m[2]), Number(m[3])];
		for (let y = y0 * scale; y < (y0 + 1) * scale; y++) {
			for (let x = x0 * scale; x < (x0 + run) * scale; x++) {
				const at = (y * width + x) * 4;
				pixels[at] = pixels[at + 1] = pixels[at + 2] = 0;
			}
		}
	}
	return jsQR(pixels, width, width)?.data ?? null;
}

describe('qrImage', () => {
	it('draws a code that a QR reader decodes back to the link', () => {
		const link = 'https://school.example/modules/summit/assignment#a=BA1.AbCdEf-_0123456789';
		expect(decodePath(link)).toBe(link);
	});

	it('holds a long assignment link with hand-picked questions', () => {
		const link = `https://school.example/briefing/modules/organised-immigration-crime-summit/assignment#a=BA1.${'x9_-Q'.repeat(70)}`;
		expect(link.length).toBeGreaterThan(400);
		expect(decodePath(link)).toBe(link);
	});

	it('leaves the standard quiet zone around the code', () => {
		const image = qrImage('https://example.org/');
		expect(image.size).toBe(image.matrix.length + 2 * QUIET_ZONE);
		const xs = [...image.path.matchAll(/M(\d+) (\d+)/g)].flatMap((m) => [
			Number(m[1]),
			Number(m[2])
		]);
		expect(Math.min(...xs)).toBe(QUIET_ZONE);
		// The top-left finder pattern: a 7-module dark ring starting at the corner.
		expect(image.matrix[0].slice(0, 7).every(Boolean)).toBe(true);
		expect(image.matrix[1][1]).toBe(false);
	});
});
