import { strFromU8, strToU8, unzlibSync, zlibSync } from 'fflate';
import type { Item } from '../questions/types.ts';
import { finishAttempt, type Attempt } from '../quiz/attempt.ts';
import type { Response } from '../quiz/grade.ts';

/** The attempt in as few characters as SCORM 1.2's 4,096 allow: items by bank index, no display orders. */
interface Compact {
	v: 1;
	id: string;
	m: Attempt['mode'];
	l: Attempt['length'];
	s: string;
	q: number[];
	t: number;
	u: number;
	a: [number, Response, number][];
	f?: number;
}

function toBase64(bytes: Uint8Array): string {
	let s = '';
	for (const b of bytes) s += String.fromCharCode(b);
	return btoa(s);
}

function fromBase64(text: string): Uint8Array {
	const s = atob(text);
	const bytes = new Uint8Array(s.length);
	for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
	return bytes;
}

// Display orders are left out: resolveAttempt draws them again from the seed, which gives the same order.
/** The attempt as suspend data: compact JSON, deflated, in base64 (safe in any LMS text field). */
export function encodeSuspend(attempt: Attempt, bank: readonly Item[]): string {
	const index = new Map(bank.map((item, i) => [item.id, i]));
	const compact: Compact = {
		v: 1,
		id: attempt.id,
		m: attempt.mode,
		l: attempt.length,
		s: attempt.seed,
		q: attempt.items.flatMap((id) => (index.has(id) ? [index.get(id)!] : [])),
		t: attempt.startedAt,
		u: attempt.updatedAt,
		a: Object.entries(attempt.answers).flatMap(([id, a]) =>
			index.has(id) ? [[index.get(id)!, a.response, a.at] as [number, Response, number]] : []
		),
		...(attempt.finishedAt !== undefined ? { f: attempt.finishedAt } : {})
	};
	return toBase64(zlibSync(strToU8(JSON.stringify(compact)), { level: 9 }));
}

/** The attempt that suspend data holds, marked again if it was finished; undefined when unreadable. */
export function decodeSuspend(
	text: string,
	module: string,
	bank: readonly Item[],
	passMark: number
): Attempt | undefined {
	if (!text) return undefined;
	let c: Compact;
	try {
		c = JSON.parse(strFromU8(unzlibSync(fromBase64(text)))) as Compact;
	} catch {
		return undefined;
	}
	if (c?.v !== 1 || !Array.isArray(c.q) || !Array.isArray(c.a)) return undefined;
	const idAt = (i: number) => bank[i]?.id;
	const attempt: Attempt = {
		id: String(c.id),
		module,
		mode: c.m === 'test' ? 'test' : 'practice',
		length: c.l,
		seed: String(c.s),
		items: c.q.map(idAt).filter((id): id is string => id !== undefined),
		orders: {},
		startedAt: c.t,
		updatedAt: c.u,
		answers: Object.fromEntries(
			c.a.flatMap(([i, response, at]) =>
				idAt(i) !== undefined ? [[idAt(i)!, { response, at }]] : []
			)
		)
	};
	return c.f === undefined ? attempt : finishAttempt(attempt, bank, passMark, c.f);
}
