// Event facts: the date (key detail) and the orders the article supports (sequence).
import { truefalseDraft, type ChoiceDraft } from './arrange.ts';
import { eventTime } from './fact-text.ts';
import type { EventFact } from './facts-types.ts';
import { capitalise } from '../format.ts';
import type { Item, OrderingItem } from './types.ts';
import type { Generator } from './generator.ts';
import { OPTIONS, optionList, interval, shiftWhen } from './generate-helpers.ts';

// ------------------------------------------------------------------ events

export function eventItems(gen: Generator, f: EventFact): void {
	const group = `${f.id}:key-detail`;
	if (f.granularity === 'relative') {
		// A time the article gives only in words ("July", "December, before the summit"): typed, when it is
		// short enough to type; the part before a comma and the label without "the" are accepted too.
		const label = f.when.trim();
		const head = label.split(',')[0].trim();
		const accept = [
			...new Set([label, head, label.replace(/^the\s+/i, ''), head.replace(/^the\s+/i, '')])
		];
		if (head.split(/\s+/).length <= 4) {
			gen.add(
				{
					kind: 'ready',
					item: {
						...gen.base(
							[f],
							'when-blank',
							'key-detail',
							`The article dates ${f.event} to ___.`,
							f.statement
						),
						type: 'blank',
						accept
					}
				},
				group
			);
		}
		return;
	}
	// Tense-neutral: the article may date a planned event as well as a past one.
	const yearOnly = f.granularity === 'year' && !f.until;
	const stem = yearOnly
		? f.background
			? `In what year is ${f.event} placed?`
			: `In what year does the article place ${f.event}?`
		: f.background
			? `What date is given for ${f.event}?`
			: `What date does the article give for ${f.event}?`;
	const span = (steps: number) => ({
		when: shiftWhen(f.when, f.granularity, steps),
		until: f.until ? shiftWhen(f.until, f.granularity, steps) : undefined
	});
	// Wrong dates shift by the span's own length, so no option overlaps the key, and stay between the
	// events the article puts before and after this one: a date a reader can rule out by order tests nothing.
	const width = f.until ? Math.max(1, unitsBetween(gen, f)) + 1 : 1;
	const [after, before] = orderWindow(gen, f);
	const fits = (steps: number) => {
		const iv = interval({ ...f, ...span(steps) } as EventFact);
		return (
			iv !== null &&
			(after === undefined || iv[0] > after) &&
			(before === undefined || iv[1] < before)
		);
	};
	const choice: ChoiceDraft = {
		kind: 'choice',
		base: gen.base([f], 'when', 'key-detail', stem, f.statement),
		type: 'single',
		size: OPTIONS,
		build: (rank) => {
			const down = [1, 2, 3, 4, 5, 6]
				.map((k) => -k * width)
				.filter(fits)
				.slice(0, rank)
				.reverse();
			const up = [1, 2, 3, 4, 5, 6]
				.map((k) => k * width)
				.filter(fits)
				.slice(0, OPTIONS - 1 - rank);
			if (down.length !== rank || up.length !== OPTIONS - 1 - rank) return null;
			const options = optionList([...down, 0, ...up].map((k) => capitalise(eventTime(span(k)))));
			return { options, answer: options[rank].id };
		}
	};
	const year = Number(f.when.slice(0, 4));
	const entry: Item | null =
		f.granularity === 'year' && !f.until
			? {
					...gen.base(
						[f],
						'year',
						'key-detail',
						f.background
							? `In what year is ${f.event} placed?`
							: `In what year does the article place ${f.event}?`,
						f.statement
					),
					type: 'numeric',
					answer: year,
					min: year,
					max: year,
					unit: 'year'
				}
			: null;
	const entryFirst = entry !== null && gen.coin(f.id);
	gen.add(choice, group, entryFirst ? 1 : 0);
	if (entry) gen.add({ kind: 'ready', item: entry }, group, entryFirst ? 0 : 1);
}

/**
 * The dates a wrong answer for `f` must stay between (ISO days, exclusive): the end of the latest dated event
 * the facts put before it, the start of the earliest dated event they put after it (by `after` links).
 */
export function orderWindow(
	gen: Generator,
	f: EventFact
): [string | undefined, string | undefined] {
	let after: string | undefined;
	let before: string | undefined;
	for (const g of gen.facts) {
		if (g.type !== 'event' || g.id === f.id) continue;
		const iv = interval(g);
		if (!iv) continue;
		if ((f.after ?? []).includes(g.id) && (after === undefined || iv[1] > after)) after = iv[1];
		if ((g.after ?? []).includes(f.id) && (before === undefined || iv[0] < before)) before = iv[0];
	}
	return [after, before];
}

/** How many units of its granularity an event's span covers (0 for a single date). */
export function unitsBetween(gen: Generator, f: EventFact): number {
	if (!f.until) return 0;
	const [a, b] = [f.when, f.until].map((w) => w.split('-').map(Number));
	if (f.granularity === 'year') return b[0] - a[0];
	if (f.granularity === 'month') return (b[0] - a[0]) * 12 + (b[1] - a[1]);
	return Math.round((Date.UTC(b[0], b[1] - 1, b[2]) - Date.UTC(a[0], a[1] - 1, a[2])) / 86_400_000);
}

/**
 * Orders the text supports: two dated events whose times do not overlap, or an `after` link, and whatever
 * follows from those. A chain of three or more becomes a timeline; a lone known pair a before/after statement.
 * Events whose order the article does not give are never set in one.
 */
export function sequenceItems(gen: Generator): void {
	const events = gen.facts.filter((f): f is EventFact => f.type === 'event');
	const n = events.length;
	if (n < 2) return;
	const index = new Map(events.map((e, i) => [e.id, i]));
	const before: boolean[][] = events.map(() => new Array<boolean>(n).fill(false));
	events.forEach((a, i) => {
		const ia = interval(a);
		events.forEach((b, j) => {
			const ib = interval(b);
			if (i !== j && ia && ib && ia[1] < ib[0]) before[i][j] = true;
		});
		for (const id of a.after ?? []) {
			const j = index.get(id);
			if (j !== undefined) before[j][i] = true;
		}
	});
	for (let k = 0; k < n; k++)
		for (let i = 0; i < n; i++)
			for (let j = 0; j < n; j++) if (before[i][k] && before[k][j]) before[i][j] = true;
	const used = new Set<number>();
	// Longest chains first, greedily: each a path through the known order.
	while (true) {
		const longest = new Array<number[]>(n);
		const order = [...Array(n).keys()]
			.filter((i) => !used.has(i))
			.sort(
				(a, b) =>
					events.filter((_, j) => before[j][a]).length -
						events.filter((_, j) => before[j][b]).length || events[a].id.localeCompare(events[b].id)
			);
		let best: number[] = [];
		for (const i of order) {
			let path = [i];
			for (const j of order)
				if (j !== i && before[j][i] && longest[j] && longest[j].length + 1 > path.length)
					path = [...longest[j], i];
			longest[i] = path;
			if (path.length > best.length) best = path;
		}
		if (best.length < 3) break;
		const chain = best.slice(0, 5).map((i) => events[i]);
		for (const i of best.slice(0, 5)) used.add(i);
		const item: OrderingItem = {
			...gen.base(
				chain,
				'ordering',
				'sequence',
				'In what order does the article place these events, earliest first?',
				chain.map((e) => e.statement).join(' ')
			),
			type: 'ordering',
			items: chain.map((e) => ({ id: e.id, text: capitalise(e.event) }))
		};
		gen.add({ kind: 'ready', item }, `${chain.map((e) => e.id).join('+')}:sequence`);
	}
	// Events left over, each at most once, in a known pair.
	for (let i = 0; i < n; i++) {
		if (used.has(i)) continue;
		// Another event left over first; else one already asked (the pair is a question of its own).
		const known = (k: number) => k !== i && (before[i][k] || before[k][i]);
		const j =
			[...Array(n).keys()].find((k) => known(k) && !used.has(k)) ??
			[...Array(n).keys()].find(known);
		if (j === undefined) continue;
		const [a, b] = before[i][j] ? [events[i], events[j]] : [events[j], events[i]];
		used.add(i).add(j);
		const claim = (x: EventFact, y: EventFact) =>
			`According to the article, ${x.event} comes before ${y.event}`;
		gen.add(
			truefalseDraft(
				gen.meta([a, b], 'before-tf', 'sequence'),
				claim(a, b),
				claim(b, a),
				`${a.statement} ${b.statement}`
			),
			`${a.id}+${b.id}:sequence`
		);
	}
}
