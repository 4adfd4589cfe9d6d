import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/dev/chromium.ts';
import { ORIGIN, PORT as port, SUBPATH_ORIGIN } from './tests/ports.ts';

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
		launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS }
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
