import { createRandom, hashString } from '../questions/random.ts';
import type { Item } from '../questions/types.ts';
import { DEFAULT_PASS_MARK, gradeAttempt } from './grade.ts';
import { isFinished } from './finished.ts';
import type { AttemptResult, Response, SectionScore } from './grade.ts';

/** Practice shows feedback after each answer; test only at the end. */
export type QuizMode = 'practice' | 'test';

/** How many questions an attempt asks. */
export type QuizLength = 10 | 20 | 'all';

/** The lengths a learner can choose, in menu order. */
export const QUIZ_LENGTHS: readonly QuizLength[] = [10, 20, 'all'];

/** One recorded answer. */
export interface Answer {
	/** What the learner gave. */
	response: Response;
	/** When it was given, in ms since the epoch. */
	at: number;
}

/** The marking stored with a finished attempt: what it scored when it was finished. */
export interface AttemptScore {
	/** Credit earned, summed over counted items. */
	score: number;
	/** Items counted (one mark each). */
	max: number;
	/** score / max as a percent, to one decimal. */
	percent: number;
	/** The pass mark applied, in percent. */
	passMark: number;
	/** Whether percent reached the pass mark. */
	passed: boolean;
	/** Per-section scores. */
	sections: SectionScore[];
	/** Item id to the credit it earned (0..1), for counted items; feeds per-question history. */
	items: Record<string, number>;
	/** Item ids already removed from the bank when the attempt was finished; not counted. */
	missing: string[];
}

/** One go at a module's quiz; plain JSON so it can be stored and resumed exactly. */
export interface Attempt {
	/** Unique id: start time and a hash of module and seed. */
	id: string;
	/** Slug of the module. */
	module: string;
	/** Practice or test. */
	mode: QuizMode;
	/** The length the learner asked for. */
	length: QuizLength;
	/** Seed every shuffle of this attempt was drawn from. */
	seed: string;
	/** Item ids in question order; kept even if an item later leaves the bank. */
	items: string[];
	/** Item id to its display order: option ids, ordering entry ids, or matching right-hand texts. */
	orders: Record<string, string[]>;
	/** Start time, ms since the epoch. */
	startedAt: number;
	/** Time of the last change (start, answer, finish); the newest in-progress copy wins a merge. */
	updatedAt: number;
	/** Item id to the learner's latest answer. */
	answers: Record<string, Answer>;
	/**
	 * Practice: item id to an answer chosen or typed but not yet checked, so a reload keeps it; absent when
	 * there is none. Never marked; checking moves it to `answers`, finishing drops what is left.
	 */
	drafts?: Record<string, Answer>;
	/** Finish time, once finished. */
	finishedAt?: number;
	/** The marking, once finished. */
	score?: AttemptScore;
}

/** An attempt that has been finished and marked. */
export type FinishedAttempt = Attempt & { finishedAt: number; score: AttemptScore };

/** What a new attempt needs to know about an item's past, keyed by item id. */
export interface ItemPast {
	/** Times the item was marked in a finished attempt. */
	seen: number;
	/** Times it earned full credit. */
	correct: number;
	/** Each marking, oldest first. */
	history: { at: number; score: number }[];
}

/** Everything that decides a new attempt; the same options always give the same attempt. */
export interface NewAttemptOptions {
	/** Slug of the module. */
	moduleSlug: string;
	/** The module's current items. */
	bank: readonly Item[];
	/** Practice or test. */
	mode: QuizMode;
	/** How many questions to ask. */
	length: QuizLength;
	/** Seed for every shuffle (see `randomSeed`). */
	seed: string;
	/** The learner's past with each item, by item id. */
	history: Readonly<Record<string, ItemPast | undefined>>;
	/** Start time, ms since the epoch. */
	now: number;
}

/** A fresh random seed; the only impure helper here, so attempts stay reproducible from their seed. */
export function randomSeed(): string {
	const words = crypto.getRandomValues(new Uint32Array(2));
	return Array.from(words, (w) => w.toString(36).padStart(7, '0')).join('');
}

export { isFinished };

/** Whether the learner's last result for the item was below full credit. */
function wasMissed(past: ItemPast): boolean {
	let last: { at: number; score: number } | undefined;
	for (const h of past.history) if (!last || h.at >= last.at) last = h;
	return last ? last.score < 1 : past.correct < past.seen;
}

/** Ids the learner reorders or picks from, in the item's own order; empty for typed answers. */
function displayIds(item: Item): string[] {
	switch (item.type) {
		case 'single':
		case 'multiple':
		case 'truefalse':
		case 'whosaid':
			return item.options.map((o) => o.id);
		case 'ordering':
			return item.items.map((e) => e.id);
		case 'matching':
			return [...new Set([...item.pairs.map((p) => p.right), ...(item.distractors ?? [])])];
		case 'numeric':
		case 'blank':
			return [];
	}
}

/** The item's display order for this seed; depends only on seed and item, not on the rest of the bank. */
export function shuffledOrder(item: Item, seed: string): string[] {
	const ids = displayIds(item);
	// True comes before False on every quiz; shuffling them only confuses.
	if (item.type === 'truefalse' || ids.length < 2) return ids;
	const order = createRandom(`${seed}\u0000order\u0000${item.id}`).shuffle(ids);
	// An ordering item shown already solved would be a free mark.
	if (item.type === 'ordering' && order.every((id, i) => id === ids[i])) {
		order.push(order.shift() as string);
	}
	return order;
}

/**
 * The first `count` items in rank order that share no fact, and no question text, with an item already taken:
 * two items on one fact can give each other's answers away, and two with the same stem (one per agency the
 * article names, say) read as one question asked twice. When too few such items exist, items that only repeat
 * a stem come next, then the rest, in rank order. Types and skills are spread first (see the caps below).
 */
export function factDisjoint(ranked: Item[], count: number): Item[] {
	const facts = new Set<string>();
	const stems = new Set<string>();
	const chosen = new Set<Item>();
	const types = new Map<string, number>();
	const skills = new Map<string, number>();
	const stemOf = (item: Item) => item.stem.replace(/\s+/g, ' ').trim().toLowerCase();
	// A quiz mixes question types and reading skills: no type above about a third of it, no skill above 40%,
	// while other items remain (seven true/false questions in ten once came out of one draw).
	const typeCap = Math.max(2, Math.ceil(count * 0.34));
	const skillCap = Math.max(2, Math.ceil(count * 0.4));
	const pass = (distinctStems: boolean, mixed: boolean) => {
		for (const item of ranked) {
			if (chosen.size === count) return;
			if (chosen.has(item) || item.facts.some((f) => facts.has(f))) continue;
			if (distinctStems && stems.has(stemOf(item))) continue;
			if (
				mixed &&
				((types.get(item.type) ?? 0) >= typeCap || (skills.get(item.skill) ?? 0) >= skillCap)
			)
				continue;
			for (const f of item.facts) facts.add(f);
			stems.add(stemOf(item));
			types.set(item.type, (types.get(item.type) ?? 0) + 1);
			skills.set(item.skill, (skills.get(item.skill) ?? 0) + 1);
			chosen.add(item);
		}
	};
	pass(true, true);
	pass(true, false);
	pass(false, false);
	for (const item of ranked) if (chosen.size < count) chosen.add(item);
	return [...chosen];
}

/** Types whose prerendered form is a set of radio buttons: answerable by a click before any script runs. */
const OPENING_TYPES = new Set(['single', 'truefalse', 'whosaid']);

/**
 * The quiz opens on a question with radio buttons when it has one: the first question is prerendered and must
 * be answerable before the quiz script arrives (an ordering item moves only with the script), and one click is
 * the gentlest start. The rest keep their shuffled order.
 */
export function opensWithChoice(items: Item[]): Item[] {
	const at = items.findIndex((item) => OPENING_TYPES.has(item.type));
	return at <= 0 ? items : [items[at], ...items.slice(0, at), ...items.slice(at + 1)];
}

/** Picks unseen items first, then previously missed ones, then the rest, and shuffles all orders. */
export function newAttempt(options: NewAttemptOptions): Attempt {
	const { moduleSlug, mode, length, seed, history, now } = options;
	const ids = new Set<string>();
	const bank = options.bank.filter((item) => !ids.has(item.id) && ids.add(item.id));
	const unseen: Item[] = [];
	const missed: Item[] = [];
	const rest: Item[] = [];
	for (const item of bank) {
		const past = Object.hasOwn(history, item.id) ? history[item.id] : undefined;
		if (!past || (past.seen === 0 && past.history.length === 0)) unseen.push(item);
		else if (wasMissed(past)) missed.push(item);
		else rest.push(item);
	}
	const pick = createRandom(`${seed}\u0000pick`);
	const ranked = [...pick.shuffle(unseen), ...pick.shuffle(missed), ...pick.shuffle(rest)];
	const chosen = length === 'all' ? ranked : factDisjoint(ranked, length);
	// Shuffled again so unseen items are not all at the front of the quiz.
	const items = opensWithChoice(createRandom(`${seed}\u0000questions`).shuffle(chosen));
	const orders: Record<string, string[]> = {};
	for (const item of items) {
		const order = shuffledOrder(item, seed);
		if (order.length > 0) orders[item.id] = order;
	}
	return {
		id: attemptId(moduleSlug, seed, now),
		module: moduleSlug,
		mode,
		length,
		seed,
		items: items.map((item) => item.id),
		orders,
		startedAt: now,
		updatedAt: now,
		answers: {}
	};
}

/** The id of an attempt started at `now` from this seed. */
function attemptId(moduleSlug: string, seed: string, now: number): string {
	return `${now.toString(36)}-${hashString(`${moduleSlug}\u0000${seed}`).toString(36)}`;
}

/**
 * The attempt as if started at `now`: the prerendered one was drawn at build time (time 0), so it starts
 * for real when a page can take its answers. An attempt already answered or started is returned unchanged.
 */
export function startedAt(attempt: Attempt, now: number): Attempt {
	if (attempt.startedAt !== 0 || Object.keys(attempt.answers).length > 0) return attempt;
	return {
		...attempt,
		id: attemptId(attempt.module, attempt.seed, now),
		startedAt: now,
		updatedAt: now
	};
}

/** Records (or replaces) the answer to one item; a finished attempt is returned unchanged. */
export function recordAnswer(
	attempt: Attempt,
	itemId: string,
	response: Response,
	now: number
): Attempt {
	if (attempt.finishedAt !== undefined) return attempt;
	if (!attempt.items.includes(itemId)) {
		throw new RangeError(`Attempt ${attempt.id} has no item "${itemId}".`);
	}
	return withoutDraft(
		{
			...attempt,
			answers: { ...attempt.answers, [itemId]: { response, at: now } },
			updatedAt: Math.max(attempt.updatedAt, now)
		},
		itemId
	);
}

/** Keeps an answer chosen but not yet checked (practice); a finished or already answered item is left alone. */
export function recordDraft(
	attempt: Attempt,
	itemId: string,
	response: Response,
	now: number
): Attempt {
	if (attempt.finishedAt !== undefined || Object.hasOwn(attempt.answers, itemId)) return attempt;
	if (!attempt.items.includes(itemId)) {
		throw new RangeError(`Attempt ${attempt.id} has no item "${itemId}".`);
	}
	return {
		...attempt,
		drafts: { ...attempt.drafts, [itemId]: { response, at: now } },
		updatedAt: Math.max(attempt.updatedAt, now)
	};
}

/** The attempt without the draft of one item (or without any, given no item). */
export function withoutDraft(attempt: Attempt, itemId?: string): Attempt {
	if (!attempt.drafts) return attempt;
	const { drafts, ...rest } = attempt;
	if (itemId === undefined) return rest;
	const kept = Object.fromEntries(Object.entries(drafts).filter(([id]) => id !== itemId));
	return Object.keys(kept).length > 0 ? { ...rest, drafts: kept } : rest;
}

/** One item of an attempt that is still in the bank, with the order to show it in. */
export interface ResolvedItem {
	/** The item as the bank has it now. */
	item: Item;
	/** Display order: the stored order, minus entries now gone, plus entries added since. */
	order: string[];
}

/** An attempt matched against the current bank. */
export interface ResolvedAttempt {
	/** Items still in the bank, in question order. */
	items: ResolvedItem[];
	/** Ids of items removed from the bank since the attempt started; skipped and not counted. */
	missing: string[];
}

/** Matches the attempt's item ids to the bank, so a content update neither breaks nor skews it. */
export function resolveAttempt(attempt: Attempt, bank: readonly Item[]): ResolvedAttempt {
	const byId = new Map<string, Item>();
	for (const item of bank) if (!byId.has(item.id)) byId.set(item.id, item);
	const items: ResolvedItem[] = [];
	const missing: string[] = [];
	for (const id of attempt.items) {
		const item = byId.get(id);
		if (!item) {
			missing.push(id);
			continue;
		}
		const current = displayIds(item);
		const stored = Object.hasOwn(attempt.orders, id)
			? attempt.orders[id]
			: shuffledOrder(item, attempt.seed);
		const kept = [...new Set(stored)].filter((x) => current.includes(x));
		items.push({ item, order: [...kept, ...current.filter((x) => !kept.includes(x))] });
	}
	return { items, missing };
}

/** Marks the attempt's answers against the current bank; removed items are listed and not counted. */
export function scoreAttempt(
	attempt: Attempt,
	bank: readonly Item[],
	passMark: number = DEFAULT_PASS_MARK
): AttemptResult & { missing: string[] } {
	const { items, missing } = resolveAttempt(attempt, bank);
	const responses: Record<string, Response> = {};
	for (const [id, answer] of Object.entries(attempt.answers)) responses[id] = answer.response;
	const result = gradeAttempt(
		items.map((r) => r.item),
		responses,
		passMark
	);
	return { ...result, missing };
}

/** Marks and closes the attempt; an already finished attempt is returned unchanged. */
export function finishAttempt(
	attempt: Attempt,
	bank: readonly Item[],
	passMark: number,
	now: number
): FinishedAttempt {
	if (isFinished(attempt)) return attempt;
	const result = scoreAttempt(attempt, bank, passMark);
	const items: Record<string, number> = {};
	for (const [id, grade] of Object.entries(result.grades)) items[id] = grade.score;
	return {
		...withoutDraft(attempt),
		updatedAt: Math.max(attempt.updatedAt, now),
		finishedAt: now,
		score: {
			score: result.score,
			max: result.max,
			percent: result.percent,
			passMark: result.passMark,
			passed: result.passed,
			sections: result.sections,
			items,
			missing: result.missing
		}
	};
}

/** Longest pause counted as working time; longer gaps (a closed tab, a break) count as this much. */
export const IDLE_GAP_MS = 10 * 60 * 1000;

/** Time spent on an attempt so far, in ms. */
export interface TimeTaken {
	/** Wall-clock time from start to finish (or to now). */
	elapsedMs: number;
	/** Working time: the same span with each pause between answers capped at IDLE_GAP_MS. */
	activeMs: number;
}

/** How long the attempt took; `now` stands in for the finish of an unfinished attempt. */
export function timeTaken(attempt: Attempt, now: number): TimeTaken {
	const end = attempt.finishedAt ?? Math.max(now, attempt.startedAt);
	const times = Object.values(attempt.answers)
		.map((a) => Math.min(Math.max(a.at, attempt.startedAt), end))
		.sort((a, b) => a - b);
	let activeMs = 0;
	let previous = attempt.startedAt;
	for (const t of [...times, end]) {
		activeMs += Math.min(t - previous, IDLE_GAP_MS);
		previous = t;
	}
	return { elapsedMs: end - attempt.startedAt, activeMs };
}
