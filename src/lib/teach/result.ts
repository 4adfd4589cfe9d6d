import { hashString } from '../questions/random.ts';
import { isChoice } from '../questions/types.ts';
import type { Item } from '../questions/types.ts';
import { RESPONSE_KIND, gradeAttempt } from '../quiz/grade.ts';
import type { Response } from '../quiz/grade.ts';
import { assignmentId, assignmentItems, isLate } from './assignment.ts';
import type { Assignment } from './assignment.ts';
import {
	ByteReader,
	ByteWriter,
	CodecError,
	crc32,
	frame,
	hex32,
	stringToBytes,
	unframe
} from './codec.ts';

/*
 * What the checksum guarantees: a result code or file that was damaged in copying, or edited by hand
 * without recomputing it, is refused. It is NOT a signature: the algorithm is in this public page, so a
 * determined student can edit a result and recompute the checksum. The teacher's protection is that the
 * gradebook never trusts the claimed score: `regrade` marks the answers against the answer key again.
 */

/** Version of the result code and file formats; `decodeResult` reads this one and every earlier one. */
export const RESULT_VERSION = 1;

/** A student's finished work on an assignment: carries the answers, not only the score. */
export interface Result {
	/** Format version it was made with (RESULT_VERSION for new ones). */
	version: number;
	/** Id of the assignment (`assignmentId`): the checksum of its link code. */
	assignment: string;
	/** Slug of the module. */
	module: string;
	/** The name the student typed; any text. */
	name: string;
	/** Start time, ms since the epoch. */
	startedAt: number;
	/** Finish time, ms since the epoch. */
	finishedAt: number;
	/** Item id to the student's answer; choice selections come back from a code in option order. */
	answers: Record<string, Response>;
	/** The percent (one decimal) the student's page showed; never trusted, compared with the regrade. */
	claimed: number;
}

/** Why a code or file was refused, for the gradebook's per-line status. */
export type ResultProblem =
	'not-result' | 'damaged' | 'newer' | 'other-module' | 'other-assignment' | 'changed';

/** A result read from a code or file, with its checksum; or the problem and a sentence for people. */
export type DecodedResult =
	| { ok: true; result: Result; checksum: string }
	| { ok: false; problem: ResultProblem; error: string };

/** The marking of one question of a re-graded result. */
export interface ItemMark {
	/** Item id. */
	id: string;
	/** Credit earned, 0..1. */
	score: number;
	/** Full credit. */
	correct: boolean;
	/** Whether something gradable was given. */
	answered: boolean;
}

/** A result marked again against the answer key; the claimed score plays no part in it. */
export interface Regraded {
	/** Credit earned, summed over the assignment's questions. */
	score: number;
	/** Questions asked (one mark each). */
	max: number;
	/** score / max as a percent, to one decimal. */
	percent: number;
	/** The assignment's pass mark, in percent. */
	passMark: number;
	/** Whether percent reaches the pass mark. */
	passed: boolean;
	/** Every question in assignment order. */
	items: ItemMark[];
	/** Finish minus start, in ms (never negative). */
	timeTakenMs: number;
	/** Finished at or after the end of the due day. */
	late: boolean;
	/** The percent the student's page claimed. */
	claimed: number;
	/** Whether the claim differs from the regrade: a bug, an old page, or an edited score. */
	claimMismatch: boolean;
}

const FILE_TAG = 'briefing-result';

/** Ids a response refers to by position: options, ordering entries, matching pairs and right-hand texts. */
function shapeOf(item: Item): string[] {
	if (isChoice(item)) return item.options.map((o) => o.id);
	if (item.type === 'ordering') return item.items.map((e) => e.id);
	if (item.type === 'matching')
		return [...item.pairs.map((p) => p.id), '\u0002', ...rightsOf(item)];
	return [];
}

function rightsOf(item: Item): string[] {
	return item.type === 'matching'
		? [...new Set([...item.pairs.map((p) => p.right), ...(item.distractors ?? [])])]
		: [];
}

/** A hash of the questions and of every id a code stores by position: a code is only read against these. */
export function shapeFingerprint(items: readonly Item[]): string {
	return hex32(
		hashString(items.map((i) => [i.id, i.type, ...shapeOf(i)].join('\u0001')).join('\u0000'))
	);
}

/** JSON with keys sorted and choice selections sorted: equal results give equal text, whatever the form. */
function canonicalJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
	if (typeof value === 'object' && value !== null) {
		const o = value as Record<string, unknown>;
		const keys = Object.keys(o).sort();
		const fields = keys.map((k) => {
			let v = o[k];
			if (o.kind === 'choice' && k === 'selected' && Array.isArray(v)) v = [...v].sort();
			return `${JSON.stringify(k)}:${canonicalJson(v)}`;
		});
		return `{${fields.join(',')}}`;
	}
	return JSON.stringify(value);
}

/** The result's identity: CRC-32 of its canonical JSON, the same from the code and from the file. */
export function resultChecksum(r: Result): string {
	return hex32(crc32(stringToBytes(canonicalJson(r))));
}

function validate(r: Result): void {
	const fail = (message: string): never => {
		throw new RangeError(`Result: ${message}`);
	};
	if (r.version !== RESULT_VERSION) fail(`version must be ${RESULT_VERSION}.`);
	if (!/^[0-9a-f]{8}$/.test(r.assignment)) fail('assignment must be an assignment id.');
	if (!Number.isSafeInteger(r.startedAt) || r.startedAt < 0) fail('startedAt must be a time.');
	if (!Number.isSafeInteger(r.finishedAt) || r.finishedAt < 0) fail('finishedAt must be a time.');
	if (!(r.claimed >= 0 && r.claimed <= 100) || Math.round(r.claimed * 10) / 10 !== r.claimed) {
		fail('the claimed percent must be 0..100 with at most one decimal.');
	}
}

/** The packed form of a response, or null when only the raw JSON form would give it back exactly. */
function pack(item: Item, response: Response): ByteWriter | null {
	if (response.kind !== RESPONSE_KIND[item.type]) return null;
	const w = new ByteWriter();
	switch (response.kind) {
		case 'choice': {
			if (!isChoice(item) || item.options.length > 52) return null;
			const index = item.options.map((o) => o.id);
			const picked = new Set(response.selected);
			if (picked.size !== response.selected.length) return null;
			if (response.selected.some((id) => !index.includes(id))) return null;
			w.uint(index.reduce((mask, id, i) => (picked.has(id) ? mask + 2 ** i : mask), 0));
			return w;
		}
		case 'numeric':
		case 'blank':
			w.text(response.text);
			return w;
		case 'ordering': {
			if (item.type !== 'ordering') return null;
			const index = item.items.map((e) => e.id);
			if (new Set(response.order).size !== response.order.length) return null;
			if (response.order.some((id) => !index.includes(id))) return null;
			w.uint(response.order.length);
			for (const id of response.order) w.uint(index.indexOf(id));
			return w;
		}
		case 'matching': {
			if (item.type !== 'matching') return null;
			const pairs = item.pairs.map((p) => p.id);
			const rights = rightsOf(item);
			const keys = Object.keys(response.choices);
			if (new Set(pairs).size !== pairs.length || keys.some((k) => !pairs.includes(k))) return null;
			if (keys.some((k) => response.choices[k] !== '' && !rights.includes(response.choices[k]))) {
				return null;
			}
			// Per pair: 0 not in the response, 1 left empty, 2+ the index of the right-hand text.
			for (const id of pairs) {
				if (!Object.hasOwn(response.choices, id)) w.uint(0);
				else if (response.choices[id] === '') w.uint(1);
				else w.uint(rights.indexOf(response.choices[id]) + 2);
			}
			return w;
		}
	}
}

function unpack(item: Item, r: ByteReader): Response {
	if (isChoice(item)) {
		let mask = r.uint();
		const selected: string[] = [];
		for (const option of item.options) {
			if (mask % 2 === 1) selected.push(option.id);
			mask = Math.floor(mask / 2);
		}
		if (mask !== 0) throw new CodecError('Option past the list.');
		return { kind: 'choice', selected };
	}
	switch (item.type) {
		case 'numeric':
		case 'blank':
			return { kind: item.type, text: r.text() };
		case 'ordering': {
			const order: string[] = [];
			for (let n = r.uint(); n > 0; n--) {
				const entry = item.items[r.uint()];
				if (!entry) throw new CodecError('Entry past the list.');
				order.push(entry.id);
			}
			return { kind: 'ordering', order };
		}
		case 'matching': {
			const rights = rightsOf(item);
			const choices: [string, string][] = [];
			for (const pair of item.pairs) {
				const v = r.uint();
				if (v === 1) choices.push([pair.id, '']);
				else if (v >= 2) {
					if (v - 2 >= rights.length) throw new CodecError('Right-hand side past the list.');
					choices.push([pair.id, rights[v - 2]]);
				}
			}
			return { kind: 'matching', choices: Object.fromEntries(choices) };
		}
	}
}

/**
 * The result as a short code for the student to copy (`BR1.…`). Answers are stored by question position and
 * option index, so the assignment and bank are needed, as they are for reading it back.
 */
export function encodeResult(r: Result, assignment: Assignment, bank: readonly Item[]): string {
	validate(r);
	if (r.module !== assignment.module || r.assignment !== assignmentId(assignment, bank)) {
		throw new RangeError('Result: it is not for this assignment.');
	}
	const items = assignmentItems(assignment, bank);
	const w = new ByteWriter();
	w.text(r.module);
	w.u32(Number.parseInt(r.assignment, 16));
	w.u32(Number.parseInt(shapeFingerprint(items), 16));
	w.text(r.name);
	w.uint(r.startedAt);
	w.int(r.finishedAt - r.startedAt);
	w.uint(Math.round(r.claimed * 10));
	// Two bits per question, four to a byte: 0 no answer, 1 packed, 2 raw JSON.
	const tags = new Uint8Array(Math.ceil(items.length / 4));
	const bodies: ByteWriter[] = [];
	items.forEach((item, i) => {
		if (!Object.hasOwn(r.answers, item.id)) return;
		const response = r.answers[item.id];
		const packed = pack(item, response);
		const body = packed ?? new ByteWriter();
		if (!packed) body.text(JSON.stringify(response));
		tags[i >> 2] |= (packed ? 1 : 2) << (2 * (i & 3));
		bodies.push(body);
	});
	for (const t of tags) w.byte(t);
	for (const body of bodies) for (const b of body.finish()) w.byte(b);
	// Answers to ids outside the assignment are ungraded, but kept so the code and the file agree.
	const asked = new Set(items.map((i) => i.id));
	const extra = Object.keys(r.answers).filter((id) => !asked.has(id));
	w.uint(extra.length);
	for (const id of extra) {
		w.text(id);
		w.text(JSON.stringify(r.answers[id]));
	}
	return frame('R', RESULT_VERSION, w.finish());
}

/** The result as a downloadable JSON file, with the same checksum as `resultChecksum`. */
export function encodeResultFile(r: Result): string {
	validate(r);
	const file = {
		format: FILE_TAG,
		version: RESULT_VERSION,
		checksum: resultChecksum(r),
		result: r
	};
	return `${JSON.stringify(file, null, '\t')}\n`;
}

/** A file name for the download, from the module and the student's name. */
export function resultFileName(r: Result): string {
	const name = r.name
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/[^A-Za-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.toLowerCase();
	return `briefing-result-${r.module}${name ? `-${name}` : ''}.json`;
}

class ShapeError extends Error {}

type Json = Record<string, unknown>;

function record(v: unknown): Json {
	if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new ShapeError();
	return v as Json;
}

function str(v: unknown): string {
	if (typeof v !== 'string') throw new ShapeError();
	return v;
}

function strings(v: unknown): string[] {
	if (!Array.isArray(v)) throw new ShapeError();
	return v.map(str);
}

/** A Response from untrusted JSON; anything else throws. */
export function readResponse(v: unknown): Response {
	const o = record(v);
	const only = (...keys: string[]) => {
		if (Object.keys(o).some((k) => !keys.includes(k))) throw new ShapeError();
	};
	switch (o.kind) {
		case 'choice':
			only('kind', 'selected');
			return { kind: 'choice', selected: strings(o.selected) };
		case 'numeric':
		case 'blank':
			only('kind', 'text');
			return { kind: o.kind, text: str(o.text) };
		case 'ordering':
			only('kind', 'order');
			return { kind: 'ordering', order: strings(o.order) };
		case 'matching':
			only('kind', 'choices');
			// Object.fromEntries defines own properties, so a "__proto__" key stays data.
			return {
				kind: 'matching',
				choices: Object.fromEntries(Object.entries(record(o.choices)).map(([k, x]) => [k, str(x)]))
			};
		default:
			throw new ShapeError();
	}
}

function readJsonResponse(text: string): Response {
	try {
		return readResponse(JSON.parse(text));
	} catch {
		throw new CodecError('Bad raw answer.');
	}
}

function readResultObject(v: unknown): Result {
	const o = record(v);
	const num = (x: unknown): number => {
		if (typeof x !== 'number' || !Number.isFinite(x)) throw new ShapeError();
		return x;
	};
	const r: Result = {
		version: num(o.version),
		assignment: str(o.assignment),
		module: str(o.module),
		name: str(o.name),
		startedAt: num(o.startedAt),
		finishedAt: num(o.finishedAt),
		answers: Object.fromEntries(
			Object.entries(record(o.answers)).map(([k, x]) => [k, readResponse(x)])
		),
		claimed: num(o.claimed)
	};
	try {
		validate(r);
	} catch {
		throw new ShapeError();
	}
	return r;
}

const MESSAGES = {
	notCode: 'This is not a Briefing result code or result file.',
	assignmentLink: 'This is an assignment link, not a result code: it is what students open.',
	newer:
		'This result was made with a newer version of Briefing. Reload this page to get the newest version, then try again.',
	damagedCode:
		'This result code is damaged or was edited: part of it is missing or was changed. Ask the student to copy it again, or to send the result file.',
	damagedFile:
		'This result file is damaged or was edited: its contents do not match its checksum. Ask the student to download it again.'
};

function fail(problem: ResultProblem, error: string): DecodedResult {
	return { ok: false, problem, error };
}

/** Refuses a result for another module or another assignment, saying which. */
function checkTarget(
	module: string,
	id: string,
	assignment: Assignment,
	bank: readonly Item[]
): DecodedResult | null {
	if (module !== assignment.module) {
		return fail(
			'other-module',
			`This result is for the module “${module}”, not for “${assignment.module}”.`
		);
	}
	if (id !== assignmentId(assignment, bank)) {
		return fail(
			'other-assignment',
			`This result is for another assignment of “${module}”, not for “${assignment.title}”.`
		);
	}
	return null;
}

function decodeFile(text: string, assignment: Assignment, bank: readonly Item[]): DecodedResult {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return fail(
			'damaged',
			'This result file is damaged: it is not complete. Ask the student to download it again.'
		);
	}
	if (typeof json !== 'object' || json === null || (json as Json).format !== FILE_TAG) {
		return fail('not-result', MESSAGES.notCode);
	}
	const file = json as Json;
	if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1) {
		return fail('damaged', MESSAGES.damagedFile);
	}
	if (file.version > RESULT_VERSION) return fail('newer', MESSAGES.newer);
	let result: Result;
	try {
		result = readResultObject(file.result);
	} catch {
		return fail('damaged', MESSAGES.damagedFile);
	}
	const checksum = resultChecksum(result);
	if (file.checksum !== checksum || result.version !== file.version) {
		return fail('damaged', MESSAGES.damagedFile);
	}
	return (
		checkTarget(result.module, result.assignment, assignment, bank) ?? {
			ok: true,
			result,
			checksum
		}
	);
}

function decodeCode(text: string, assignment: Assignment, bank: readonly Item[]): DecodedResult {
	// Codes have no spaces, so any are from wrapping in a message or an email.
	const framed = unframe(text.replace(/\s+/g, ''), RESULT_VERSION);
	if (!framed.ok) {
		if (framed.problem === 'format') return fail('not-result', MESSAGES.notCode);
		if (framed.kind === 'A') return fail('not-result', MESSAGES.assignmentLink);
		if (framed.problem === 'newer') return fail('newer', MESSAGES.newer);
		return fail('damaged', MESSAGES.damagedCode);
	}
	if (framed.kind !== 'R') return fail('not-result', MESSAGES.assignmentLink);
	try {
		const r = new ByteReader(framed.payload);
		const module = r.text();
		const id = hex32(r.u32());
		const wrong = checkTarget(module, id, assignment, bank);
		if (wrong) return wrong;
		const items = assignmentItems(assignment, bank);
		if (hex32(r.u32()) !== shapeFingerprint(items)) {
			return fail(
				'changed',
				'This result code was made when the questions were different from what they are now, so its answers cannot be read. Ask the student for the result file instead.'
			);
		}
		const name = r.text();
		const startedAt = r.uint();
		const finishedAt = startedAt + r.int();
		const claimed = r.uint() / 10;
		const tags: number[] = [];
		for (let i = 0; i < Math.ceil(items.length / 4); i++) {
			const b = r.byte();
			for (let k = 0; k < 4; k++) tags.push((b >> (2 * k)) & 3);
		}
		const answers: [string, Response][] = [];
		items.forEach((item, i) => {
			if (tags[i] === 1) answers.push([item.id, unpack(item, r)]);
			else if (tags[i] === 2) answers.push([item.id, readJsonResponse(r.text())]);
			else if (tags[i] === 3) throw new CodecError('Unknown answer form.');
		});
		if (tags.slice(items.length).some((t) => t !== 0)) throw new CodecError('Answer past the end.');
		for (let n = r.uint(); n > 0; n--) answers.push([r.text(), readJsonResponse(r.text())]);
		r.end();
		const result: Result = {
			version: framed.version,
			assignment: id,
			module,
			name,
			startedAt,
			finishedAt,
			answers: Object.fromEntries(answers),
			claimed
		};
		validate(result);
		return { ok: true, result, checksum: resultChecksum(result) };
	} catch (e) {
		// The checksum matched, so only a hand-made code gets here.
		if (e instanceof CodecError || e instanceof RangeError) {
			return fail('damaged', MESSAGES.damagedCode);
		}
		throw e;
	}
}

/**
 * Reads a result code or the contents of a result file and checks that it belongs to this assignment.
 * The assignment must be one decoded against this bank (`decodeAssignment`); any other throws a RangeError.
 */
export function decodeResult(
	text: string,
	assignment: Assignment,
	bank: readonly Item[]
): DecodedResult {
	const t = text.trim();
	return t.startsWith('{') ? decodeFile(t, assignment, bank) : decodeCode(t, assignment, bank);
}

/** Marks the answers again against the answer key; the claimed score is only compared, never used. */
export function regrade(result: Result, assignment: Assignment, bank: readonly Item[]): Regraded {
	const items = assignmentItems(assignment, bank);
	const marked = gradeAttempt(items, result.answers, assignment.passMark);
	return {
		score: marked.score,
		max: marked.max,
		percent: marked.percent,
		passMark: marked.passMark,
		passed: marked.passed,
		items: items.map((item) => {
			const g = marked.grades[item.id];
			return { id: item.id, score: g.score, correct: g.correct, answered: g.answered };
		}),
		timeTakenMs: Math.max(0, result.finishedAt - result.startedAt),
		late: isLate(assignment, result.finishedAt),
		claimed: result.claimed,
		claimMismatch: result.claimed !== marked.percent
	};
}
