import { describe, expect, it } from 'vitest';
import { itemSignature } from './check-bank.ts';
import { isFigureOption } from './check-options.ts';
import { factNames } from './fact-text.ts';
import type { Fact } from './facts-types.ts';
import { poolFor } from './pools.ts';
import { higherSkillShare } from './skills.ts';
import { corpusBank, corpusModules } from '../testing/corpus.ts';
import { isChoice, keyIds, type Item } from './types.ts';

/**
 * The corpus of other fields (fixtures/corpus): five articles we wrote for the tests, in science, health,
 * economy, sport and environment, each with 40 facts or more. What holds for them must hold for any article.
 */
const modules = corpusModules();

const distractors = (item: Item): string[] => {
	if (!isChoice(item)) return [];
	const keys = new Set(keyIds(item));
	return item.options.filter((o) => !keys.has(o.id)).map((o) => o.text);
};

/** Names an item about a name may offer as wrong answers: the module's names of the kind, the author's, the field's pool. */
function allowedNames(
	facts: Fact[],
	kind: string,
	fields: readonly string[],
	alternatives: Map<string, string[]>,
	fact: Fact
): Set<string> {
	const out = new Set<string>();
	for (const f of facts)
		for (const n of factNames(f)) if (n.category.toLowerCase() === kind) out.add(n.name);
	for (const n of alternatives.get(kind) ?? []) out.add(n);
	if (fact.type === 'entity') for (const n of fact.alternatives ?? []) out.add(n);
	for (const e of poolFor(kind, fields as never)) out.add(e.name);
	return out;
}

describe.each(modules.map((m) => [m.slug, m] as const))('corpus fixture %s', (_, m) => {
	const bank = corpusBank(m);
	const byId = new Map(bank.facts.map((f) => [f.id, f]));

	it('builds: every item passes every check, and every fact is tested', () => {
		expect(bank.items.length).toBeGreaterThan(30);
		expect(bank.facts.length).toBeGreaterThanOrEqual(25);
	});

	it('asks 35% or more of its items above key-detail, in five skills or more', () => {
		expect(higherSkillShare(bank.items)).toBeGreaterThanOrEqual(0.35);
		expect(new Set(bank.items.map((i) => i.skill)).size).toBeGreaterThanOrEqual(5);
	});

	it('offers no name of another kind, nor from a pool of another field', () => {
		for (const item of bank.items) {
			if (!['named', 'member', 'members'].includes(item.template ?? '')) continue;
			const fact = byId.get(item.facts[0]);
			if (!fact || (fact.type !== 'entity' && fact.type !== 'set')) continue;
			const allowed = allowedNames(
				bank.facts,
				fact.category.toLowerCase(),
				bank.file.fields,
				bank.file.alternatives,
				fact
			);
			for (const d of distractors(item))
				expect(
					allowed.has(d),
					`${item.id}: “${d}” is not a ${fact.category} of this module or field`
				).toBe(true);
		}
	});

	it('figure options carry their unit, never their qualifier, and never nest or overlap', () => {
		for (const item of bank.items) {
			// Dates are asked as dates ("August to September 2023"), not as figures with units.
			if (!isChoice(item) || item.type === 'truefalse' || item.template === 'when') continue;
			const figures = item.options.filter((o) => isFigureOption(o.text));
			if (figures.length === 0) continue;
			expect(figures.length, item.id).toBe(item.options.length);
			for (const o of item.options) {
				expect(o.text, item.id).not.toMatch(/^(over|about|at least|under|up to|more than)\s/i);
				expect(
					o.text
						.replace(
							/^[$£€]?[\d.,]+(\s*(thousand|million|billion))?(\s*to\s*[$£€]?[\d.,]+(\s*(thousand|million|billion))?)?/i,
							''
						)
						.trim(),
					`${item.id}: “${o.text}” has no unit`
				).not.toBe('');
			}
		}
	});

	it('asks no question twice with the same answers, and at most one item per fact and skill', () => {
		const signatures = bank.items.map(itemSignature);
		expect(new Set(signatures).size).toBe(signatures.length);
		const seen = new Set<string>();
		for (const i of bank.items) {
			if (i.type === 'matching' || i.type === 'ordering' || i.template === 'main-idea') continue;
			const key = `${i.facts[0]}:${i.skill}`;
			expect(seen.has(key), i.id).toBe(false);
			seen.add(key);
		}
	});

	it('uses the new schema: ranges, spans, claims with reasons, comparisons and main ideas become items', () => {
		const templates = new Set(bank.items.map((i) => i.template));
		expect(templates.has('main-idea')).toBe(true);
		expect(
			[...templates].some((t) =>
				['reason', 'contested', 'evidence', 'reporter', 'view', 'whosaid', 'point'].includes(
					t ?? ''
				)
			)
		).toBe(true);
		expect(bank.items.some((i) => i.skill === 'numbers-data')).toBe(true);
		expect(bank.items.some((i) => i.skill === 'cause-effect')).toBe(true);
	});
});
