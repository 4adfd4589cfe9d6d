/**
 * Reading a result back, from a result code or a result file: damaged, edited, newer or misdirected
 * results are refused with the problem and a sentence for the teacher.
 */
import type { Item } from '../questions/types.ts';
import type { Response } from '../quiz/grade.ts';
import { assignmentId, assignmentItems } from './assignment.ts';
import type { Assignment } from './assignment.ts';
import { ByteReader, CodecError, hex32, unframe } from './codec.ts';
import { FILE_TAG, RESULT_VERSION, resultChecksum, validate } from './result.ts';
import type { DecodedResult, Result, ResultProblem } from './result.ts';
import { readJsonResponse, readResponse, shapeFingerprint, unpack } from './result-answers.ts';
import { ShapeError, num, record, str } from './shape.ts';
import type { Json } from './shape.ts';

function readResultObject(v: unknown): Result {
	const o = record(v, 'result');
	const r: Result = {
		version: num(o.version, 'result.version'),
		assignment: str(o.assignment, 'result.assignment'),
		module: str(o.module, 'result.module'),
		name: str(o.name, 'result.name'),
		startedAt: num(o.startedAt, 'result.startedAt'),
		finishedAt: num(o.finishedAt, 'result.finishedAt'),
		answers: Object.fromEntries(
			Object.entries(record(o.answers, 'result.answers')).map(([k, x]) => [k, readResponse(x)])
		),
		claimed: num(o.claimed, 'result.claimed')
	};
	try {
		validate(r);
	} catch {
		throw new ShapeError('result');
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
