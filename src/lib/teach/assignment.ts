import { factDisjoint } from '../quiz/attempt.ts';
import { createRandom, hashString } from '../questions/random.ts';
import type { Item } from '../questions/types.ts';
import type { QuizMode } from '../quiz/attempt.ts';
import { ByteReader, ByteWriter, CodecError, frame, hex32, unframe } from './codec.ts';

/** Version of the assignment link format; `decodeAssignment` reads this one and every earlier one. */
export const ASSIGNMENT_VERSION = 1;

/** The fragment parameter that carries an assignment in a share link: `#a=<code>`. */
export const ASSIGNMENT_PARAM = 'a';

/** Every question of the bank. */
export interface AllSelection {
	/** Asks them all. */
	kind: 'all';
}

/** The same `count` questions for every student, drawn from the bank with a fixed seed. */
export interface DrawSelection {
	/** Asks a seeded draw. */
	kind: 'draw';
	/** How many questions; the whole bank when it has fewer. */
	count: number;
	/** Seed of the draw; any text. */
	seed: string;
}

/** Questions the teacher picked by hand. */
export interface PickedSelection {
	/** Asks the picked questions. */
	kind: 'picked';
	/** Item ids, at least one, in sorted order (a decoded link gives them back sorted). */
	ids: string[];
}

/** Which questions of the module's bank an assignment asks. */
export type Selection = AllSelection | DrawSelection | PickedSelection;

/** A teacher's assignment of one module to a class; everything the share link carries. */
export interface Assignment {
	/** Format version it was made with (ASSIGNMENT_VERSION for new ones). */
	version: number;
	/** Slug of the module. */
	module: string;
	/** `bankFingerprint` of the module's bank when the assignment was made. */
	bank: string;
	/** Title for the class, shown to students; any text. */
	title: string;
	/** Which questions are asked. Picked ids are kept in bank order (sorted ids): the quiz shuffles anyway. */
	selection: Selection;
	/** Practice shows feedback after each answer; test only at the end. */
	mode: QuizMode;
	/** How many attempts a student may make, or 'unlimited'. */
	attempts: number | 'unlimited';
	/** Percent needed to pass, a whole number 0..100. */
	passMark: number;
	/** Last day for the work as an ISO date (`2026-12-01`), or null for none; later work is marked late. */
	due: string | null;
	/** The teacher's offset from UTC on the due date, in minutes east (60 for CET): whose end of day counts. */
	dueOffset: number;
	/** When the teacher made it, ms since the epoch. */
	createdAt: number;
}

/** An assignment read from a link, or a sentence saying why it could not be. */
export type DecodedAssignment =
	{ ok: true; assignment: Assignment; id: string } | { ok: false; error: string };

/** Item ids in code-unit order: the same order in every browser and locale, unlike localeCompare. */
export function sortedIds(bank: readonly Item[]): string[] {
	return [...new Set(bank.map((item) => item.id))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A short hash of the bank's sorted item ids: a link made for another bank, or before a change, shows up. */
export function bankFingerprint(bank: readonly Item[]): string {
	return hex32(hashString(sortedIds(bank).join('\u0000')));
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of an ISO date, or null when it is not a real calendar date. */
function dayNumber(date: string): number | null {
	const m = DATE.exec(date);
	if (!m) return null;
	const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
	const back = new Date(ms).toISOString().slice(0, 10);
	return back === date ? ms / 86_400_000 : null;
}

/** The moment the due date ends in the teacher's zone, ms since the epoch; null when there is no due date. */
export function dueEndsAt(a: Pick<Assignment, 'due' | 'dueOffset'>): number | null {
	if (a.due === null) return null;
	const day = dayNumber(a.due);
	if (day === null) throw new RangeError(`"${a.due}" is not a date of the form 2026-12-01.`);
	return (day + 1) * 86_400_000 - a.dueOffset * 60_000;
}

/** Whether work finished at `finishedAt` counts as late: at or after the end of the due day. */
export function isLate(a: Pick<Assignment, 'due' | 'dueOffset'>, finishedAt: number): boolean {
	const end = dueEndsAt(a);
	return end !== null && finishedAt >= end;
}

/** Throws a RangeError naming the first field that cannot go into a link. */
function validate(a: Assignment, ids: readonly string[]): void {
	const fail = (message: string): never => {
		throw new RangeError(`Assignment: ${message}`);
	};
	if (a.version !== ASSIGNMENT_VERSION) fail(`version must be ${ASSIGNMENT_VERSION}.`);
	if (!/^[0-9a-f]{8}$/.test(a.bank)) fail('bank must be eight hex digits (see bankFingerprint).');
	if (!Number.isInteger(a.passMark) || a.passMark < 0 || a.passMark > 100) {
		fail('the pass mark must be a whole number from 0 to 100.');
	}
	if (a.attempts !== 'unlimited' && (!Number.isSafeInteger(a.attempts) || a.attempts < 1)) {
		fail('attempts must be a whole number of at least 1, or unlimited.');
	}
	if (a.due !== null && dayNumber(a.due) === null) fail(`"${a.due}" is not a date.`);
	if (!Number.isInteger(a.dueOffset) || Math.abs(a.dueOffset) > 18 * 60) {
		fail('the due offset must be whole minutes within 18 hours of UTC.');
	}
	if (!Number.isSafeInteger(a.createdAt) || a.createdAt < 0) fail('createdAt must be a time.');
	const s = a.selection;
	if (s.kind === 'draw' && (!Number.isSafeInteger(s.count) || s.count < 1)) {
		fail('a draw must ask for at least one question.');
	}
	if (s.kind === 'picked') {
		if (s.ids.length === 0) fail('pick at least one question.');
		const known = new Set(ids);
		const missing = s.ids.find((id) => !known.has(id));
		if (missing !== undefined) fail(`the bank has no question "${missing}".`);
	}
}

const SELECTION_KINDS = ['all', 'draw', 'picked'] as const;

/** Writes picked positions as a bitmap or as gaps, whichever is shorter; both are canonical for a set. */
function writePicked(w: ByteWriter, positions: number[], bankSize: number): void {
	const gaps = new ByteWriter();
	let previous = -1;
	for (const p of positions) {
		gaps.uint(p - previous - 1);
		previous = p;
	}
	const gapBytes = gaps.finish();
	const bitmapBytes = Math.ceil(bankSize / 8);
	if (bitmapBytes < gapBytes.length + 1) {
		w.byte(0);
		w.uint(bankSize);
		const bits = new Uint8Array(bitmapBytes);
		for (const p of positions) bits[p >> 3] |= 1 << (p & 7);
		for (const b of bits) w.byte(b);
	} else {
		w.byte(1);
		w.uint(positions.length);
		for (const b of gapBytes) w.byte(b);
	}
}

function readPicked(r: ByteReader): number[] {
	const positions: number[] = [];
	const form = r.byte();
	if (form === 0) {
		const size = r.uint();
		for (let i = 0; i < Math.ceil(size / 8); i++) {
			const b = r.byte();
			for (let k = 0; k < 8; k++) if (b & (1 << k)) positions.push(i * 8 + k);
		}
		if (positions.some((p) => p >= size)) throw new CodecError('Bit past the bank.');
		return positions;
	}
	if (form !== 1) throw new CodecError('Unknown picked form.');
	const count = r.uint();
	let previous = -1;
	for (let i = 0; i < count; i++) {
		previous += r.uint() + 1;
		positions.push(previous);
	}
	return positions;
}

/**
 * The share-link code of an assignment (`BA1.…`, letters, digits, `-` and `_` only). The bank is needed to
 * store picked questions as positions in its sorted ids; it must be the bank the fingerprint was taken of.
 */
export function encodeAssignment(a: Assignment, bank: readonly Item[]): string {
	const ids = sortedIds(bank);
	validate(a, ids);
	if (bankFingerprint(bank) !== a.bank) {
		throw new RangeError('Assignment: the bank given is not the bank the assignment was made for.');
	}
	const w = new ByteWriter();
	const s = a.selection;
	const flags =
		SELECTION_KINDS.indexOf(s.kind) | (a.mode === 'test' ? 4 : 0) | (a.due !== null ? 8 : 0);
	w.byte(flags);
	w.text(a.module);
	w.u32(Number.parseInt(a.bank, 16));
	w.text(a.title);
	if (s.kind === 'draw') {
		w.uint(s.count);
		w.text(s.seed);
	} else if (s.kind === 'picked') {
		const position = new Map(ids.map((id, i) => [id, i]));
		const positions = [...new Set(s.ids.map((id) => position.get(id) as number))].sort(
			(x, y) => x - y
		);
		writePicked(w, positions, ids.length);
	}
	w.uint(a.attempts === 'unlimited' ? 0 : a.attempts);
	w.uint(a.passMark);
	if (a.due !== null) w.uint(dayNumber(a.due) as number);
	w.int(a.dueOffset);
	w.uint(a.createdAt);
	return frame('A', ASSIGNMENT_VERSION, w.finish());
}

/** The share link for an assignment: the page URL with `#a=<code>`. */
export function assignmentLink(pageUrl: string, code: string): string {
	return `${pageUrl.split('#')[0]}#${ASSIGNMENT_PARAM}=${code}`;
}

/** The code inside a pasted link, fragment or bare code; surrounding spaces are ignored. */
export function codeFromLink(text: string): string {
	let t = text.trim();
	const hash = t.lastIndexOf('#');
	if (hash >= 0) t = t.slice(hash + 1);
	const prefix = `${ASSIGNMENT_PARAM}=`;
	return t.startsWith(prefix) ? t.slice(prefix.length) : t;
}

/** What a link says before its questions are checked: its module and identity. */
type PeekedAssignment =
	| { ok: true; assignment: Assignment; id: string; positions: number[] | null }
	| { ok: false; error: string };

const DAMAGED =
	'This assignment link is damaged: part of it is missing or was changed. Ask your teacher to send it again.';

/** Reads a link without a bank: format, version and checksum. Picked questions stay as positions. */
function peek(text: string): PeekedAssignment {
	const framed = unframe(codeFromLink(text), ASSIGNMENT_VERSION);
	if (!framed.ok) {
		if (framed.problem === 'format')
			return { ok: false, error: 'This is not a Briefing assignment link.' };
		if (framed.kind === 'R') {
			return {
				ok: false,
				error: 'This is a Briefing result code, not an assignment link: it goes in the gradebook.'
			};
		}
		if (framed.problem === 'newer') {
			return {
				ok: false,
				error:
					'This assignment was made with a newer version of Briefing. Reload the page to get the newest version, then open the link again.'
			};
		}
		return { ok: false, error: DAMAGED };
	}
	if (framed.kind !== 'A') return { ok: false, error: 'This is not a Briefing assignment link.' };
	try {
		const r = new ByteReader(framed.payload);
		const flags = r.byte();
		const kind = SELECTION_KINDS[flags & 3];
		if (kind === undefined || flags > 15) throw new CodecError('Unknown flags.');
		const module = r.text();
		const bank = hex32(r.u32());
		const title = r.text();
		let selection: Selection = { kind: 'all' };
		let positions: number[] | null = null;
		if (kind === 'draw') {
			const count = r.uint();
			selection = { kind, count, seed: r.text() };
		} else if (kind === 'picked') {
			positions = readPicked(r);
			selection = { kind, ids: [] };
		}
		const attempts = r.uint();
		const passMark = r.uint();
		const due = flags & 8 ? new Date(r.uint() * 86_400_000).toISOString().slice(0, 10) : null;
		const dueOffset = r.int();
		const createdAt = r.uint();
		r.end();
		const assignment: Assignment = {
			version: framed.version,
			module,
			bank,
			title,
			selection,
			mode: flags & 4 ? 'test' : 'practice',
			attempts: attempts === 0 ? 'unlimited' : attempts,
			passMark,
			due,
			dueOffset,
			createdAt
		};
		return { ok: true, assignment, id: hex32(framed.checksum), positions };
	} catch (e) {
		// The checksum matched, so only a hand-made code gets here; it is still not a link we can use.
		if (e instanceof CodecError || e instanceof RangeError) return { ok: false, error: DAMAGED };
		throw e;
	}
}

/** The module an assignment link is for, read without its bank (to know which bank to load). */
export function assignmentModule(
	text: string
): { ok: true; module: string } | { ok: false; error: string } {
	const p = peek(text);
	return p.ok ? { ok: true, module: p.assignment.module } : p;
}

/**
 * Reads an assignment from a link, fragment or code and checks it against the module's bank. `module`, when
 * given, is the slug of the module whose page opened the link: a link for another module says which one.
 */
export function decodeAssignment(
	text: string,
	bank: readonly Item[],
	module?: string
): DecodedAssignment {
	const p = peek(text);
	if (!p.ok) return p;
	const { assignment, id, positions } = p;
	if (module !== undefined && assignment.module !== module) {
		return {
			ok: false,
			error: `This assignment is for the module “${assignment.module}”, not this one. Open the link exactly as your teacher gave it.`
		};
	}
	if (bankFingerprint(bank) !== assignment.bank) {
		return {
			ok: false,
			error: `This assignment was made for a different set of questions in the module “${assignment.module}”: the questions have changed since. Ask your teacher for a new link.`
		};
	}
	if (positions !== null) {
		const ids = sortedIds(bank);
		if (positions.length === 0 || positions.some((i) => i >= ids.length)) {
			return { ok: false, error: DAMAGED };
		}
		assignment.selection = { kind: 'picked', ids: positions.map((i) => ids[i]) };
	}
	return { ok: true, assignment, id };
}

/** The assignment's identity: the checksum of its code, the same for the teacher and every student. */
export function assignmentId(a: Assignment, bank: readonly Item[]): string {
	const framed = unframe(encodeAssignment(a, bank), ASSIGNMENT_VERSION);
	if (!framed.ok) throw new Error('An assignment just encoded could not be read back.');
	return hex32(framed.checksum);
}

/**
 * The assignment's questions, the same for everyone: all and picked in sorted-id order, a draw as the first
 * `count` of a shuffle seeded by the assignment's seed. Ids no longer in the bank are skipped.
 */
export function assignmentItems(a: Assignment, bank: readonly Item[]): Item[] {
	const byId = new Map<string, Item>();
	for (const item of bank) if (!byId.has(item.id)) byId.set(item.id, item);
	const sorted = sortedIds(bank).map((id) => byId.get(id) as Item);
	const s = a.selection;
	switch (s.kind) {
		case 'all':
			return sorted;
		case 'draw':
			// Never two questions on one fact while others remain: one could give the other's answer away.
			return factDisjoint(createRandom(`${s.seed}\u0000assignment`).shuffle(sorted), s.count);
		case 'picked': {
			const wanted = new Set(s.ids);
			return sorted.filter((item) => wanted.has(item.id));
		}
	}
}
