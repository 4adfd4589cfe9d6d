import { isFinished } from '../quiz/finished.ts';
import type { Answer, Attempt, FinishedAttempt } from '../quiz/attempt.ts';
import { CURRENT_VERSION } from './schema.ts';
import type { HistoryEntry, ModuleProgress, ProgressData, QuestionRecord } from './schema.ts';

/** JSON with sorted keys: equal values give equal text, whatever order their keys were written in. */
export function canonicalJson(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
			: v
	);
}

// Every tie is broken by content, never by argument order, so merging is commutative.
function byContent(a: unknown, b: unknown): number {
	const x = canonicalJson(a);
	const y = canonicalJson(b);
	return x < y ? -1 : x > y ? 1 : 0;
}

function laterAnswer(a: Answer, b: Answer): Answer {
	if (a.at !== b.at) return a.at > b.at ? a : b;
	return byContent(a, b) >= 0 ? a : b;
}

/**
 * Two copies of the same attempt (same id). A finished copy beats an unfinished one; of two finished copies
 * the first to finish is the record; two unfinished copies keep every answer, the later one per item.
 */
export function mergeAttempt(a: Attempt, b: Attempt): Attempt {
	const fa = isFinished(a);
	const fb = isFinished(b);
	if (fa && fb) {
		if (a.finishedAt !== b.finishedAt) return a.finishedAt < b.finishedAt ? a : b;
		return byContent(a, b) <= 0 ? a : b;
	}
	if (fa) return a;
	if (fb) return b;
	const newer =
		a.updatedAt !== b.updatedAt
			? a.updatedAt > b.updatedAt
				? a
				: b
			: byContent(a, b) >= 0
				? a
				: b;
	const answers = new Map(Object.entries(a.answers));
	for (const [id, answer] of Object.entries(b.answers)) {
		const mine = answers.get(id);
		answers.set(id, mine ? laterAnswer(mine, answer) : answer);
	}
	return {
		...newer,
		answers: Object.fromEntries(answers),
		updatedAt: Math.max(a.updatedAt, b.updatedAt)
	};
}

function newerInProgress(a: Attempt, b: Attempt): Attempt {
	if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
	return byContent(a, b) >= 0 ? a : b;
}

/**
 * One module's progress from two sources. Finished attempts: union by id. In progress: an attempt finished
 * on either side is finished; otherwise the one updated most recently. best/last follow the attempts.
 */
export function mergeModule(
	a: ModuleProgress | undefined,
	b: ModuleProgress | undefined
): ModuleProgress {
	const finished = new Map<string, Attempt>();
	const add = (attempt: Attempt) => {
		const known = finished.get(attempt.id);
		finished.set(attempt.id, known ? mergeAttempt(known, attempt) : attempt);
	};
	for (const attempt of [...(a?.attempts ?? []), ...(b?.attempts ?? [])]) add(attempt);

	const open = new Map<string, Attempt>();
	for (const attempt of [a?.inProgress, b?.inProgress]) {
		if (!attempt) continue;
		const known = open.get(attempt.id);
		open.set(attempt.id, known ? mergeAttempt(known, attempt) : attempt);
	}
	let inProgress: Attempt | undefined;
	for (const attempt of open.values()) {
		if (isFinished(attempt)) add(attempt);
		else if (!finished.has(attempt.id)) {
			inProgress = inProgress ? newerInProgress(inProgress, attempt) : attempt;
		}
	}

	const attempts = [...finished.values()]
		.filter(isFinished)
		.sort((x, y) => x.finishedAt - y.finishedAt || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
	const result: ModuleProgress = { attempts };
	if (inProgress) result.inProgress = inProgress;
	const latest: FinishedAttempt | undefined = attempts[attempts.length - 1];
	if (latest) {
		result.best = Math.max(...attempts.map((x) => x.score.percent));
		result.last = latest.score.percent;
	}
	return result;
}

function compareEntries(x: HistoryEntry, y: HistoryEntry): number {
	return (
		x.at - y.at || x.score - y.score || (x.attempt < y.attempt ? -1 : x.attempt > y.attempt ? 1 : 0)
	);
}

/** `seen`, `correct` and `lastAnsweredAt` recomputed from a history, sorted oldest first. */
export function summariseHistory(history: readonly HistoryEntry[]): QuestionRecord {
	const sorted = [...history].sort(compareEntries);
	return {
		seen: sorted.length,
		correct: sorted.filter((h) => h.score >= 1).length,
		lastAnsweredAt: sorted.length ? sorted[sorted.length - 1].at : 0,
		history: sorted
	};
}

/** One question's record from two sources: histories united, one entry per attempt (the earliest). */
export function mergeQuestion(
	a: QuestionRecord | undefined,
	b: QuestionRecord | undefined
): QuestionRecord {
	const byAttempt = new Map<string, HistoryEntry>();
	for (const entry of [...(a?.history ?? []), ...(b?.history ?? [])]) {
		const known = byAttempt.get(entry.attempt);
		byAttempt.set(entry.attempt, known && compareEntries(known, entry) <= 0 ? known : entry);
	}
	return summariseHistory([...byAttempt.values()]);
}

function mergeRecords<T>(
	a: Record<string, T>,
	b: Record<string, T>,
	merge: (x: T | undefined, y: T | undefined) => T
): Record<string, T> {
	const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
	return Object.fromEntries(
		[...keys]
			.sort()
			.map((k) => [
				k,
				merge(Object.hasOwn(a, k) ? a[k] : undefined, Object.hasOwn(b, k) ? b[k] : undefined)
			])
	);
}

/** Everything from both sources, nothing dropped; commutative and idempotent, so any tab may merge any time. */
export function mergeProgress(a: ProgressData, b: ProgressData): ProgressData {
	return {
		version: CURRENT_VERSION,
		modules: mergeRecords(a.modules, b.modules, mergeModule),
		questions: mergeRecords(a.questions, b.questions, mergeQuestion)
	};
}
