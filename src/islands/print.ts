// The worksheet page opened from an assignment (#a=<code>): shows only the assignment's questions,
// numbered from 1, under the assignment's title. Without a code the whole module prints.
import type { Item } from '../lib/questions/types.ts';
import { assignmentItems, decodeAssignment } from '../lib/teach/assignment.ts';

async function narrow(): Promise<void> {
	const code = new URLSearchParams(location.hash.slice(1)).get('a');
	const scope = document.querySelector<HTMLElement>('[data-print-scope]');
	if (!code || !scope?.dataset.bank) return;
	let bank: Item[];
	try {
		const response = await fetch(scope.dataset.bank);
		if (!response.ok) throw new Error(String(response.status));
		bank = (await response.json()) as Item[];
	} catch {
		scope.textContent =
			'The questions of this assignment could not be loaded, so all the questions of the module are shown. Reload the page to try again.';
		return;
	}
	const decoded = decodeAssignment(code, bank, scope.dataset.module);
	if (!decoded.ok) {
		scope.textContent = `${decoded.error} All the questions of the module are shown.`;
		return;
	}
	const wanted = new Set(assignmentItems(decoded.assignment, bank).map((i) => i.id));
	for (const article of document.querySelectorAll('.worksheet, .key')) {
		let n = 0;
		for (const li of article.querySelectorAll<HTMLLIElement>('li[data-item]')) {
			li.hidden = !wanted.has(li.dataset.item ?? '');
			if (li.hidden) continue;
			n += 1;
			li.value = n;
			const label = li.querySelector('[data-n]');
			if (label) label.textContent = `${n}.`;
		}
	}
	for (const group of document.querySelectorAll<HTMLElement>('.worksheet .group')) {
		group.hidden = !group.querySelector('li[data-item]:not([hidden])');
	}
	for (const title of document.querySelectorAll('[data-print-title]')) {
		title.textContent = decoded.assignment.title;
	}
	scope.textContent = `It holds the ${wanted.size} questions of the assignment “${decoded.assignment.title}”, numbered from 1.`;
	document.title = `Worksheet · ${decoded.assignment.title} · Briefing`;
}

void narrow();
