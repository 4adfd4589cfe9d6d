import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import type { OrderingItem } from '$lib/questions/types';
import type { OrderingResponse } from '$lib/quiz/grade';
import OrderingQuestion from './OrderingQuestion.svelte';

const item: OrderingItem = {
	id: 'timeline.ordering',
	type: 'ordering',
	origin: 'generated',
	facts: ['a', 'b', 'c'],
	skill: 'sequence',
	section: 'timeline',
	stem: 'In what order did these happen?',
	explanation: 'The talks came first.',
	items: [
		{ id: 'a', text: 'Talks open' },
		{ id: 'b', text: 'Plan agreed' },
		{ id: 'c', text: 'Law passed' }
	]
};

/** The question as the quiz holds it: each response given becomes the question's response. */
async function question(order: string[], locked = false) {
	const responses: OrderingResponse[] = [];
	const screen = await render(OrderingQuestion, {
		item,
		order,
		locked,
		onresponse: (response: OrderingResponse) => {
			responses.push(response);
			void screen.rerender({ response });
		}
	});
	const entries = () =>
		[...screen.container.querySelectorAll('li .entry-text')].map((e) => e.textContent);
	return { screen, responses, entries };
}

function focused(): string | null | undefined {
	return document.activeElement?.getAttribute('aria-label');
}

describe('OrderingQuestion', () => {
	it('moves an entry by keyboard alone, keeps focus on it and says where it went', async () => {
		const { responses, entries } = await question(['c', 'a', 'b']);
		(page.getByRole('button', { name: 'Move down: Law passed' }).element() as HTMLElement).focus();
		await userEvent.keyboard('{Enter}');
		expect(responses.at(-1)).toEqual({ kind: 'ordering', order: ['a', 'c', 'b'] });
		await expect.poll(entries).toEqual(['Talks open', 'Law passed', 'Plan agreed']);
		expect(focused()).toBe('Move down: Law passed');
		await expect
			.element(page.getByText('Law passed moved to position 2 of 3.'))
			.toBeInTheDocument();

		// Down again reaches the end: its Down button is disabled, so focus goes to its Up button.
		await userEvent.keyboard('{Enter}');
		await expect.poll(entries).toEqual(['Talks open', 'Plan agreed', 'Law passed']);
		expect(focused()).toBe('Move up: Law passed');
		await expect
			.element(page.getByRole('button', { name: 'Move down: Law passed' }))
			.toBeDisabled();
		await expect
			.element(page.getByText('Law passed moved to position 3 of 3.'))
			.toBeInTheDocument();
	});

	it('offers no move past either end', async () => {
		await question(['a', 'b', 'c']);
		await expect.element(page.getByRole('button', { name: 'Move up: Talks open' })).toBeDisabled();
		await expect.element(page.getByRole('button', { name: 'Move down: Talks open' })).toBeEnabled();
		await expect
			.element(page.getByRole('button', { name: 'Move down: Law passed' }))
			.toBeDisabled();
	});

	it('is read as a list inside a described group, and moves nothing once locked', async () => {
		const { responses } = await question(['b', 'a', 'c'], true);
		const group = page.getByRole('group', { name: 'In what order did these happen?' });
		await expect.element(group).toHaveAccessibleDescription(/Move up and Move down buttons/);
		await expect.element(group.getByRole('listitem').nth(2)).toHaveTextContent('Law passed');
		const buttons = page.getByRole('button').all();
		expect(buttons).toHaveLength(6);
		for (const button of buttons) await expect.element(button).toBeDisabled();
		expect(responses).toEqual([]);
	});
});
