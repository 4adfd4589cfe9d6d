import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import type { QuizLength, QuizMode } from '$lib/quiz/attempt';
import QuizSettings from './QuizSettings.svelte';

async function settings(props: { total: number; mode?: QuizMode; length?: QuizLength }) {
	const started: [QuizMode, QuizLength][] = [];
	const screen = await render(QuizSettings, {
		...props,
		onstart: (mode: QuizMode, length: QuizLength) => started.push([mode, length])
	});
	const lengths = () =>
		[...screen.container.querySelectorAll('input[name="length"]')].map((input) =>
			input.closest('label')?.textContent?.trim()
		);
	return { screen, started, lengths };
}

describe('QuizSettings', () => {
	it('offers only the lengths shorter than the bank, and the whole bank', async () => {
		const { lengths } = await settings({ total: 25 });
		expect(lengths()).toEqual(['10 questions', '20 questions', 'All 25 questions']);
		const { lengths: twelve } = await settings({ total: 12 });
		expect(twelve()).toEqual(['10 questions', 'All 12 questions']);
		const { lengths: four } = await settings({ total: 4 });
		expect(four()).toEqual(['All 4 questions']);
	});

	it('starts the quiz chosen by keyboard alone', async () => {
		const { started } = await settings({ total: 30 });
		(page.getByRole('radio', { name: /^Practice/ }).element() as HTMLElement).focus();
		await userEvent.keyboard('{ArrowDown}');
		await expect.element(page.getByRole('radio', { name: /^Test/ })).toBeChecked();
		await userEvent.keyboard('{Tab}');
		await expect.element(page.getByRole('radio', { name: '10 questions' })).toHaveFocus();
		await userEvent.keyboard('{ArrowDown}');
		await userEvent.keyboard('{Tab}');
		await expect.element(page.getByRole('button', { name: 'Start new quiz' })).toHaveFocus();
		await userEvent.keyboard('{Enter}');
		expect(started).toEqual([['test', 20]]);
	});

	it('shows the running quiz’s settings, and follows when they change', async () => {
		const { screen } = await settings({ total: 30, mode: 'test', length: 'all' });
		await expect.element(page.getByRole('radio', { name: /^Test/ })).toBeChecked();
		await expect.element(page.getByRole('radio', { name: 'All 30 questions' })).toBeChecked();
		await screen.rerender({ mode: 'practice', length: 20 });
		await expect.element(page.getByRole('radio', { name: /^Practice/ })).toBeChecked();
		await expect.element(page.getByRole('radio', { name: '20 questions' })).toBeChecked();
	});
});
