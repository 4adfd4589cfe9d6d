import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { ORIGIN, PORT as port, SUBPATH_ORIGIN } from './tests/ports.ts';

// Debian's Chromium here (Playwright cannot download its own browser on these machines); elsewhere
// CHROMIUM_PATH, or Playwright's own browser when neither exists.
const executablePath =
	process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	forbidOnly: !!process.env.CI,
	reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
	use: {
		baseURL: ORIGIN,
		trace: 'off',
		// Every page registers a service worker that precaches the whole site; only tests/offline.e2e.ts
		// needs it, and elsewhere it would only add that download to every test.
		serviceWorkers: 'block',
		...devices['Desktop Chrome'],
		launchOptions: {
			executablePath,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
				'--disable-quic'
			]
		}
	},
	webServer: [
		{
			command: `node scripts/dev/serve.js build ${port}`,
			url: `${ORIGIN}/`,
			reuseExistingServer: false,
			timeout: 30_000
		},
		{
			command: `node scripts/dev/serve.js build-subpath ${port + 1} /briefing`,
			url: `${SUBPATH_ORIGIN}/briefing/`,
			reuseExistingServer: false,
			timeout: 30_000
		}
	]
});
