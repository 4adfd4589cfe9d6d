import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { ordering as item } from '$lib/testing/items';
import { mountQuestion } from '$lib/testing/question';
import OrderingQuestion from './OrderingQuestion.svelte';

async function question(order: string[], locked = false) {
	const { responses, container } = await mountQuestion(OrderingQuestion, { item, order, locked });
	const entries = () => [...container.querySelectorAll('li .entry-text')].map((e) => e.textContent);
	return { responses, entries };
}

function focused(): string | null | undefined {
	return document.activeElement?.getAttribute('aria-label');
}

describe('OrderingQuestion', () => {
	it('moves an entry by keyboard alone, keeps focus on it and says where it went', async () => {
		const { responses, entries } = await question(['c', 'a', 'b', 'd']);
		(page.getByRole('button', { name: 'Move down: Third' }).element() as HTMLElement).focus();
		await userEvent.keyboard('{Enter}');
		expect(responses.at(-1)).toEqual({ kind: 'ordering', order: ['a', 'c', 'b', 'd'] });
		await expect.poll(entries).toEqual(['First', 'Third', 'Second', 'Fourth']);
		expect(focused()).toBe('Move down: Third');
		await expect.element(page.getByText('Third moved to position 2 of 4.')).toBeInTheDocument();

		// Down twice more reaches the end: its Down button is disabled, so focus goes to its Up button.
		await userEvent.keyboard('{Enter}');
		await userEvent.keyboard('{Enter}');
		await expect.poll(entries).toEqual(['First', 'Second', 'Fourth', 'Third']);
		expect(focused()).toBe('Move up: Third');
		await expect.element(page.getByRole('button', { name: 'Move down: Third' })).toBeDisabled();
		await expect.element(page.getByText('Third moved to position 4 of 4.')).toBeInTheDocument();
	});

	it('offers no move past either end', async () => {
		await question(['a', 'b', 'c', 'd']);
		await expect.element(page.getByRole('button', { name: 'Move up: First' })).toBeDisabled();
		await expect.element(page.getByRole('button', { name: 'Move down: First' })).toBeEnabled();
		await expect.element(page.getByRole('button', { name: 'Move down: Fourth' })).toBeDisabled();
	});

	it('is read as a list inside a described group, and moves nothing once locked', async () => {
		const { responses } = await question(['b', 'a', 'c', 'd'], true);
		const group = page.getByRole('group', { name: item.stem });
		await expect.element(group).toHaveAccessibleDescription(/Move up and Move down buttons/);
		await expect.element(group.getByRole('listitem').nth(2)).toHaveTextContent('Third');
		const buttons = page.getByRole('button').all();
		expect(buttons).toHaveLength(8);
		for (const button of buttons) await expect.element(button).toBeDisabled();
		expect(responses).toEqual([]);
	});
});
