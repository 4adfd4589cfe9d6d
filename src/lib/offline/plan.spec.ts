import { describe, expect, it } from 'vitest';
import { KEEP_WHOLE_SITE_UP_TO, moduleOfPath, offlinePlan } from './plan.ts';

function site(modules: number, base = ''): string[] {
	const shell = [
		'/',
		'/progress',
		'/review',
		'/search',
		'/teach',
		'/teach/gradebook',
		'/teach/modules/2'
	];
	const paths = shell.map((p) => (p === '/' ? `${base}/` : `${base}${p}`));
	paths.push(`${base}/_islands/quiz.js`, `${base}/catalogue/2`, `${base}/tags/science`);
	for (let i = 1; i <= modules; i++) {
		const m = `${base}/modules/m${i}`;
		paths.push(m, `${m}/quiz`, `${m}/the-summit`, `${m}/easier/the-summit`, `${m}/review.json`);
		paths.push(`${m}/progress.json`, `${base}/teach/m${i}`);
	}
	return paths;
}

describe('moduleOfPath', () => {
	it('finds the module of its pages, data files and teachers’ page', () => {
		expect(moduleOfPath('/modules/tides', '')).toBe('tides');
		expect(moduleOfPath('/modules/tides/easier/key-terms', '')).toBe('tides');
		expect(moduleOfPath('/modules/tides/review.json', '')).toBe('tides');
		expect(moduleOfPath('/teach/tides', '')).toBe('tides');
		expect(moduleOfPath('/briefing/modules/tides/quiz', '/briefing')).toBe('tides');
	});

	it('counts the rest of the site as its shell', () => {
		for (const path of [
			'/',
			'/progress',
			'/teach',
			'/teach/gradebook',
			'/teach/modules/3',
			'/catalogue/2'
		])
			expect(moduleOfPath(path, '')).toBeNull();
		expect(moduleOfPath('/modules/tides', '/briefing')).toBeNull();
	});
});

describe('offlinePlan', () => {
	it('keeps a small site whole on the first visit', () => {
		const paths = site(KEEP_WHOLE_SITE_UP_TO);
		const plan = offlinePlan(paths, '');
		expect(plan.install).toEqual(paths);
		expect(plan.modules.size).toBe(0);
	});

	it('keeps a large site’s shell at once and each module whole when it is first opened', () => {
		const paths = site(1000, '/briefing');
		const plan = offlinePlan(paths, '/briefing');
		expect(plan.install).toContain('/briefing/progress');
		expect(plan.install).toContain('/briefing/_islands/quiz.js');
		expect(plan.install).toContain('/briefing/teach/modules/2');
		expect(plan.install.some((p) => p.includes('/modules/m'))).toBe(false);
		expect(plan.modules.size).toBe(1000);
		expect(plan.modules.get('m7')).toEqual([
			'/briefing/modules/m7',
			'/briefing/modules/m7/quiz',
			'/briefing/modules/m7/the-summit',
			'/briefing/modules/m7/easier/the-summit',
			'/briefing/modules/m7/review.json',
			'/briefing/modules/m7/progress.json',
			'/briefing/teach/m7'
		]);
		// Nothing is lost between the two: every path is kept at once or with its module.
		expect(plan.install.length + [...plan.modules.values()].flat().length).toBe(paths.length);
	});
});
