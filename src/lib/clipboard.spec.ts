import { describe, expect, it } from 'vitest';
import { copyText } from './clipboard.ts';

describe('copyText', () => {
	it('copies the text and says so', async () => {
		const written: string[] = [];
		const result = await copyText(
			async (t) => void written.push(t),
			'ABC',
			'Code copied.',
			'the code'
		);
		expect(written).toEqual(['ABC']);
		expect(result).toEqual({ ok: true, status: 'Code copied.' });
	});
	it('says how to copy by hand when the clipboard is blocked', async () => {
		const result = await copyText(
			() => Promise.reject(new Error('denied')),
			'ABC',
			'Code copied.',
			'the code'
		);
		expect(result.ok).toBe(false);
		expect(result.status).toBe(
			'Copying is blocked here: the code is selected, press Ctrl+C (or Cmd+C) to copy it.'
		);
	});
});
