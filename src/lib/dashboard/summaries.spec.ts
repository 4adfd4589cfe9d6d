import { beforeEach, describe, expect, it } from 'vitest';
import type { DashboardModule } from './island.ts';
import {
	SLUG_SLOT,
	clearSummaries,
	isDashboardModule,
	loadSummaries,
	withSlug
} from './summaries.ts';

const TEMPLATE = `/briefing/modules/${SLUG_SLOT}/progress.json`;

function summary(slug: string): DashboardModule {
	return {
		slug,
		title: `Module ${slug}`,
		href: `/briefing/modules/${slug}`,
		passMark: 80,
		sections: [
			{ slug: 's1', title: 'One', href: `/briefing/modules/${slug}/s1`, questionKeys: 'abc' }
		],
		skills: [{ skill: 'main-idea', title: 'Main idea', questionKeys: 'abc' }],
		reviewKeys: 'abc def'
	};
}

/** A fetch over a fixed site: the files it has, and a log of every address asked for. */
function site(files: Record<string, unknown>, down = new Set<string>()) {
	const asked: string[] = [];
	const fetcher = (async (input: RequestInfo | URL) => {
		const href = String(input);
		asked.push(href);
		if (down.has(href)) throw new TypeError('Failed to fetch');
		if (!(href in files)) return new Response('Not found', { status: 404 });
		const body = files[href];
		return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status: 200 });
	}) as typeof fetch;
	return { fetcher, asked };
}

beforeEach(() => clearSummaries());

describe('withSlug', () => {
	it('puts the slug in the address the page resolved', () => {
		expect(withSlug(TEMPLATE, 'tides')).toBe('/briefing/modules/tides/progress.json');
	});
});

describe('isDashboardModule', () => {
	it('accepts what the build writes and refuses anything missing a part', () => {
		expect(isDashboardModule(summary('a'))).toBe(true);
		expect(isDashboardModule(null)).toBe(false);
		expect(isDashboardModule({ ...summary('a'), sections: [{ slug: 's1' }] })).toBe(false);
		expect(isDashboardModule({ ...summary('a'), passMark: '80' })).toBe(false);
		const noKeys: Partial<DashboardModule> = summary('a');
		delete noKeys.reviewKeys;
		expect(isDashboardModule(noKeys)).toBe(false);
	});
});

describe('loadSummaries', () => {
	it('fetches the modules asked for, in that order', async () => {
		const { fetcher, asked } = site({
			[withSlug(TEMPLATE, 'a')]: summary('a'),
			[withSlug(TEMPLATE, 'b')]: summary('b')
		});
		const loaded = await loadSummaries(['b', 'a'], TEMPLATE, fetcher);
		expect(loaded.modules.map((m) => m.slug)).toEqual(['b', 'a']);
		expect(loaded).toMatchObject({ removed: [], failed: [] });
		expect(asked).toHaveLength(2);
	});

	it('tells a module the site no longer has from one that could not be had', async () => {
		const down = new Set([withSlug(TEMPLATE, 'offline')]);
		const { fetcher } = site(
			{ [withSlug(TEMPLATE, 'a')]: summary('a'), [withSlug(TEMPLATE, 'bad')]: '{"slug":' },
			down
		);
		const loaded = await loadSummaries(['a', 'gone', 'offline', 'bad'], TEMPLATE, fetcher);
		expect(loaded.modules.map((m) => m.slug)).toEqual(['a']);
		expect(loaded.removed).toEqual(['gone']);
		expect(loaded.failed).toEqual(['offline', 'bad']);
	});

	it('fetches each file once per page, but tries a failed one again', async () => {
		const down = new Set([withSlug(TEMPLATE, 'b')]);
		const { fetcher, asked } = site(
			{ [withSlug(TEMPLATE, 'a')]: summary('a'), [withSlug(TEMPLATE, 'b')]: summary('b') },
			down
		);
		await loadSummaries(['a', 'b'], TEMPLATE, fetcher);
		down.clear();
		const again = await loadSummaries(['a', 'b'], TEMPLATE, fetcher);
		expect(again.modules.map((m) => m.slug)).toEqual(['a', 'b']);
		expect(asked.filter((h) => h.includes('/a/'))).toHaveLength(1);
		expect(asked.filter((h) => h.includes('/b/'))).toHaveLength(2);
	});
});
