// Entity and set facts: "which of these does the article name as…", select-all, blanks and name-to-role matchings (key detail).
import type { EntityFact, SetFact } from './facts-types.ts';
import { nameKey, pickDistractors, sameTier } from './knowledge.ts';
import { normalise } from './text.ts';
import type { Item, MatchingItem } from './types.ts';
import type { Generator } from './generator.ts';
import {
	OPTIONS,
	MULTIPLE_OPTIONS,
	optionList,
	withThe,
	MATCHING_STEMS,
	describeCandidates
} from './generate-helpers.ts';

// ------------------------------------------------------------------ names

export function entityItems(gen: Generator, f: EntityFact): void {
	// Names the article gives one role are asked together, once: two items with one stem would ask the same thing.
	const peers = gen.facts.filter(
		(g): g is EntityFact => g.type === 'entity' && normalise(g.role) === normalise(f.role)
	);
	if (peers.length > 1) {
		if (peers[0] === f) sharedRoleItems(gen, peers);
		return;
	}
	const group = `${f.id}:key-detail`;
	const rng = gen.rng(`${f.id}.named`);
	const c = gen.know.candidates(
		f.category,
		[f.relation, f.role],
		[f.entity, ...(f.aliases ?? [])],
		f.alternatives ?? []
	);
	const distractors = pickDistractors(
		f.entity,
		c,
		OPTIONS - 1,
		rng,
		sameTier(f.category, f.entity)
	);
	const why = f.statement;
	const named = gen.choice(
		gen.base([f], 'named', 'key-detail', `Which of these does the article name as ${f.role}?`, why),
		'single',
		f.entity,
		distractors
	);
	if (!named)
		gen.note(
			f.id,
			`no choice item: ${describeCandidates(c, f.category, gen.file.fields)}; add \`alternatives\``
		);
	// About one name in three is typed rather than chosen, where the blank has few right answers.
	const typed = gen.third(f.id);
	// Other right answers: entities given the same role, members of a list whose members all hold the relation.
	const holders = gen.facts.flatMap((g) =>
		g.type === 'entity' && normalise(g.role) === normalise(f.role) && g.id !== f.id
			? [g.entity, ...(g.aliases ?? [])]
			: g.type === 'set' && g.relation && normalise(g.relation) === normalise(f.relation)
				? g.members
				: []
	);
	const accept = [...new Set([f.entity, ...(f.aliases ?? []), ...holders])];
	const blankFirst = typed && holders.length === 0;
	gen.add(named, group, blankFirst ? 1 : 0);
	gen.add(
		{
			kind: 'ready',
			item: {
				...gen.base([f], 'blank', 'key-detail', `The article names ___ as ${f.role}.`, why),
				type: 'blank',
				accept
			}
		},
		group,
		blankFirst ? 0 : 1
	);
}

/**
 * Names sharing one role ("a country migrants set out from": Vietnam and Iraq): one select-all item with every
 * one of them as a key, else a blank accepting any of them.
 */
export function sharedRoleItems(gen: Generator, peers: EntityFact[]): void {
	const f = peers[0];
	const group = `${peers.map((p) => p.id).join('+')}:key-detail`;
	const names = peers.flatMap((p) => [p.entity, ...(p.aliases ?? [])]);
	const keys = peers.map((p) => p.entity).slice(0, 3);
	const c = gen.know.candidates(
		f.category,
		peers.flatMap((p) => [p.relation, p.role]),
		names,
		peers.flatMap((p) => p.alternatives ?? [])
	);
	const rng = gen.rng(`${group}.named`);
	const others = pickDistractors(
		keys[0],
		c,
		MULTIPLE_OPTIONS - keys.length,
		rng,
		sameTier(f.category, keys[0])
	);
	const why = peers.map((p) => p.statement).join(' ');
	if (others.length >= 2) {
		const options = optionList(rng.shuffle([...keys, ...others]));
		const item: Item = {
			...gen.base(
				peers,
				'named',
				'key-detail',
				`Which of these options does the article name as ${f.role}?`,
				why
			),
			type: 'multiple',
			options,
			answer: options.filter((o) => keys.includes(o.text)).map((o) => o.id)
		};
		gen.add({ kind: 'ready', item }, group, 0);
	} else
		gen.note(
			f.id,
			`no choice item: ${describeCandidates(c, f.category, gen.file.fields)}; add \`alternatives\``
		);
	gen.add(
		{
			kind: 'ready',
			item: {
				...gen.base(peers, 'blank', 'key-detail', `The article names ___ as ${f.role}.`, why),
				type: 'blank',
				accept: [...new Set(names)]
			}
		},
		group,
		1
	);
}

/** Entities matched to their roles, three or four at a time (a second recall item for some names). */
export function matchingItems(gen: Generator): void {
	const entities = gen.facts
		.filter((f): f is EntityFact => f.type === 'entity')
		.sort((a, b) => a.category.localeCompare(b.category) || a.id.localeCompare(b.id));
	const used = new Set<string>();
	// Names of one kind only: "the university where…" would match the only university among people.
	for (
		let kinds = [...new Set(entities.map((e) => e.category.toLowerCase()))], k = 0;
		k < kinds.length;
	) {
		const kind = kinds[k];
		const group: EntityFact[] = [];
		for (const f of entities) {
			if (used.has(f.id) || group.length === 4 || f.category.toLowerCase() !== kind) continue;
			const clash = group.some(
				(g) =>
					nameKey(g.entity) === nameKey(f.entity) ||
					normalise(g.role) === normalise(f.role) ||
					gen.know.holds(f.entity, [g.relation, g.role]) ||
					gen.know.holds(g.entity, [f.relation, f.role])
			);
			if (!clash) group.push(f);
		}
		if (group.length < 3) {
			k += 1;
			continue;
		}
		for (const g of group) used.add(g.id);
		const stem = MATCHING_STEMS[gen.matchingCount++ % MATCHING_STEMS.length];
		const item: MatchingItem = {
			...gen.base(group, 'matching', 'key-detail', stem, group.map((g) => g.statement).join(' ')),
			type: 'matching',
			pairs: group.map((g) => ({ id: g.id, left: g.entity, right: g.role }))
		};
		gen.add({ kind: 'ready', item }, `${group.map((g) => g.id).join('+')}:matching`);
	}
}

export function setItems(gen: Generator, f: SetFact): void {
	const group = `${f.id}:key-detail`;
	const labels = [f.name, ...(f.relation ? [f.relation] : [])];
	const name = withThe(f.name);
	const c = gen.know.candidates(f.category, labels, f.members);
	const mrng = gen.rng(`${f.id}.members`);
	const keyCount = Math.min(f.members.length, 2 + mrng.int(2));
	const keys = mrng.shuffle(f.members).slice(0, keyCount);
	const others = pickDistractors(
		keys[0],
		c,
		MULTIPLE_OPTIONS - keyCount,
		mrng,
		sameTier(f.category, keys[0])
	);
	const multipleFirst = gen.coin(f.id);
	if (others.length >= 2) {
		const options = optionList(mrng.shuffle([...keys, ...others]));
		const stem = `Which of these options does the article list among ${name}?`;
		gen.add(
			{
				kind: 'ready',
				item: {
					...gen.base([f], 'members', 'key-detail', stem, f.statement),
					type: 'multiple',
					options,
					answer: options.filter((o) => keys.includes(o.text)).map((o) => o.id)
				}
			},
			group,
			multipleFirst ? 0 : 1
		);
	} else
		gen.note(
			f.id,
			`no choice item: ${describeCandidates(c, f.category, gen.file.fields)}; add \`alternatives\``
		);
	const rng = gen.rng(`${f.id}.member`);
	const key = rng.pick(f.members) ?? f.members[0];
	const distractors = pickDistractors(key, c, OPTIONS - 1, rng, sameTier(f.category, key));
	gen.add(
		gen.choice(
			gen.base(
				[f],
				'member',
				'key-detail',
				`Which of these does the article list among ${name}?`,
				f.statement
			),
			'single',
			key,
			distractors
		),
		group,
		multipleFirst ? 1 : 0
	);
	gen.add(
		{
			kind: 'ready',
			item: {
				...gen.base(
					[f],
					'blank',
					'key-detail',
					`The article lists ___ among ${name}.`,
					f.statement
				),
				type: 'blank',
				accept: f.members
			}
		},
		group,
		2
	);
}
