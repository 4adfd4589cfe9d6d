import { expect, test, type Page } from '@playwright/test';
import { gradeItem, type Response } from '../src/lib/quiz/grade.ts';
import type { Item } from '../src/lib/questions/types.ts';
import { download, packageFile, serveFiles, unzipText } from './exchange-helpers.ts';
import { MODULE } from './helpers.ts';
import { fetchBank } from './quiz-helpers.ts';

// Every item of the QTI 3 package is loaded into a real QTI 3 player (@citolab/qti-components), and
// its SCORE for a set of responses must equal what Briefing's own grading gives for the same answers.

const HOST = `<!doctype html><html lang="en"><head><title>QTI player</title>
<script type="module">import * as qti from './qti.js'; window.qtiReady = true; void qti;</script></head>
<body><main><qti-item><item-container></item-container></qti-item></main></body></html>`;

/** One response to try: the QTI value to set and the same answer in Briefing's terms. */
interface Case {
	qti: string | string[];
	briefing: Response;
}

const C = (i: number) => `C${i + 1}`;

function cases(item: Item): Case[] {
	switch (item.type) {
		case 'single':
		case 'truefalse':
		case 'whosaid':
			return item.options.map((o, i) => ({
				qti: C(i),
				briefing: { kind: 'choice', selected: [o.id] }
			}));
		case 'multiple': {
			const ids = item.options.map((o) => o.id);
			const wrong = ids.filter((id) => !item.answer.includes(id));
			const picks = [
				item.answer,
				[...item.answer, wrong[0]],
				[item.answer[0]],
				wrong,
				[item.answer[0], ...wrong]
			];
			return picks.map((p) => ({
				qti: p.filter(Boolean).map((id) => C(ids.indexOf(id))),
				briefing: { kind: 'choice', selected: p.filter(Boolean) }
			}));
		}
		case 'numeric':
			return [item.answer, item.min, item.max, item.max + 1, item.min - 1].map((n) => ({
				qti: String(n),
				briefing: { kind: 'numeric', text: String(n) }
			}));
		case 'blank':
			return [...item.accept, item.accept[0].toUpperCase(), 'nothing like it'].map((t) => ({
				qti: t,
				briefing: { kind: 'blank', text: t }
			}));
		case 'ordering': {
			const ids = item.items.map((e) => e.id);
			const swapped = [ids[1], ids[0], ...ids.slice(2)];
			const rotated = [...ids.slice(1), ids[0]];
			return [ids, swapped, rotated, [...ids].reverse()].map((order) => ({
				qti: order.map((id) => C(ids.indexOf(id))),
				briefing: { kind: 'ordering', order }
			}));
		}
		case 'matching': {
			const targets = [
				...new Set([...item.pairs.map((p) => p.right), ...(item.distractors ?? [])])
			];
			const T = (text: string) => `T${targets.indexOf(text) + 1}`;
			const shift = (k: number) =>
				item.pairs.map((p, i) => [p, item.pairs[(i + k) % item.pairs.length].right] as const);
			return [0, 1].map((k) => ({
				qti: shift(k).map(([, right], i) => `S${i + 1} ${T(right)}`),
				briefing: {
					kind: 'matching',
					choices: Object.fromEntries(shift(k).map(([p, right]) => [p.id, right]))
				}
			}));
		}
	}
}

/** Loads an item's XML into the player; returns how many choices or boxes it shows, then SCORE for each response. */
async function scores(
	page: Page,
	xml: string,
	responses: (string | string[])[]
): Promise<number[]> {
	return page.evaluate(
		async ([xml, responses]) => {
			const container = document.querySelector('item-container') as HTMLElement & {
				itemXML: string;
			};
			container.itemXML = xml;
			const find = () =>
				container.shadowRoot?.querySelector('qti-assessment-item') ??
				container.querySelector('qti-assessment-item');
			// The container swaps items asynchronously: wait for this one, then one more frame.
			const id = /<qti-assessment-item[^>]*\sidentifier="([^"]+)"/.exec(xml)?.[1];
			const frame = () => new Promise((r) => requestAnimationFrame(r));
			for (let i = 0; i < 300 && find()?.getAttribute('identifier') !== id; i++) await frame();
			await frame();
			const item = find() as unknown as {
				updateResponseVariable(id: string, v: string | string[]): void;
				processResponse(): boolean;
				getOutcome(id: string): { value: string | null };
			};
			// Rendered: the interaction's choices or text box are in the document.
			const shown = (find() as Element).querySelectorAll(
				'qti-simple-choice, qti-simple-associable-choice, qti-text-entry-interaction'
			).length;
			const out: number[] = [shown];
			for (const r of responses) {
				item.updateResponseVariable('RESPONSE', r);
				item.processResponse();
				out.push(Number(item.getOutcome('SCORE').value));
			}
			return out;
		},
		[xml, responses] as const
	);
}

test('every QTI item renders in a QTI 3 player and scores as Briefing does', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	const bank = await fetchBank(page);
	const files = unzipText(await download(page, `${MODULE}-qti3.zip`));
	const manifest = files['imsmanifest.xml'];
	await serveFiles(context, '/__qti/', {
		'host.html': HOST,
		'qti.js': packageFile('@citolab/qti-components/cdn/index.js')
	});
	await page.goto('/__qti/host.html');
	await page.waitForFunction(() => (window as unknown as { qtiReady?: boolean }).qtiReady);

	const byTitle = new Map(
		Object.entries(files)
			.filter(([p]) => p.startsWith('items/'))
			.map(([p, x]) => [
				/title="([^"]*)"/.exec(x)?.[1].replace(/&amp;/g, '&') ?? p,
				{ path: p, xml: x }
			])
	);
	expect(byTitle.size).toBe(bank.length);
	for (const item of bank) {
		const file = byTitle.get(item.id);
		expect(file, item.id).toBeDefined();
		expect(manifest).toContain(`href="${file!.path}"`);
		const tried = cases(item);
		const [shown, ...got] = await scores(
			page,
			file!.xml,
			tried.map((c) => c.qti)
		);
		expect(shown, `${item.id} rendered`).toBeGreaterThan(0);
		const expected = tried.map((c) => gradeItem(item, c.briefing).score);
		expect(
			got.map((s) => Math.round(s * 1000) / 1000),
			`${item.id}`
		).toEqual(expected.map((s) => Math.round(s * 1000) / 1000));
	}
});

test('a QTI choice item is answered by clicking in the player, and a text item by typing', async ({
	page,
	context
}) => {
	const bank = await fetchBank(page);
	const files = unzipText(await download(page, `${MODULE}-qti3.zip`));
	await serveFiles(context, '/__qti/', {
		'host.html': HOST,
		'qti.js': packageFile('@citolab/qti-components/cdn/index.js')
	});
	await page.goto('/__qti/host.html');
	await page.waitForFunction(() => (window as unknown as { qtiReady?: boolean }).qtiReady);
	const xmlOf = (item: Item) => Object.values(files).find((x) => x.includes(`title="${item.id}"`))!;
	const single = bank.find((i) => i.type === 'single')!;
	const blank = bank.find((i) => i.type === 'blank')!;
	if (single.type !== 'single' || blank.type !== 'blank') throw new Error('types');

	await page.evaluate((xml) => {
		(document.querySelector('item-container') as HTMLElement & { itemXML: string }).itemXML = xml;
	}, xmlOf(single));
	const key = single.options.find((o) => o.id === single.answer)!;
	await expect(page.locator('qti-simple-choice')).toHaveCount(single.options.length);
	await page.locator('qti-simple-choice', { hasText: key.text }).click();
	const score = () =>
		page.evaluate(() => {
			const root = document.querySelector('item-container')!;
			const item = (root.shadowRoot?.querySelector('qti-assessment-item') ??
				root.querySelector('qti-assessment-item')) as unknown as {
				processResponse(): boolean;
				getOutcome(id: string): { value: string | null };
			};
			item.processResponse();
			return Number(item.getOutcome('SCORE').value);
		});
	expect(await score()).toBe(1);

	await page.evaluate((xml) => {
		(document.querySelector('item-container') as HTMLElement & { itemXML: string }).itemXML = xml;
	}, xmlOf(blank));
	const input = page.locator('qti-text-entry-interaction input');
	await expect(input).toBeVisible();
	await input.fill(blank.accept[0]);
	await input.blur();
	expect(await score()).toBe(1);
});
