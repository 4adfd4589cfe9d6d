import { expect, test, type Page } from '@playwright/test';
import { MODULE } from './helpers.ts';

const LESSON = `/modules/${MODULE}/the-summit`;

declare global {
	interface Window {
		__speech: { spoken: string[]; calls: string[]; finish: () => void };
	}
}

/** Replaces the browser's speech engine with one that records what it is asked and speaks on demand. */
async function stubSpeech(page: Page, voices: { name: string; lang: string }[]) {
	await page.addInitScript((voiceList) => {
		type Utterance = { text: string; onstart?: () => void; onend?: () => void };
		let current: Utterance | null = null;
		const speech = {
			spoken: [] as string[],
			calls: [] as string[],
			finish() {
				const u = current;
				current = null;
				u?.onend?.();
			}
		};
		window.__speech = speech;
		class FakeUtterance {
			text: string;
			constructor(text: string) {
				this.text = text;
			}
		}
		const synth = {
			getVoices: () => voiceList,
			addEventListener() {},
			speak(u: Utterance) {
				speech.spoken.push(u.text);
				current = u;
				setTimeout(() => u.onstart?.());
			},
			pause: () => speech.calls.push('pause'),
			resume: () => speech.calls.push('resume'),
			cancel() {
				speech.calls.push('cancel');
				speech.finish();
			}
		};
		Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
		Object.defineProperty(window, 'SpeechSynthesisUtterance', {
			value: FakeUtterance,
			configurable: true
		});
	}, voices);
}

const highlighted = (page: Page) =>
	page.evaluate(() => {
		const h = CSS.highlights.get('listen');
		return h ? [...h].map((r) => r.toString().replace(/\s+/g, ' ')).join('') : null;
	});

test('Listen reads the section sentence by sentence, highlighting each, with pause, resume and stop', async ({
	page
}) => {
	await stubSpeech(page, [{ name: 'Test voice', lang: 'en-GB' }]);
	const scripts: string[] = [];
	page.on('request', (r) => {
		if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
	});
	await page.goto(LESSON);
	const listen = page.getByRole('button', { name: 'Listen to this section' });
	await expect(listen).toBeVisible();
	expect(scripts).toEqual(['/_islands/sw.js']);

	// By keyboard: the first press loads the island and starts reading.
	await listen.focus();
	await page.keyboard.press('Enter');
	await expect.poll(() => page.evaluate(() => window.__speech.spoken.length)).toBe(1);
	expect(scripts).toContain('/_islands/listen.js');
	const speech = () => page.evaluate(() => window.__speech);
	expect((await speech()).spoken).toEqual(['The summit']);
	await expect.poll(() => highlighted(page)).toBe('The summit');
	const pause = page.getByRole('button', { name: 'Pause' });
	await expect(pause).toBeFocused();
	await expect(page.getByRole('status').filter({ hasText: 'Reading aloud.' })).toBeAttached();

	await page.evaluate(() => window.__speech.finish());
	await expect.poll(async () => (await speech()).spoken.at(-1)).toBe('Who called the summit');
	await expect.poll(() => highlighted(page)).toBe('Who called the summit');
	await page.evaluate(() => window.__speech.finish());
	await expect
		.poll(async () => (await speech()).spoken.at(-1))
		.toMatch(/^In 2025 the United Kingdom hosted/);
	await expect.poll(() => highlighted(page)).toBe((await speech()).spoken.at(-1));

	await pause.click();
	expect((await speech()).calls).toContain('pause');
	const resume = page.getByRole('button', { name: 'Resume' });
	await expect(resume).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'Paused.' })).toBeAttached();
	await resume.click();
	expect((await speech()).calls).toContain('resume');

	await page.getByRole('button', { name: 'Stop' }).click();
	await expect(listen).toBeVisible();
	await expect(listen).toBeFocused();
	await expect.poll(() => highlighted(page)).toBeNull();
	const spokenBefore = (await speech()).spoken.length;
	await page.evaluate(() => window.__speech.finish());
	expect((await speech()).spoken.length).toBe(spokenBefore);
});

test('Listen is absent where the browser has no voices', async ({ page }) => {
	await stubSpeech(page, []);
	await page.goto(LESSON);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Listen to this section' })).toBeHidden();
});

test('Listen is absent without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(LESSON);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Listen to this section' })).toBeHidden();
	await context.close();
});
