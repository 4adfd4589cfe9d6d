/**
 * Copies `text` with `write` (the clipboard's, or a test's). Returns whether it was copied and the sentence
 * to announce: `copied`, or, when copying is blocked, how to copy `what` by hand (the page selects it).
 */
export async function copyText(
	write: (text: string) => Promise<void>,
	text: string,
	copied: string,
	what: string
): Promise<{ ok: boolean; status: string }> {
	try {
		await write(text);
		return { ok: true, status: copied };
	} catch {
		return {
			ok: false,
			status: `Copying is blocked here: ${what} is selected, press Ctrl+C (or Cmd+C) to copy it.`
		};
	}
}
