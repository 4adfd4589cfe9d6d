/** A seeded pseudo-random source: the same seed always gives the same sequence. */
export interface Random {
	/** A float in [0, 1). */
	next(): number;
	/** An integer in [0, n). */
	int(n: number): number;
	/** A new array with the items in a seeded order. */
	shuffle<T>(items: readonly T[]): T[];
	/** One item, or undefined for an empty list. */
	pick<T>(items: readonly T[]): T | undefined;
}

/** FNV-1a over UTF-16 code units, then a final avalanche: small, fast and good enough to seed a PRNG. */
export function hashString(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}

/** mulberry32: a 32-bit state PRNG, enough for shuffles and picks (not for cryptography). */
export function createRandom(seed: string): Random {
	let state = hashString(seed);
	const next = (): number => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (n: number): number => Math.floor(next() * n);
	return {
		next,
		int,
		shuffle<T>(items: readonly T[]): T[] {
			const out = items.slice();
			for (let i = out.length - 1; i > 0; i--) {
				const j = int(i + 1);
				[out[i], out[j]] = [out[j], out[i]];
			}
			return out;
		},
		pick<T>(items: readonly T[]): T | undefined {
			return items.length === 0 ? undefined : items[int(items.length)];
		}
	};
}
