import { describe, expect, it } from 'vitest';
import { isModuleRoute, leftToRenderer } from './module-pages';

describe('module pages left to the renderer', () => {
	it('are every route under a module and its teachers’ page, and nothing else', () => {
		for (const id of [
			'/modules/[module]',
			'/modules/[module]/quiz',
			'/modules/[module]/exports/[file]',
			'/teach/[module]'
		])
			expect(isModuleRoute(id)).toBe(true);
		for (const id of [
			'/',
			'/teach/modules/[page]',
			'/teach/gradebook',
			'/modules-old',
			'/catalogue/[page]',
			null
		])
			expect(isModuleRoute(id)).toBe(false);
	});

	it('answer SvelteKit’s crawl with a redirect it neither saves nor follows, naming the route', async () => {
		const response = leftToRenderer('/modules/[module]/quiz');
		expect(response.status).toBe(308);
		// SvelteKit skips writing a redirect it made itself, and enqueues only root-relative locations.
		expect(response.headers.get('x-sveltekit-normalize')).toBe('1');
		expect(response.headers.get('location')).toMatch(/^https:\/\//);
		expect(response.headers.get('x-sveltekit-routeid')).toBe('/modules/%5Bmodule%5D/quiz');
		expect(await response.text()).toBe('');
	});
});
