import { existsSync } from 'node:fs';

/**
 * The browser both test runners launch (Playwright's end-to-end tests, Vitest's component tests): Debian's
 * Chromium here (Playwright cannot download its own browser on these machines); elsewhere CHROMIUM_PATH, or
 * Playwright's own browser when neither exists.
 */
export function chromiumPath(): string | undefined {
	return (
		process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
	);
}

/** Flags that work on these machines; without the networking ones Chromium floods the closed network. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];
