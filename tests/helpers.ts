import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const MODULE = 'organised-immigration-crime-summit';

/** Every page type of the site, by a representative address. */
export const PAGE_TYPES = {
	home: '/',
	tag: '/tags/migration',
	module: `/modules/${MODULE}`,
	lesson: `/modules/${MODULE}/the-summit`,
	easierLesson: `/modules/${MODULE}/easier/the-summit`,
	glossary: `/modules/${MODULE}/glossary`,
	flashcards: `/modules/${MODULE}/flashcards`,
	review: '/review',
	progress: '/progress',
	about: '/about',
	notFound: '/404',
	offline: '/offline',
	teach: '/teach',
	builder: `/teach/${MODULE}`,
	assignment: `/modules/${MODULE}/assignment`,
	gradebook: '/teach/gradebook',
	print: `/modules/${MODULE}/print`,
	search: '/search'
} as const;

/** Fail with the list of axe violations (WCAG 2.x A and AA, and best practices). */
export async function expectNoAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
		.analyze();
	const summary = results.violations.map(
		(v) =>
			`${v.id}: ${v.help} (${v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join(', ')})`
	);
	expect(summary).toEqual([]);
}
