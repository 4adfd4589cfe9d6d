import { expect, test } from '@playwright/test';
import { MODULE } from './helpers.ts';
import { SUBPATH_ORIGIN } from './ports.ts';

const NAMES = [
	'GIFT questions (Moodle)',
	'QTI 3.0 package',
	'SCORM 1.2 package',
	'SCORM 2004 package'
];

for (const [label, base] of [
	['the root build', ''],
	['the /briefing build', `${SUBPATH_ORIGIN}/briefing`]
] as const) {
	test(`the module page offers every export for teachers, and each downloads, in ${label}`, async ({
		page
	}) => {
		await page.goto(`${base}/modules/${MODULE}`);
		const section = page.getByRole('region', { name: 'For teachers' });
		await expect(section).toBeVisible();
		for (const name of NAMES) {
			const link = section.getByRole('link', { name });
			await expect(link).toBeVisible();
			const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
			expect(new URL(href).pathname).toMatch(
				new RegExp(`^${base ? '/briefing' : ''}/modules/${MODULE}/exports/`)
			);
			const response = await page.request.get(href);
			expect(response.ok(), href).toBe(true);
			const body = await response.body();
			// The size shown beside the link is the size of the file served.
			await expect(link.locator('xpath=..')).toContainText(`${Math.round(body.length / 1000)} kB`);
			if (href.endsWith('.zip')) expect(body.subarray(0, 2).toString()).toBe('PK');
			else expect(body.toString()).toContain('$CATEGORY: $course$/Briefing/');
		}
		await section.getByText('What GIFT cannot express').click();
		await expect(section.getByText(/GIFT has no ordering type/)).toBeVisible();
	});
}
