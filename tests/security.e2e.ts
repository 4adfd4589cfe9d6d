import { expect, test, type Page } from '@playwright/test';
import { PAGE_TYPES } from './helpers.ts';
import { ORIGIN, SUBPATH_ORIGIN } from './ports.ts';
import {
	QUIZ,
	answerByKeyboard,
	fetchBank,
	oneOfEachType,
	storeAttempt,
	submitByKeyboard
} from './quiz-helpers.ts';

// Every page type, and the quiz (the page with the most script).
const PAGES: Record<string, string> = { ...PAGE_TYPES, quiz: QUIZ };

declare global {
	interface Window {
		/** CSP violations the page reported, recorded before any of its own scripts ran. */
		__violations: string[];
	}
}

/** Records every request, every CSP violation event and every CSP console message of a page. */
async function watch(page: Page) {
	const requests: string[] = [];
	const messages: string[] = [];
	const failed = new Map<string, string>();
	page.on('request', (r) => requests.push(r.url()));
	page.on('requestfailed', (r) => failed.set(r.url(), r.failure()?.errorText ?? ''));
	page.on('console', (m) => {
		if (/content security policy|refused to/i.test(m.text())) messages.push(m.text());
	});
	await page.addInitScript(() => {
		window.__violations = [];
		window.addEventListener(
			'securitypolicyviolation',
			(e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI || 'inline'}`),
			true
		);
	});
	return {
		requests,
		messages,
		failed,
		violations: () => page.evaluate(() => window.__violations)
	};
}

/** Requests that left the origin: anything but the site itself (data: and blob: never leave the device). */
function foreign(requests: readonly string[], origin: string): string[] {
	return requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url));
}

async function expectStrictPolicy(page: Page) {
	const meta = page.locator('meta[http-equiv="content-security-policy"]');
	await expect(meta).toHaveCount(1);
	const policy = (await meta.getAttribute('content')) ?? '';
	const directives = new Map(
		policy.split(';').map((d) => {
			const [name, ...values] = d.trim().split(/\s+/);
			return [name, values] as const;
		})
	);
	expect(directives.get('default-src')).toEqual(["'self'"]);
	expect(directives.get('object-src')).toEqual(["'none'"]);
	expect(directives.get('base-uri')).toEqual(["'self'"]);
	expect(directives.get('form-action')).toEqual(["'self'"]);
	expect(directives.get('connect-src')).toEqual(["'self'"]);
	// Scripts and styles: the site's own files, plus hashes of the build's own inline ones (the theme
	// script; the page's stylesheet, inlined so that no request blocks the first paint).
	// Scripts may also compile WebAssembly (search runs Pagefind's): the one addition, never eval itself.
	for (const directive of ['script-src', 'style-src']) {
		const sources = directives.get(directive) ?? [];
		const own = directive === 'script-src' ? ["'self'", "'wasm-unsafe-eval'"] : ["'self'"];
		expect(sources.slice(0, own.length), directive).toEqual(own);
		for (const source of sources.slice(own.length))
			expect(source).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
	}
	// Every inline stylesheet on the page is one the policy names by its hash.
	const styleHashes = await page.evaluate(async () => {
		const hashes = [];
		for (const style of document.querySelectorAll('style')) {
			const digest = await crypto.subtle.digest(
				'SHA-256',
				new TextEncoder().encode(style.textContent ?? '')
			);
			hashes.push(`'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`);
		}
		return hashes;
	});
	for (const hash of styleHashes) expect(directives.get('style-src')).toContain(hash);
	expect(policy).not.toMatch(/unsafe-inline|'unsafe-eval'|https?:|\*/);
	// A meta policy covers only what follows it: it must come before every script of the page.
	const metaFirst = await page.evaluate(() => {
		const all = [
			...document.querySelectorAll('meta[http-equiv="content-security-policy"], script')
		];
		return all[0]?.tagName === 'META';
	});
	expect(metaFirst).toBe(true);
}

for (const [name, path] of Object.entries(PAGES)) {
	test(`${name} page: a strict CSP, no violation, no request leaves the origin`, async ({
		page
	}) => {
		const seen = await watch(page);
		await page.goto(path);
		await expectStrictPolicy(page);

		// Use the page: switch the theme both ways and walk its controls by keyboard.
		const toggle = page.locator('[data-theme-toggle]').first();
		await toggle.click();
		await toggle.click();
		await expect(toggle).toHaveAccessibleName(/^Switch to (dark|light) theme$/i);
		for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
		if (path === QUIZ) {
			const [first, second] = oneOfEachType(await fetchBank(page));
			await storeAttempt(page, [first, second], 'test');
			await page.reload();
			await answerByKeyboard(page, first);
			await submitByKeyboard(page, 'Next question');
			await answerByKeyboard(page, second);
			await submitByKeyboard(page, 'Finish and see results');
			await expect(page.getByRole('region', { name: 'Your result' })).toContainText('100%');
		}

		expect(await seen.violations()).toEqual([]);
		expect(seen.messages).toEqual([]);
		expect(seen.requests.length).toBeGreaterThan(0);
		expect(foreign(seen.requests, ORIGIN)).toEqual([]);
	});
}

test('the sub-path build has the same policy and stays on its origin', async ({ page }) => {
	const seen = await watch(page);
	await page.goto(`${SUBPATH_ORIGIN}/briefing${QUIZ}`);
	await expectStrictPolicy(page);
	await expect(page.getByRole('heading', { name: /^Question 1 of/ })).toBeVisible();
	expect(await seen.violations()).toEqual([]);
	expect(foreign(seen.requests, SUBPATH_ORIGIN)).toEqual([]);
});

test('the policy blocks an injected inline script, inline style and outside image, and says so', async ({
	page
}) => {
	const seen = await watch(page);
	await page.goto(PAGE_TYPES.lesson);
	await page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = 'document.body.dataset.pwned = "yes"';
		document.body.append(script);
		const img = document.createElement('img');
		img.src = 'https://example.org/tracker.png';
		img.alt = '';
		document.body.append(img);
		const p = document.createElement('p');
		p.setAttribute('style', 'color: red');
		document.body.append(p);
	});
	await expect
		.poll(async () => (await seen.violations()).map((v) => v.split(':')[0]).sort())
		.toEqual(['img-src', 'script-src-elem', 'style-src-attr']);
	expect(await page.evaluate(() => document.body.dataset.pwned)).toBeUndefined();
	// The browser stopped the image before any connection was made.
	const outside = foreign(seen.requests, ORIGIN);
	expect(outside).toEqual(['https://example.org/tracker.png']);
	await expect.poll(() => seen.failed.get(outside[0])).toMatch(/^csp$|BLOCKED_BY_CSP/);
});
