import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from './helpers.ts';

/**
 * Each island mounts its component over the prerendered copy of it (src/lib/islands). Where the page can be
 * known at build time, the two must be the same markup: a difference is content that jumps, focus that is lost,
 * or a control that changes under the pointer as the script arrives. Compared on a first visit (nothing stored),
 * as the DOM after Svelte's comments and whitespace-only text are dropped, controls by their state; the content
 * of an element marked `data-pending` (filled in from the browser's storage) is not compared.
 */
const SAME_AS_PRERENDERED = [
	['quiz', `${PAGE_TYPES.module}/quiz`],
	['check', PAGE_TYPES.lesson],
	['flashcards', PAGE_TYPES.flashcards]
] as const;

/**
 * Islands that show only what this browser holds or finds (work in progress, gradebooks, reviews due, progress,
 * search results): their prerendered copy is a short note of what they wait for, which the live copy replaces.
 */
const PLACEHOLDERS = [
	['assignment', PAGE_TYPES.assignment, 'Opening your assignment'],
	['builder', PAGE_TYPES.builder, 'needs JavaScript'],
	['gradebook', PAGE_TYPES.gradebook, 'needs JavaScript'],
	['review', PAGE_TYPES.review, 'Checking what is due'],
	['dashboard', PAGE_TYPES.progress, 'Reading your progress'],
	['search', PAGE_TYPES.search, 'needs JavaScript']
] as const;

for (const [name, path, note] of PLACEHOLDERS) {
	test(`the ${name} island replaces its prerendered note`, async ({ page, request }) => {
		const html = await (await request.get(path)).text();
		const prerendered = /id="(\w+)-root"[^>]*>([\s\S]*?)<script type="application\/json"/.exec(
			html
		);
		expect(prerendered?.[1]).toBe(name);
		expect(prerendered?.[2]).toContain(note);
		await page.goto(path);
		const live = page.locator(`#${name}-root[data-ready]`);
		await expect(live).toHaveCount(1);
		await expect(live).not.toContainText(note);
	});
}

for (const [name, path] of SAME_AS_PRERENDERED) {
	test(`the ${name} island's first render is its prerendered markup`, async ({ page, request }) => {
		const html = await (await request.get(path)).text();
		await page.goto(path);
		const root = page.locator(`#${name}-root`);
		await root.scrollIntoViewIfNeeded();
		await expect(page.locator(`#${name}-root[data-ready]`)).toHaveCount(1);
		const difference = await page.evaluate(
			({ html, id }) => {
				const normal = (element: Element) => {
					const copy = element.cloneNode(true) as Element;
					copy.removeAttribute('data-ready');
					for (const pending of copy.querySelectorAll('[data-pending]')) pending.replaceChildren();
					// Controls by their state: the live copy sets properties, the prerendered one attributes.
					const originals = [...element.querySelectorAll('input')];
					copy.querySelectorAll('input').forEach((input, i) => {
						input.toggleAttribute('checked', originals[i].checked);
						input.setAttribute('value', originals[i].value);
					});
					const walker = document.createTreeWalker(
						copy,
						NodeFilter.SHOW_COMMENT | NodeFilter.SHOW_TEXT
					);
					const drop: Node[] = [];
					for (let node = walker.nextNode(); node; node = walker.nextNode()) {
						if (node.nodeType === Node.COMMENT_NODE || !node.textContent?.trim()) drop.push(node);
						else node.textContent = node.textContent.replace(/\s+/g, ' ').trim();
					}
					for (const node of drop) node.parentNode?.removeChild(node);
					copy.normalize();
					return copy;
				};
				const prerendered = new DOMParser().parseFromString(html, 'text/html').getElementById(id);
				const live = document.getElementById(id);
				if (!prerendered || !live) return `#${id} is missing`;
				const a = normal(prerendered);
				const b = normal(live);
				if (a.isEqualNode(b)) return '';
				// The first element that differs, to say where.
				const first = (x: Element, y: Element): string => {
					const xs = [...x.children];
					const ys = [...y.children];
					for (let i = 0; i < Math.max(xs.length, ys.length); i++) {
						if (!xs[i] || !ys[i] || !xs[i].isEqualNode(ys[i])) {
							if (xs[i] && ys[i] && xs[i].tagName === ys[i].tagName && xs[i].children.length)
								return first(xs[i], ys[i]);
							return `prerendered: ${xs[i]?.outerHTML.slice(0, 300)}\nlive: ${ys[i]?.outerHTML.slice(0, 300)}`;
						}
					}
					return `prerendered: ${x.outerHTML.slice(0, 300)}\nlive: ${y.outerHTML.slice(0, 300)}`;
				};
				return first(a, b);
			},
			{ html, id: `${name}-root` }
		);
		expect(difference).toBe('');
	});
}
