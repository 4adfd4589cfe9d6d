import { canonicalJson } from '../storage/canonical-json.ts';
import { isFinished } from '../quiz/finished.ts';
import type { Answer, Attempt } from '../quiz/attempt.ts';
import { CURRENT_VERSION, KEEP_FULL_ATTEMPTS, summariseAttempt } from './schema.ts';
import type {
	AttemptSummary,
	HistoryEntry,
	ModuleProgress,
	ProgressData,
	QuestionRecord
} from './schema.ts';

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
		// Summaries first, so a whole copy and a summary of the same attempt break ties the same way.
		return (byContent(summariseAttempt(a), summariseAttempt(b)) || byContent(a, b)) <= 0 ? a : b;
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
	const answers = laterPerItem(a.answers, b.answers);
	// A draft is kept until its item is answered, the later of two per item.
	const drafts = Object.entries(laterPerItem(a.drafts ?? {}, b.drafts ?? {})).filter(
		([id]) => !Object.hasOwn(answers, id)
	);
	const { drafts: _drafts, ...rest } = newer;
	void _drafts;
	return {
		...rest,
		answers,
		...(drafts.length > 0 ? { drafts: Object.fromEntries(drafts) } : {}),
		updatedAt: Math.max(a.updatedAt, b.updatedAt)
	};
}

/** Answers by item from two copies, the later answer per item. */
function laterPerItem(
	a: Record<string, Answer>,
	b: Record<string, Answer>
): Record<string, Answer> {
	const answers = new Map(Object.entries(a));
	for (const [id, answer] of Object.entries(b)) {
		const mine = answers.get(id);
		answers.set(id, mine ? laterAnswer(mine, answer) : answer);
	}
	return Object.fromEntries(answers);
}

function newerInProgress(a: Attempt, b: Attempt): Attempt {
	if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
	return byContent(a, b) >= 0 ? a : b;
}

function byFinish(x: { finishedAt: number; id: string }, y: { finishedAt: number; id: string }) {
	return x.finishedAt - y.finishedAt || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
}

/**
 * One module's progress from two sources. Finished attempts: union by id, whole or summarised; then all
 * but the KEEP_FULL_ATTEMPTS most recent are summarised, so the result depends only on the union and
 * merging stays commutative and idempotent. A whole copy beats a summary of the same attempt. In
 * progress: an attempt finished on either side is finished; otherwise the one updated most recently.
 * best/last follow every finished attempt, summaries included.
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

	const summarised = new Set([...(a?.summaries ?? []), ...(b?.summaries ?? [])].map((s) => s.id));
	const open = new Map<string, Attempt>();
	for (const attempt of [a?.inProgress, b?.inProgress]) {
		if (!attempt) continue;
		const known = open.get(attempt.id);
		open.set(attempt.id, known ? mergeAttempt(known, attempt) : attempt);
	}
	let inProgress: Attempt | undefined;
	for (const attempt of open.values()) {
		if (isFinished(attempt)) add(attempt);
		else if (!finished.has(attempt.id) && !summarised.has(attempt.id)) {
			inProgress = inProgress ? newerInProgress(inProgress, attempt) : attempt;
		}
	}

	// Of two records of one attempt the first to finish is the record, as in mergeAttempt.
	const better = (x: AttemptSummary, y: AttemptSummary) =>
		x.finishedAt !== y.finishedAt ? x.finishedAt < y.finishedAt : byContent(x, y) <= 0;
	const summaries = new Map<string, AttemptSummary>();
	for (const s of [...(a?.summaries ?? []), ...(b?.summaries ?? [])]) {
		const known = summaries.get(s.id);
		if (!known || better(s, known)) summaries.set(s.id, s);
	}
	const whole = [...finished.values()].filter(isFinished).filter((attempt) => {
		const known = summaries.get(attempt.id);
		if (known && !better(summariseAttempt(attempt), known)) return false;
		summaries.delete(attempt.id);
		return true;
	});
	whole.sort(byFinish);
	const attempts = whole.slice(-KEEP_FULL_ATTEMPTS);
	for (const attempt of whole.slice(0, -KEEP_FULL_ATTEMPTS))
		summaries.set(attempt.id, summariseAttempt(attempt));
	const result: ModuleProgress = { attempts };
	if (summaries.size > 0) result.summaries = [...summaries.values()].sort(byFinish);
	if (inProgress) result.inProgress = inProgress;
	const all: { finishedAt: number; id: string; score: { percent: number } }[] = [
		...(result.summaries ?? []),
		...attempts
	].sort(byFinish);
	const latest = all[all.length - 1];
	if (latest) {
		result.best = Math.max(...all.map((x) => x.score.percent));
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
