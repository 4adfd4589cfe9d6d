import { finishAttempt, newAttempt, recordAnswer } from '../quiz/attempt.ts';
import type { Attempt } from '../quiz/attempt.ts';
import type { Response } from '../quiz/grade.ts';
import type { Item } from '../questions/types.ts';
import { FakeStorage } from './fake-storage.ts';
import { moduleHistory } from '../progress/queries.ts';
import { progressKey } from '../progress/storage.ts';
import { ProgressStore } from '../progress/store.ts';

// A heavy learner, for the storage bound test and `npm run bench`; not imported by the site.

/** A plausible answer: the key for most questions, a wrong or partial one for every third. */
function answer(item: Item, attempt: Attempt, n: number): Response {
	const wrong = n % 3 === 2;
	const order = attempt.orders[item.id] ?? [];
	switch (item.type) {
		case 'single':
		case 'truefalse':
		case 'whosaid':
			return { kind: 'choice', selected: [wrong ? (order[0] ?? 'x') : item.answer] };
		case 'multiple':
			return { kind: 'choice', selected: wrong ? order.slice(0, 1) : item.answer };
		case 'numeric':
			return { kind: 'numeric', text: wrong ? '12345' : String(item.answer) };
		case 'blank':
			return { kind: 'blank', text: wrong ? 'no idea' : item.accept[0] };
		case 'ordering':
			return { kind: 'ordering', order: wrong ? order : item.items.map((e) => e.id) };
		case 'matching':
			return {
				kind: 'matching',
				choices: Object.fromEntries(
					item.pairs.map((p, i) => [
						p.id,
						wrong ? item.pairs[(i + 1) % item.pairs.length].right : p.right
					])
				)
			};
	}
}

/** Options of the heavy profile. */
export interface ProfileOptions {
	/** Modules, each with its own copy of `bank`. */
	modules: number;
	/** Finished attempts in all, spread evenly over the modules. */
	attempts: number;
	/** The bank every module uses (the real module's, in the test and the benchmark). */
	bank: readonly Item[];
	/** First start time. */
	start: number;
}

/**
 * Local storage after a learner finished `attempts` quizzes over `modules` modules. One module's attempts
 * are saved through ProgressStore exactly as the quiz page saves them (lengths cycle 10, 20, 10, modes
 * alternate, every question answered, a day apart); the other modules hold the same under their own
 * slugs, which is what the storage bound depends on and keeps the profile quick to build.
 */
export function heavyProfile({ modules, attempts, bank, start }: ProfileOptions): FakeStorage {
	const first = new FakeStorage();
	const store = new ProgressStore(first, { now: () => start });
	const slug = 'module-00';
	const byId = new Map(bank.map((item) => [item.id, item]));
	const perModule = Math.round(attempts / modules);
	for (let round = 0; round < perModule; round++) {
		const now = start + round * 86_400_000;
		let attempt = newAttempt({
			moduleSlug: slug,
			bank,
			mode: round % 2 ? 'practice' : 'test',
			length: round % 3 === 1 ? 20 : 10,
			seed: `${slug}-${round}`,
			history: moduleHistory(store.data, slug, bank),
			now
		});
		attempt.items.forEach((id, n) => {
			const item = byId.get(id) as Item;
			attempt = recordAnswer(attempt, id, answer(item, attempt, n), now + 20_000 * (n + 1));
		});
		const end = now + 20_000 * (attempt.items.length + 1);
		store.saveAttempt(finishAttempt(attempt, bank, 80, end));
	}
	const value = first.getItem(progressKey(slug)) as string;
	const storage = new FakeStorage();
	for (let m = 0; m < modules; m++) {
		const other = `module-${String(m).padStart(2, '0')}`;
		storage.setItem(progressKey(other), value.replaceAll(`"${slug}`, `"${other}`));
	}
	return storage;
}

/** Characters stored under every key (keys included): what browsers count against the quota. */
export function storedChars(storage: FakeStorage): number {
	let n = 0;
	for (const [k, v] of storage.entries) n += k.length + v.length;
	return n;
}
