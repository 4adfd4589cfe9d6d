import { readFileSync } from 'node:fs';
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import type { Item } from '../src/lib/questions/types.ts';
import { MODULE } from './helpers.ts';

/** Downloads one of the module's exports from the built site, as a teacher's browser would. */
export async function download(page: Page, file: string): Promise<Uint8Array> {
	const response = await page.request.get(`/modules/${MODULE}/exports/${file}`);
	expect(response.ok()).toBe(true);
	return new Uint8Array(await response.body());
}

/** A zip's files as text, by path. */
export function unzipText(bytes: Uint8Array): Record<string, string> {
	return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([p, b]) => [p, strFromU8(b)]));
}

const TYPES: Record<string, string> = {
	html: 'text/html; charset=utf-8',
	js: 'text/javascript; charset=utf-8',
	css: 'text/css; charset=utf-8',
	xml: 'application/xml; charset=utf-8'
};

/** Serves files under `prefix` from memory, for every page of the context; nothing reaches a network. */
export async function serveFiles(
	context: BrowserContext,
	prefix: string,
	files: Record<string, string>
) {
	await context.route(`**${prefix}**`, async (route) => {
		const path = new URL(route.request().url()).pathname.slice(prefix.length);
		if (!Object.hasOwn(files, path)) return route.fulfill({ status: 404, body: 'not found' });
		const ext = path.split('.').pop() ?? '';
		await route.fulfill({ body: files[path], contentType: TYPES[ext] ?? 'text/plain' });
	});
}

/** A file of an installed package, as text. */
export function packageFile(path: string): string {
	return readFileSync(new URL(`../node_modules/${path}`, import.meta.url), 'utf8');
}

/** The bank item on screen: the one whose stem's text the question panel shows. */
export async function itemOnScreen(page: Page, bank: Item[]): Promise<Item> {
	// Every question's controls carry its id: a choice's name, or an id that starts with it. Reading those is
	// exact where matching the visible text is not (one stem can contain another).
	const form = page.locator('form.panel .question');
	const keys = await form.evaluate((el) =>
		[el, ...el.querySelectorAll('[id], [name]')].flatMap((e) =>
			[e.getAttribute('name'), e.id].filter((k): k is string => !!k)
		)
	);
	const matches = bank.filter((item) =>
		keys.some((k) => k === item.id || k.startsWith(`${item.id}-`))
	);
	matches.sort((a, b) => b.id.length - a.id.length);
	if (!matches[0]) throw new Error(`no bank item matches the controls: ${keys.join(', ')}`);
	return matches[0];
}
