/**
 * A student's result on an assignment: what it holds, its checksum, and how it is written out, as a
 * short code to copy or a file to download. Reading one back is result-decode.ts; marking it,
 * regrade.ts.
 */
import type { Item } from '../questions/types.ts';
import type { Response } from '../quiz/grade.ts';
import { assignmentId, assignmentItems } from './assignment.ts';
import type { Assignment } from './assignment.ts';
import { ByteWriter, crc32, frame, hex32, stringToBytes } from './codec.ts';
import { pack, shapeFingerprint } from './result-answers.ts';

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

export const FILE_TAG = 'briefing-result';

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

export function validate(r: Result): void {
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
