import { relative, sep } from 'node:path';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { checkContent } from './scripts/check-content.ts';

/** Validates all content before anything is bundled, so authors see `path:line: problem` and no stack trace. */
function briefingContent(): Plugin {
	let warned = false;
	return {
		name: 'briefing-content',
		apply: () => !process.env.VITEST,
		buildStart() {
			// A site build bundles the server first, then the client: checking once, before the server, is enough.
			const env = this.environment;
			if (env?.config.consumer === 'client' && (env.config.command === 'build' || warned)) return;
			const report = checkContent(process.cwd());
			if (report && env?.config.command === 'serve') {
				// While authoring, drafts and placeholders are expected: say so, and keep serving /author/<module>.
				warned = true;
				console.warn(
					`\nBriefing: the build would refuse this content (open /author/<module> to follow it as you edit):\n${report}\n`
				);
				return;
			}
			if (report) {
				// The list is the whole message; a bundler stack trace would only bury it.
				console.error(`\nBriefing: the content has problems:\n${report}\n`);
				process.exit(1);
			}
		}
	};
}

/**
 * `/author/<module>` while developing: each fact with the items it generates, their checks and what was left
 * out, drafts and placeholders, content problems with file:line (src/lib/author). Served by the dev server only
 * (`apply: 'serve'`): no route, no page and no file of the built site has it. The page reloads when a lesson or
 * YAML file changes.
 */
function authorPreview(): Plugin {
	// Counts content changes. A page rendered while a file was being saved could miss the change's event (its
	// socket was not yet open); it compares the count it was rendered at with the server's, and reloads.
	let version = 0;
	return {
		name: 'briefing-author-preview',
		apply: 'serve',
		configureServer(server) {
			const root = server.config.root;
			server.watcher.on('all', (_event, file) => {
				const path = relative(root, file).split(sep).join('/');
				if (/^(questions|src\/lessons)\//.test(path)) {
					version++;
					server.ws.send({ type: 'custom', event: 'briefing:content-changed' });
				}
			});
			server.middlewares.use(async (req, res, next) => {
				const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
				if (pathname === '/author/__version') {
					res.setHeader('Content-Type', 'text/plain');
					res.setHeader('Cache-Control', 'no-store');
					res.end(String(version));
					return;
				}
				const match = /^\/author(?:\/([a-z0-9-]+))?\/?$/.exec(pathname);
				if (!match) return next();
				try {
					const page = (await server.ssrLoadModule(
						'/src/lib/author/page.ts'
					)) as typeof import('./src/lib/author/page.ts');
					// Read before the files, so a change during rendering shows as a newer count.
					const renderedAt = version;
					const html = page.renderAuthorPage(
						root,
						match[1],
						`${server.config.base}@vite/client`,
						renderedAt
					);
					res.setHeader('Content-Type', 'text/html; charset=utf-8');
					res.end(html);
				} catch (error) {
					next(error);
				}
			});
		}
	};
}

export default defineConfig({
	plugins: [briefingContent(), authorPreview(), sveltekit()],
	// Gzipping every output file only to print its size cost a third of a 50-module build.
	build: { reportCompressedSize: false },
	test: {
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node',
		// Property tests run hundreds of cases: 5 s is too tight on a busy 2-core machine.
		testTimeout: 30_000,
		reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]]
	}
});
