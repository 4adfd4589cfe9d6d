// Cause facts: the reason the article gives, against the author's alternatives, or causes matched to effects (cause and effect).
import { endSentence, truefalseDraft } from './arrange.ts';
import type { CauseFact } from './facts-types.ts';
import { pickDistractors } from './knowledge.ts';
import { normalise } from './text.ts';
import { capitalise } from '../format.ts';
import type { MatchingItem } from './types.ts';
import type { Generator } from './generator.ts';
import { OPTIONS, lowerFirst, distinct } from './generate-helpers.ts';

// ------------------------------------------------------------------ causes

/**
 * Each cause asked as "what reason does the article give", against the author's `alternatives` only. The
 * causes the article gives for other effects are no proven wrong answers: a chain the facts do not spell
 * out (talks failed, so a strike, so the port shut, so ships went elsewhere) would make them partly right.
 * Causes with fewer than two alternatives are matched to their own effects, three or more at a time, the
 * article's pairs being the only complete answer.
 */
export function causeItems(gen: Generator): void {
	const causes = gen.facts
		.filter((f): f is CauseFact => f.type === 'cause')
		.sort((a, b) => a.id.localeCompare(b.id));
	const left: CauseFact[] = [];
	for (const f of causes) {
		const key = capitalise(endSentence(f.cause));
		const wrong = distinct(f.alternatives ?? [], [f.cause]).map((t) => capitalise(endSentence(t)));
		// A link someone claims is theirs, not the article's: "What reason does the union give for this: …?"
		const stem = f.by
			? `What reason does ${f.by} give, according to the article, for this: ${endSentence(f.effect)}?`
			: `The article reports that ${endSentence(f.effect)}. What reason does it give?`;
		const draft = gen.choice(
			gen.base([f], 'why', 'cause-effect', stem, f.statement),
			'single',
			key,
			pickDistractors(
				key,
				{ module: [], author: wrong, pool: [] },
				OPTIONS - 1,
				gen.rng(`${f.id}.why`)
			)
		);
		const asked = gen.add(draft, `${f.id}:cause-effect`);
		// One alternative is enough for a true/false whose false version gives it as the reason.
		if (wrong.length > 0) {
			const who = f.by ?? 'the article';
			const claim = (c: string) =>
				`According to ${who}, ${endSentence(f.effect)} because ${lowerFirst(endSentence(c))}`;
			gen.add(
				truefalseDraft(
					gen.meta([f], 'why-tf', 'cause-effect'),
					claim(f.cause),
					claim(wrong[0]),
					f.statement
				),
				`${f.id}:cause-effect`,
				asked ? 1 : 0
			);
		} else if (!asked) left.push(f);
	}
	const unique: CauseFact[] = [];
	for (const f of left) {
		const clash = unique.some(
			(g) =>
				normalise(g.cause) === normalise(f.cause) || normalise(g.effect) === normalise(f.effect)
		);
		if (!clash) unique.push(f);
	}
	if (unique.length < 3) {
		for (const f of left)
			gen.note(
				f.id,
				'no cause-and-effect choice: give two or more `alternatives` (plausible wrong causes the article does not give)'
			);
		return;
	}
	const groups: CauseFact[][] = [];
	for (let i = 0; i < unique.length; i += 4) groups.push(unique.slice(i, i + 4));
	if (groups.length > 1 && groups[groups.length - 1].length < 3) {
		const last = groups.pop() ?? [];
		groups[groups.length - 1].push(...last);
	}
	for (const group of groups) {
		const item: MatchingItem = {
			...gen.base(
				group,
				'matching',
				'cause-effect',
				'Which result does the article give for each of these causes?',
				group.map((g) => g.statement).join(' ')
			),
			type: 'matching',
			pairs: group.map((g) => ({
				id: g.id,
				left: capitalise(endSentence(g.cause)),
				right: capitalise(endSentence(g.effect))
			}))
		};
		gen.add({ kind: 'ready', item }, `${group.map((g) => g.id).join('+')}:cause-effect`, 1);
	}
}
