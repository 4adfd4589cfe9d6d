import { mergeProgress, summariseHistory } from '../progress/merge.ts';
import { emptyProgress } from '../progress/schema.ts';
import type { ProgressData } from '../progress/schema.ts';
import type { Attempt, FinishedAttempt } from '../quiz/attempt.ts';

/** A finished attempt with the given per-item credits; fields not given follow from the id. */
export function finishedAttempt(
	module: string,
	id: string,
	finishedAt: number,
	items: Record<string, number>
): FinishedAttempt {
	const ids = Object.keys(items);
	const score = Object.values(items).reduce((a, b) => a + b, 0);
	const percent = ids.length ? Math.round((score / ids.length) * 1000) / 10 : 0;
	return {
		id,
		module,
		mode: 'practice',
		length: 10,
		seed: `seed-${id}`,
		items: ids,
		orders: {},
		startedAt: finishedAt - 60_000,
		updatedAt: finishedAt,
		answers: Object.fromEntries(
			ids.map((item, i) => [
				item,
				{
					response: { kind: 'blank' as const, text: `answer ${i}` },
					at: finishedAt - 1000 * (i + 1)
				}
			])
		),
		finishedAt,
		score: {
			score,
			max: ids.length,
			percent,
			passMark: 80,
			passed: percent >= 80,
			sections: [],
			items,
			missing: []
		}
	};
}

/** Progress holding the attempt as the store saves it: the attempt plus one history entry per item. */
export function progressOf(attempt: Attempt): ProgressData {
	const data = emptyProgress();
	if (attempt.finishedAt === undefined || attempt.score === undefined) {
		data.modules[attempt.module] = { attempts: [], inProgress: attempt };
		return data;
	}
	const finished = attempt as FinishedAttempt;
	data.modules[attempt.module] = { attempts: [finished] };
	for (const [item, score] of Object.entries(finished.score.items)) {
		const at = Object.hasOwn(finished.answers, item)
			? finished.answers[item].at
			: finished.finishedAt;
		data.questions[`${attempt.module}/${item}`] = summariseHistory([
			{ at, score, attempt: attempt.id }
		]);
	}
	return mergeProgress(data, data);
}

/** Progress holding every attempt given. */
export function progressOfAll(attempts: readonly Attempt[]): ProgressData {
	return attempts.map(progressOf).reduce(mergeProgress, emptyProgress());
}
