import { isFinished } from '../quiz/finished.ts';
import type { Answer, Attempt, AttemptScore, FinishedAttempt, ItemPast } from '../quiz/attempt.ts';
import type { Response, SectionScore } from '../quiz/grade.ts';
import {
	array,
	bool,
	fail,
	mapRecord,
	num,
	optional,
	record,
	ShapeError,
	str,
	strings,
	withOptional,
	type Json
} from './json-shape.ts';

/**
 * Version of the stored progress format; `migrate` upgrades every earlier one.
 * 1: first release.
 * 2: attempts gain `updatedAt`, so two tabs resuming different attempts keep the one touched last
 *    (v1 could only compare start times, which picks the wrong one when an older attempt is resumed).
 * 3: finished attempts older than a module's KEEP_FULL_ATTEMPTS most recent are kept as summaries, so
 *    storage stays bounded (a v2 site would drop the summaries it does not know, hence the new version).
 */
export const CURRENT_VERSION = 3;

/** Finished attempts per module kept whole (answers, orders); older ones become AttemptSummary. */
export const KEEP_FULL_ATTEMPTS = 3;

/** One marking of a question, in one finished attempt. */
export interface HistoryEntry {
	/** When the question was answered (or the attempt finished, if it was left blank), ms since the epoch. */
	at: number;
	/** Credit earned, 0..1. */
	score: number;
	/** Id of the attempt it was marked in; a question has at most one entry per attempt. */
	attempt: string;
}

/** A learner's record with one question; `seen`, `correct` and `lastAnsweredAt` summarise `history`. */
export interface QuestionRecord extends ItemPast {
	/** Entries in history. */
	seen: number;
	/** Entries with full credit. */
	correct: number;
	/** Latest `at` in history, or 0 when there is none. */
	lastAnsweredAt: number;
	/** Every marking, oldest first. */
	history: HistoryEntry[];
}

/**
 * An older finished attempt without its answers and shuffles. Its per-question credits stay in the
 * questions' histories (one entry per item, keyed by the attempt id), so scores can still be re-counted.
 */
export interface AttemptSummary {
	/** Id of the attempt. */
	id: string;
	/** Practice or test. */
	mode: Attempt['mode'];
	/** The length the learner asked for. */
	length: Attempt['length'];
	/** Start time, ms since the epoch. */
	startedAt: number;
	/** Finish time, ms since the epoch. */
	finishedAt: number;
	/** Number of questions asked. */
	questions: number;
	/** The marking as it was when the attempt finished, less the per-item credits. */
	score: Omit<AttemptScore, 'items' | 'missing'>;
}

/** A learner's progress in one module. */
export interface ModuleProgress {
	/** The most recent finished attempts (at most KEEP_FULL_ATTEMPTS), oldest finish first. */
	attempts: FinishedAttempt[];
	/** Every older finished attempt, summarised, oldest finish first; absent when there is none. */
	summaries?: AttemptSummary[];
	/** The attempt to resume, if one was started and not finished. */
	inProgress?: Attempt;
	/** Highest percent of a finished attempt, as marked when it finished. */
	best?: number;
	/** Percent of the most recently finished attempt. */
	last?: number;
}

/** Everything stored about a learner: plain JSON. */
export interface ProgressData {
	/** Format version; CURRENT_VERSION once loaded. */
	version: number;
	/** Module slug to its progress. */
	modules: Record<string, ModuleProgress>;
	/** `module/itemId` to the record of that question; kept when the item leaves the bank. */
	questions: Record<string, QuestionRecord>;
}

/** The key of a question in `ProgressData.questions`. */
export function questionKey(moduleSlug: string, itemId: string): string {
	return `${moduleSlug}/${itemId}`;
}

/** The module slug and item id of a question key. */
export function splitQuestionKey(key: string): { module: string; itemId: string } {
	const slash = key.indexOf('/');
	return { module: key.slice(0, slash), itemId: key.slice(slash + 1) };
}

/** No progress at all. */
export function emptyProgress(): ProgressData {
	return { version: CURRENT_VERSION, modules: {}, questions: {} };
}

/** A migrated value, or why it could not be read; `newer` marks data from a later version of the site. */
export type MigrateResult = { data: ProgressData } | { error: string; newer?: boolean };

/** Attempts as version 1 stored them: no `updatedAt`. */
type AttemptV1 = Omit<Attempt, 'updatedAt'>;

/** A module's progress in version 1. */
interface ModuleProgressV1 {
	/** Finished attempts. */
	attempts: AttemptV1[];
	/** The attempt to resume. */
	inProgress?: AttemptV1;
	/** Best percent. */
	best?: number;
	/** Last percent. */
	last?: number;
}

/** Stored progress in version 1. */
interface ProgressDataV1 {
	/** Always 1. */
	version: 1;
	/** Module slug to its progress. */
	modules: Record<string, ModuleProgressV1>;
	/** Unchanged in version 2. */
	questions: Record<string, QuestionRecord>;
}

function readResponse(v: unknown, path: string): Response {
	const o = record(v, path);
	switch (o.kind) {
		case 'choice':
			return { kind: 'choice', selected: strings(o.selected, `${path}.selected`) };
		case 'numeric':
		case 'blank':
			return { kind: o.kind, text: str(o.text, `${path}.text`) };
		case 'ordering':
			return { kind: 'ordering', order: strings(o.order, `${path}.order`) };
		case 'matching':
			return { kind: 'matching', choices: mapRecord(o.choices, `${path}.choices`, str) };
		default:
			return fail(`${path}.kind`, 'choice, numeric, blank, ordering or matching');
	}
}

function readAnswer(v: unknown, path: string): Answer {
	const o = record(v, path);
	return { response: readResponse(o.response, `${path}.response`), at: num(o.at, `${path}.at`) };
}

function readSection(v: unknown, path: string): SectionScore {
	const o = record(v, path);
	return {
		section: str(o.section, `${path}.section`),
		score: num(o.score, `${path}.score`),
		max: num(o.max, `${path}.max`),
		percent: num(o.percent, `${path}.percent`)
	};
}

function readScore(v: unknown, path: string): AttemptScore {
	const o = record(v, path);
	return {
		score: num(o.score, `${path}.score`),
		max: num(o.max, `${path}.max`),
		percent: num(o.percent, `${path}.percent`),
		passMark: num(o.passMark, `${path}.passMark`),
		passed: bool(o.passed, `${path}.passed`),
		sections: array(o.sections, `${path}.sections`).map((s, i) =>
			readSection(s, `${path}.sections[${i}]`)
		),
		items: mapRecord(o.items, `${path}.items`, num),
		missing: strings(o.missing, `${path}.missing`)
	};
}

function readAttemptV1(v: unknown, path: string, moduleSlug: string): AttemptV1 {
	const o = record(v, path);
	if (o.module !== moduleSlug) fail(`${path}.module`, `"${moduleSlug}"`);
	if (o.mode !== 'practice' && o.mode !== 'test') fail(`${path}.mode`, 'practice or test');
	if (o.length !== 10 && o.length !== 20 && o.length !== 'all')
		fail(`${path}.length`, '10, 20 or "all"');
	const finishedAt = optional(o, 'finishedAt', path, num);
	const score = optional(o, 'score', path, readScore);
	if ((finishedAt === undefined) !== (score === undefined))
		fail(path, 'finishedAt and score together');
	return withOptional(
		{
			id: str(o.id, `${path}.id`),
			module: moduleSlug,
			mode: o.mode,
			length: o.length,
			seed: str(o.seed, `${path}.seed`),
			items: strings(o.items, `${path}.items`),
			orders: mapRecord(o.orders, `${path}.orders`, strings),
			startedAt: num(o.startedAt, `${path}.startedAt`),
			answers: mapRecord(o.answers, `${path}.answers`, readAnswer)
		},
		{ finishedAt, score }
	);
}

function readAttemptV2(v: unknown, path: string, moduleSlug: string): Attempt {
	const base = readAttemptV1(v, path, moduleSlug);
	const o = record(v, path);
	// Drafts (answers not yet checked) are optional: older sites neither write nor need them.
	return withOptional(
		{ ...base, updatedAt: num(o.updatedAt, `${path}.updatedAt`) },
		{
			drafts:
				base.finishedAt === undefined
					? optional(o, 'drafts', path, (x, p) => mapRecord(x, p, readAnswer))
					: undefined
		}
	);
}

function readSummary(v: unknown, path: string): AttemptSummary {
	const o = record(v, path);
	if (o.mode !== 'practice' && o.mode !== 'test') fail(`${path}.mode`, 'practice or test');
	if (o.length !== 10 && o.length !== 20 && o.length !== 'all')
		fail(`${path}.length`, '10, 20 or "all"');
	const score = readScore(
		{ ...record(o.score, `${path}.score`), items: {}, missing: [] },
		`${path}.score`
	);
	return {
		id: str(o.id, `${path}.id`),
		mode: o.mode,
		length: o.length,
		startedAt: num(o.startedAt, `${path}.startedAt`),
		finishedAt: num(o.finishedAt, `${path}.finishedAt`),
		questions: num(o.questions, `${path}.questions`),
		score: {
			score: score.score,
			max: score.max,
			percent: score.percent,
			passMark: score.passMark,
			passed: score.passed,
			sections: score.sections
		}
	};
}

function readHistoryEntry(v: unknown, path: string): HistoryEntry {
	const o = record(v, path);
	return {
		at: num(o.at, `${path}.at`),
		score: num(o.score, `${path}.score`),
		attempt: str(o.attempt, `${path}.attempt`)
	};
}

function readQuestion(v: unknown, path: string, key: string): QuestionRecord {
	if (!key.includes('/')) fail(path, 'a key of the form module/item');
	const o = record(v, path);
	return {
		seen: num(o.seen, `${path}.seen`),
		correct: num(o.correct, `${path}.correct`),
		lastAnsweredAt: num(o.lastAnsweredAt, `${path}.lastAnsweredAt`),
		history: array(o.history, `${path}.history`).map((h, i) =>
			readHistoryEntry(h, `${path}.history[${i}]`)
		)
	};
}

function readModule<A extends AttemptV1>(
	v: unknown,
	path: string,
	slug: string,
	readAttempt: (v: unknown, path: string, slug: string) => A
): { attempts: A[]; inProgress?: A; best?: number; last?: number } {
	const o = record(v, path);
	const attempts = array(o.attempts, `${path}.attempts`).map((a, i) => {
		const attempt = readAttempt(a, `${path}.attempts[${i}]`, slug);
		if (attempt.finishedAt === undefined) fail(`${path}.attempts[${i}]`, 'a finished attempt');
		return attempt;
	});
	return withOptional(
		{ attempts },
		{
			inProgress: optional(o, 'inProgress', path, (x, p) => readAttempt(x, p, slug)),
			best: optional(o, 'best', path, num),
			last: optional(o, 'last', path, num)
		}
	);
}

function readV1(o: Json): ProgressDataV1 {
	return {
		version: 1,
		modules: mapRecord(o.modules, 'modules', (m, p, slug) => readModule(m, p, slug, readAttemptV1)),
		questions: mapRecord(o.questions, 'questions', readQuestion)
	};
}

/** Versions 2 and 3: the same but for summaries, which only version 3 has. */
function readV2orV3(o: Json, version: 2 | 3): ProgressData {
	return {
		version,
		modules: mapRecord(o.modules, 'modules', (m, p, slug) => {
			const read = readModule(m, p, slug, readAttemptV2);
			const module: ModuleProgress = { ...read, attempts: read.attempts.filter(isFinished) };
			const summaries = version === 3 ? optional(record(m, p), 'summaries', p, array) : undefined;
			if (summaries)
				module.summaries = summaries.map((x, i) => readSummary(x, `${p}.summaries[${i}]`));
			return module;
		}),
		questions: mapRecord(o.questions, 'questions', readQuestion)
	};
}

/** The summary of a finished attempt: what stays of it once it is no longer among the most recent. */
export function summariseAttempt(a: FinishedAttempt): AttemptSummary {
	const { score, max, percent, passMark, passed, sections } = a.score;
	return {
		id: a.id,
		mode: a.mode,
		length: a.length,
		startedAt: a.startedAt,
		finishedAt: a.finishedAt,
		questions: a.items.length,
		score: { score, max, percent, passMark, passed, sections }
	};
}

/** The last thing that happened to a v1 attempt: what v2 calls `updatedAt`. */
function lastActivity(a: AttemptV1): number {
	return Math.max(
		a.startedAt,
		a.finishedAt ?? a.startedAt,
		...Object.values(a.answers).map((x) => x.at)
	);
}

function v1ToV2(d: ProgressDataV1): ProgressData {
	const upgrade = (a: AttemptV1): Attempt => ({ ...a, updatedAt: lastActivity(a) });
	const modules = Object.entries(d.modules).map(([slug, m]): [string, ModuleProgress] => [
		slug,
		withOptional(
			{ attempts: m.attempts.map(upgrade).filter(isFinished) },
			{ inProgress: m.inProgress && upgrade(m.inProgress), best: m.best, last: m.last }
		)
	]);
	return { version: 2, modules: Object.fromEntries(modules), questions: d.questions };
}

/** Reads stored progress of any version into the current format, or says what is wrong with it. */
export function migrate(raw: unknown): MigrateResult {
	try {
		const o = record(raw, '');
		const version = num(o.version, 'version');
		if (version > CURRENT_VERSION) {
			return { error: `saved by a newer version of the site (format ${version})`, newer: true };
		}
		// v2 to v3 changes no field: merging (which every load does) summarises old attempts.
		if (version === 1) return { data: { ...v1ToV2(readV1(o)), version: CURRENT_VERSION } };
		if (version === 2) return { data: { ...readV2orV3(o, 2), version: CURRENT_VERSION } };
		if (version === 3) return { data: readV2orV3(o, 3) };
		return { error: `unknown format version ${version}` };
	} catch (e) {
		if (e instanceof ShapeError) return { error: e.message };
		throw e;
	}
}
