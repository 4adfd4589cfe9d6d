import { describe, expect, it } from 'vitest';
import { isModuleRoute, PLACEHOLDER, placeholderResponse } from './module-pages';

describe('module pages left to the renderer', () => {
	it('are every route under a module, and nothing else', () => {
		for (const id of [
			'/modules/[module]',
			'/modules/[module]/quiz',
			'/modules/[module]/exports/[file]'
		])
			expect(isModuleRoute(id)).toBe(true);
		for (const id of ['/', '/teach/[module]', '/modules-old', '/catalogue/[page]', null])
			expect(isModuleRoute(id)).toBe(false);
	});

	it('get a placeholder SvelteKit saves as a page, or as a file when the path names one', async () => {
		const page = placeholderResponse('/modules/tides/quiz', '/modules/[module]/quiz');
		expect(page.headers.get('content-type')).toBe('text/html');
		expect(page.headers.get('x-sveltekit-routeid')).toBe('/modules/%5Bmodule%5D/quiz');
		expect(await page.text()).toBe(PLACEHOLDER);
		expect(PLACEHOLDER).toBe('');
		const file = placeholderResponse(
			'/modules/tides/progress.json',
			'/modules/[module]/progress.json'
		);
		expect(file.headers.get('content-type')).toBe('application/octet-stream');
	});
});
