import type { Component } from 'svelte';
import { render } from 'vitest-browser-svelte';
import type { Item } from '../questions/types.ts';

/**
 * A question component mounted as the quiz holds it, for component tests in the browser: each response it
 * gives becomes its `response` prop, as the quiz's state would make it. Returns the responses given.
 */
export async function mountQuestion<I extends Item, R>(
	question: Component<{
		item: I;
		order: string[];
		response?: R;
		onresponse: (response: R) => void;
		locked?: boolean;
	}>,
	props: { item: I; order: string[]; locked?: boolean }
): Promise<{ responses: R[]; container: HTMLElement }> {
	const responses: R[] = [];
	const screen = await render(question, {
		...props,
		onresponse: (response: R) => {
			responses.push(response);
			void screen.rerender({ response });
		}
	});
	return { responses, container: screen.container };
}
