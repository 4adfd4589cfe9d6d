import { describe, expect, it } from 'vitest';
import { corpusModules } from '../testing/corpus.ts';
import { authorPreview } from './preview.ts';
import { planModule } from './scaffold.ts';

/** A module as `npm run new` leaves it: drafts everywhere, placeholders in every lesson file. */
const galaxy = corpusModules().find((m) => m.slug === 'galaxy-survey');
if (!galaxy) throw new Error('the corpus has no galaxy-survey fixture');
const fresh = Object.fromEntries(planModule(galaxy.article, 'galaxy', {}).files);

describe('authorPreview', () => {
	const preview = authorPreview(fresh, 'galaxy');

	it('counts the drafts and placeholders the build would refuse', () => {
		expect(preview.problems).toEqual([]);
		expect(preview.counts.drafts).toBe(preview.facts.length);
		expect(preview.counts.drafts).toBeGreaterThan(30);
		expect(preview.counts.placeholders).toBe(preview.placeholders.length);
		expect(preview.placeholders[0]).toMatch(
			/^src\/lessons\/galaxy\/[^:]+\.md:\d+: placeholder left to write/
		);
	});

	it('shows each fact with its file:line, its paragraph and the items it generates with their checks', () => {
		const figure = preview.facts.find((f) => f.id === 'over-700-galaxies');
		expect(figure).toMatchObject({
			type: 'number',
			draft: true,
			at: expect.stringMatching(/^questions\/galaxy\/facts\.yaml:\d+$/),
			paragraph: { n: 1, text: expect.stringContaining('over 700 galaxies') }
		});
		expect(figure?.items.length).toBeGreaterThan(0);
		for (const item of preview.facts.flatMap((f) => f.items)) {
			expect(item.stem.length).toBeGreaterThan(5);
			expect(Array.isArray(item.problems)).toBe(true);
		}
		expect(preview.counts.items).toBeGreaterThan(20);
		expect(preview.facts.some((f) => f.todos.length > 0)).toBe(true);
		expect(preview.facts.some((f) => f.dropped.length > 0 || f.notes.length > 0)).toBe(true);
	});

	it('shows content problems with file:line instead of failing', () => {
		const broken = {
			...fresh,
			'questions/galaxy/facts.yaml': fresh['questions/galaxy/facts.yaml'].replace(
				'unit: galaxies',
				'unit: [galaxies'
			)
		};
		const shown = authorPreview(broken, 'galaxy');
		expect(shown.problems[0]).toMatch(/^questions\/galaxy\/facts\.yaml:\d+: YAML/);
		expect(shown.facts).toEqual([]);
		expect(authorPreview(fresh, 'nowhere').problems).toEqual([
			'src/lessons/nowhere/module.md:1: no module `nowhere` (modules: galaxy)'
		]);
	});

	it.each(corpusModules().map((m) => [m.slug, m] as const))(
		'previews the drafts of %s without throwing',
		(slug, m) => {
			const files = Object.fromEntries(planModule(m.article, slug, {}).files);
			const shown = authorPreview(files, slug);
			expect(shown.problems).toEqual([]);
			expect(shown.counts.items).toBeGreaterThan(0);
		}
	);
});
