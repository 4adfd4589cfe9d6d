import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import type { MatchingItem } from '$lib/questions/types';
import type { MatchingResponse } from '$lib/quiz/grade';
import MatchingQuestion from './MatchingQuestion.svelte';

const item: MatchingItem = {
	id: 'roles.matching',
	type: 'matching',
	origin: 'generated',
	facts: ['host', 'guest'],
	skill: 'key-detail',
	section: 'who-is-involved',
	stem: 'Match each one to its role.',
	explanation: 'The host invited the guest.',
	pairs: [
		{ id: 'p1', left: 'Ada Host', right: 'hosted the talks' },
		{ id: 'p2', left: 'Ben Guest', right: 'attended as a guest' }
	],
	distractors: ['stayed away']
};
const order = ['attended as a guest', 'stayed away', 'hosted the talks'];

/** The question as the quiz holds it: each response given becomes the question's response. */
async function question(locked = false) {
	const responses: MatchingResponse[] = [];
	const screen = await render(MatchingQuestion, {
		item,
		order,
		locked,
		onresponse: (response: MatchingResponse) => {
			responses.push(response);
			void screen.rerender({ response });
		}
	});
	return responses;
}

describe('MatchingQuestion', () => {
	it('labels each list with its entity and offers the right-hand sides in the given order', async () => {
		await question();
		const select = page.getByRole('combobox', { name: 'Ada Host' });
		await expect.element(select).toHaveValue('');
		const options = [...(select.element() as HTMLSelectElement).options].map((o) => o.text);
		expect(options).toEqual(['Choose…', ...order]);
	});

	it('keeps earlier choices when another entity is matched', async () => {
		const responses = await question();
		await page.getByRole('combobox', { name: 'Ada Host' }).selectOptions('hosted the talks');
		expect(responses.at(-1)).toEqual({
			kind: 'matching',
			choices: { p1: 'hosted the talks', p2: '' }
		});
		await page.getByRole('combobox', { name: 'Ben Guest' }).selectOptions('stayed away');
		expect(responses.at(-1)).toEqual({
			kind: 'matching',
			choices: { p1: 'hosted the talks', p2: 'stayed away' }
		});
		await expect
			.element(page.getByRole('combobox', { name: 'Ada Host' }))
			.toHaveValue('hosted the talks');
	});

	it('cannot be changed once locked', async () => {
		await question(true);
		const selects = page.getByRole('combobox').all();
		expect(selects).toHaveLength(2);
		for (const select of selects) await expect.element(select).toBeDisabled();
	});
});
