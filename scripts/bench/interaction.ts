// Quiz responsiveness in Chromium, measured inside the page (performance.now(), whose zero is the start of
// the navigation): when the first answer is painted, when the island has mounted over it (so a click is
// handled), and how long a "Check answer" click takes to put its feedback on screen.
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../dev/chromium.ts';

export interface InteractionRun {
	/** First contentful paint. */
	fcp: number;
	/** First frame in which the first answer control is laid out, and not before the first paint. */
	answerVisible: number;
	/**
	 * First frame in which the first answer is laid out, enabled and on top where a click lands. The
	 * prerendered controls are native and a choice made before the island mounts is carried over to it
	 * (islands/mount.ts), so a click there counts.
	 */
	answerClickable: number;
	/** First frame in which the quiz island has mounted over the prerendered copy. */
	islandMounted: number;
	/** From the "Check answer" click event to the feedback being in the document. */
	feedbackDom: number;
	/** From the click event to the frame that paints the feedback (its animation-frame callback). */
	feedbackFrame: number;
	/** From the click event to the task after that frame: the feedback has been painted. */
	feedbackPainted: number;
	/** Frames rendered after the click up to and including the one that paints the feedback (1 = the next). */
	feedbackFrames: number;
}

export interface InteractionResult {
	url: string;
	runs: InteractionRun[];
	median: InteractionRun;
}

declare global {
	interface Window {
		__bench: Record<string, number>;
	}
}

/**
 * Runs in the page before any of its own code: samples every frame until the island is ready, and times
 * the "Check answer" click. A string, not a function: tsx would wrap a function's inner names in a helper
 * the page does not have.
 */
const PROBE = `(() => {
	const marks = {};
	window.__bench = marks;
	new PerformanceObserver((list) => {
		for (const e of list.getEntries())
			if (e.name === 'first-contentful-paint') marks.fcp ??= e.startTime;
	}).observe({ type: 'paint', buffered: true });
	const tick = () => {
		const now = performance.now();
		const answer = document.querySelector('#quiz-root form.panel :is(input, select, textarea)');
		const box = answer?.getBoundingClientRect();
		if (box && box.height > 0) {
			marks.answerVisible ??= now;
			const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
			const label = answer.closest('label');
			if (!answer.disabled && hit && (hit === answer || (label && label.contains(hit))))
				marks.answerClickable ??= now;
		}
		if (answer && document.getElementById('quiz-root')?.hasAttribute('data-ready'))
			marks.islandMounted ??= now;
		if (marks.islandMounted === undefined || marks.answerClickable === undefined)
			requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
	document.addEventListener('click', (event) => {
		const button = event.target?.closest?.('button');
		if (button?.textContent?.trim() !== 'Check answer') return;
		marks.click = event.timeStamp;
		let frames = 0;
		const count = () => {
			frames++;
			if (document.querySelector('#quiz-root .feedback')) marks.feedbackFrames = frames;
			else requestAnimationFrame(count);
		};
		requestAnimationFrame(count);
		const observer = new MutationObserver(() => {
			if (!document.querySelector('#quiz-root .feedback')) return;
			observer.disconnect();
			marks.feedbackDom = performance.now();
			requestAnimationFrame(() => {
				marks.feedbackFrame = performance.now();
				const channel = new MessageChannel();
				channel.port1.onmessage = () => (marks.feedbackPainted = performance.now());
				channel.port2.postMessage(0);
			});
		});
		observer.observe(document.body, { childList: true, subtree: true });
	}, true);
})();`;

/** Chooses something in the first question, whatever its type. */
async function chooseAnswer(page: Page): Promise<void> {
	const form = page.locator('#quiz-root[data-ready] form.panel');
	const choice = form.locator('input[type="radio"], input[type="checkbox"]').first();
	if ((await choice.count()) > 0) return choice.check();
	const text = form.locator('input:not([type]), input[type="text"], input[type="number"]').first();
	if ((await text.count()) > 0) return text.fill('1');
	const select = form.locator('select').first();
	if ((await select.count()) > 0) {
		await select.selectOption({ index: 1 });
		return;
	}
	// Ordering: the order on screen is already an answer.
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export async function measureInteraction(url: string, runs = 5): Promise<InteractionResult> {
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
	const results: InteractionRun[] = [];
	try {
		for (let i = 0; i < runs; i++) {
			// A fresh context each time: empty cache and storage, as on a first visit.
			const context = await browser.newContext({ serviceWorkers: 'block' });
			const page = await context.newPage();
			await page.addInitScript({ content: PROBE });
			await page.goto(url);
			await page.waitForFunction(
				() =>
					window.__bench.islandMounted !== undefined && window.__bench.answerClickable !== undefined
			);
			await chooseAnswer(page);
			await page
				.locator('#quiz-root form.panel')
				.getByRole('button', { name: 'Check answer' })
				.click();
			await page.locator('#quiz-root .feedback').waitFor({ state: 'visible' });
			await page.waitForFunction(
				() =>
					window.__bench.feedbackPainted !== undefined &&
					window.__bench.feedbackFrames !== undefined
			);
			const m = await page.evaluate(() => window.__bench);
			results.push({
				fcp: m.fcp,
				answerVisible: Math.max(m.answerVisible, m.fcp),
				answerClickable: Math.max(m.answerClickable, m.fcp),
				islandMounted: m.islandMounted,
				feedbackDom: m.feedbackDom - m.click,
				feedbackFrame: m.feedbackFrame - m.click,
				feedbackPainted: m.feedbackPainted - m.click,
				feedbackFrames: m.feedbackFrames
			});
			await context.close();
		}
	} finally {
		await browser.close();
	}
	const keys = Object.keys(results[0]) as (keyof InteractionRun)[];
	return {
		url,
		runs: results,
		median: Object.fromEntries(
			keys.map((k) => [k, median(results.map((r) => r[k]))])
		) as unknown as InteractionRun
	};
}
