import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { checkContent } from './scripts/check-content.ts';

/** Validates all content before anything is bundled, so authors see `path:line: problem` and no stack trace. */
function briefingContent(): Plugin {
	return {
		name: 'briefing-content',
		apply: () => !process.env.VITEST,
		buildStart() {
			const report = checkContent(process.cwd());
			if (report) {
				// The list is the whole message; a bundler stack trace would only bury it.
				console.error(`\nBriefing: the content has problems:\n${report}\n`);
				process.exit(1);
			}
		}
	};
}

export default defineConfig({
	plugins: [briefingContent(), sveltekit()],
	test: {
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node',
		// Property tests run hundreds of cases: 5 s is too tight on a busy 2-core machine.
		testTimeout: 30_000,
		reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]]
	}
});
