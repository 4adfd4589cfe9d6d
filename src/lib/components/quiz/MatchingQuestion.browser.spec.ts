import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { matching as item } from '$lib/testing/items';
import { mountQuestion } from '$lib/testing/question';
import MatchingQuestion from './MatchingQuestion.svelte';

const order = ['Home Secretary', 'Chancellor', 'Prime Minister', 'Foreign Secretary'];
const question = (locked = false) => mountQuestion(MatchingQuestion, { item, order, locked });

describe('MatchingQuestion', () => {
	it('labels each list with its entity and offers the right-hand sides in the given order', async () => {
		await question();
		const select = page.getByRole('combobox', { name: 'Keir Starmer' });
		await expect.element(select).toHaveValue('');
		const options = [...(select.element() as HTMLSelectElement).options].map((o) => o.text);
		expect(options).toEqual(['Choose…', ...order]);
	});

	it('keeps earlier choices when another entity is matched', async () => {
		const { responses } = await question();
		await page.getByRole('combobox', { name: 'Keir Starmer' }).selectOptions('Prime Minister');
		expect(responses.at(-1)).toEqual({
			kind: 'matching',
			choices: { starmer: 'Prime Minister', cooper: '', lammy: '', other: '' }
		});
		await page.getByRole('combobox', { name: 'Yvette Cooper' }).selectOptions('Chancellor');
		expect(responses.at(-1)).toEqual({
			kind: 'matching',
			choices: { starmer: 'Prime Minister', cooper: 'Chancellor', lammy: '', other: '' }
		});
		await expect
			.element(page.getByRole('combobox', { name: 'Keir Starmer' }))
			.toHaveValue('Prime Minister');
	});

	it('cannot be changed once locked', async () => {
		await question(true);
		const selects = page.getByRole('combobox').all();
		expect(selects).toHaveLength(4);
		for (const select of selects) await expect.element(select).toBeDisabled();
	});
});
