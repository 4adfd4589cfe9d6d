import { LINE_SPACING_KEY, TEXT_SIZE_KEY } from '../storage/keys.ts';
/**
 * Reading settings: the values the settings panel offers. The script in app.html stores the chosen value
 * under the key, puts it on <html> as a data attribute before first paint, and app.css styles it; the
 * default (the reader's own browser setting) is the empty value, stored as nothing.
 */
export const READING_SETTINGS = [
	{
		key: TEXT_SIZE_KEY,
		attribute: 'textSize',
		legend: 'Text size',
		options: [
			{ value: '', label: '100% (your browser’s size)' },
			{ value: '115', label: '115%' },
			{ value: '130', label: '130%' },
			{ value: '150', label: '150%' },
			{ value: '200', label: '200%' }
		]
	},
	{
		key: LINE_SPACING_KEY,
		attribute: 'lineSpacing',
		legend: 'Line spacing',
		options: [
			{ value: '', label: 'Standard' },
			{ value: 'wide', label: 'Wide' },
			{ value: 'wider', label: 'Wider' }
		]
	}
] as const;
