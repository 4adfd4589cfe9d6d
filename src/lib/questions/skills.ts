import type { Fact } from './facts-types.ts';
import { SKILLS, type Skill } from './types.ts';

/** What each skill is called on the page (results, review, gradebook, doctor). */
export const SKILL_NAMES: Record<Skill, string> = {
	'key-detail': 'Key details',
	vocabulary: 'Vocabulary in context',
	'cause-effect': 'Cause and effect',
	'claims-evidence': 'Claims and evidence',
	'numbers-data': 'Numbers and data',
	sequence: 'Sequence',
	'main-idea': 'Main idea'
};

/** Whether a value names a skill. */
export function isSkill(value: unknown): value is Skill {
	return typeof value === 'string' && (SKILLS as readonly string[]).includes(value);
}

/** The skill a fact tests when an item states it plainly. */
export function factSkill(fact: Fact): Skill {
	switch (fact.type) {
		case 'definition':
			return 'vocabulary';
		case 'cause':
			return 'cause-effect';
		case 'quote':
		case 'position':
			return 'claims-evidence';
		case 'comparison':
			return 'numbers-data';
		default:
			return 'key-detail';
	}
}

/**
 * The skill of a hand-written item that does not name one: an ordering item asks sequence; otherwise the
 * highest skill among its facts' (a perspective item over positions asks claims and evidence).
 */
export function inferSkill(type: string, facts: Fact[]): Skill {
	if (type === 'ordering') return 'sequence';
	if (type === 'whosaid') return 'claims-evidence';
	const skills = facts.map(factSkill);
	return (
		SKILLS.slice()
			.reverse()
			.find((s) => s !== 'key-detail' && skills.includes(s)) ?? 'key-detail'
	);
}

/** Share of items above key-detail, from 0 to 1. */
export function higherSkillShare(items: { skill: Skill }[]): number {
	return items.length === 0
		? 0
		: items.filter((i) => i.skill !== 'key-detail').length / items.length;
}
