import { encode } from 'uqr';

/** A QR code as one SVG path: dark modules as unit squares, with the quiet zone the standard asks for. */
export interface QrImage {
	/** Width and height in modules, quiet zone included. */
	size: number;
	/** Path data of the dark modules, in module units. */
	path: string;
	/** The dark/light matrix without the quiet zone (true is dark), for tests and other renderers. */
	matrix: boolean[][];
}

/** Modules of light margin on each side: the QR standard's minimum. */
export const QUIET_ZONE = 4;

/**
 * Encodes text (a share link) as a QR code, error correction level M: readable from a classroom screen
 * with a phone even when part of it is glared.
 */
export function qrImage(text: string): QrImage {
	const qr = encode(text, { ecc: 'M', border: 0 });
	const matrix = qr.data.map((row) => [...row]);
	const parts: string[] = [];
	matrix.forEach((row, y) => {
		// Runs of dark modules become one rectangle each: a far shorter path than a square per module.
		for (let x = 0; x < row.length;) {
			if (!row[x]) {
				x++;
				continue;
			}
			let end = x;
			while (end < row.length && row[end]) end++;
			parts.push(`M${x + QUIET_ZONE} ${y + QUIET_ZONE}h${end - x}v1h${x - end}z`);
			x = end;
		}
	});
	return { size: matrix.length + 2 * QUIET_ZONE, path: parts.join(''), matrix };
}
