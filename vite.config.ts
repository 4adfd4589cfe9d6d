import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { sveltekit } from '@sveltejs/kit/vite';
import { playwright } from '@vitest/browser-playwright';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/dev/chromium.ts';
import { ISLANDS_OUT, islandBuild, islandNames } from './scripts/build/build-islands.js';
import {
	checkContent,
	EXPORTS_DIR,
	KEYS_FILE,
	LESSONS_DIR,
	SITE_DIR
} from './scripts/build/check-content.ts';

/**
 * Validates all content before anything is bundled, so authors see `path:line: problem` and no stack trace.
 * A build checks (and builds) the content once, here: modules unchanged since the last build come from the cache
 * (`.svelte-kit/briefing/modules`), and the built site is written for the server, which reads it through the
 * module `virtual:briefing/site` instead of bundling every content file and building it again in each step.
 * The lessons' HTML is kept there too. The dev server and tests build the site from the files themselves (`src/lib/server/site-from-files.ts`), so
 * an edit shows on the next request.
 */
function briefingContent(): Plugin {
	let warned = false;
	let command: 'build' | 'serve' = 'serve';
	const VIRTUAL = 'virtual:briefing/site';
	return {
		name: 'briefing-content',
		configResolved(config) {
			command = config.command;
		},
		resolveId(id) {
			return id === VIRTUAL ? `\0${VIRTUAL}` : undefined;
		},
		load(id) {
			if (id !== `\0${VIRTUAL}`) return undefined;
			if (command === 'serve' || process.env.VITEST)
				return [
					`export { site, lessonHtml } from '/src/lib/server/site-from-files.ts';`,
					// Nothing is kept between runs while developing: every export is made afresh.
					`export const moduleKey = () => undefined;`,
					`export const exportsDir = undefined;`
				].join('\n');
			const at = (path: string) => JSON.stringify(join(process.cwd(), path));
			return [
				`import { readFileSync } from 'node:fs';`,
				`import { lessonReader, readServerSite } from '/src/lib/content/unit-cache.ts';`,
				`export const site = readServerSite(${at(SITE_DIR)});`,
				`const read = lessonReader(${at(LESSONS_DIR)});`,
				// A lesson the content check did not keep is a build that went wrong, not an empty page.
				`export const lessonHtml = async (file) => {`,
				`\tconst html = read(file);`,
				`\tif (html === undefined) throw new Error(\`No HTML was kept for \${file}: build again (\\\`npm run build\\\`).\`);`,
				`\treturn html;`,
				`};`,
				`const keys = JSON.parse(readFileSync(${at(KEYS_FILE)}, 'utf8'));`,
				`export const moduleKey = (slug) => keys[slug];`,
				`export const exportsDir = ${at(EXPORTS_DIR)};`
			].join('\n');
		},
		async buildStart() {
			if (process.env.VITEST) return;
			// A site build bundles the server first, then the client: checking once, before the server, is enough.
			const env = this.environment;
			if (env?.config.consumer === 'client' && (env.config.command === 'build' || warned)) return;
			const start = performance.now();
			const { problems, built, reused } = await checkContent(process.cwd());
			if (env?.config.command === 'build')
				console.log(
					`Briefing: content checked in ${((performance.now() - start) / 1000).toFixed(1)} s (${built} modules built, ${reused} unchanged)`
				);
			if (problems && env?.config.command === 'serve') {
				// While authoring, drafts and placeholders are expected: say so, and keep serving /author/<module>.
				warned = true;
				console.warn(
					`\nBriefing: the build would refuse this content (open /author/<module> to follow it as you edit):\n${problems}\n`
				);
				return;
			}
			if (problems) {
				// The list is the whole message; a bundler stack trace would only bury it.
				console.error(`\nBriefing: the content has problems:\n${problems}\n`);
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

/**
 * Islands under `npm run dev`: pages load /_islands/<name>.js, built outside SvelteKit (scripts/build/build-islands.js).
 * Once a page has asked for an island, an edit to any file the island is built from rebuilds it, and the page
 * reloads if the script changed, so the script that runs matches the server-rendered HTML. Vite's own watcher
 * (watching from the start) triggers the rebuilds, so an edit made while a build runs is not lost: it builds again.
 */
function islandsWatch(): Plugin {
	return {
		name: 'briefing-islands-watch',
		apply: 'serve',
		configureServer(server) {
			const names = new Set(islandNames());
			const root = server.config.root;
			/** Islands asked for, with the files each was last built from (unknown until its first build ends). */
			const inputs = new Map<string, Set<string> | undefined>();
			const building = new Set<string>();
			const again = new Set<string>();
			const output = (name: string) => {
				const file = join(root, ISLANDS_OUT, `${name}.js`);
				return existsSync(file) ? readFileSync(file, 'utf8') : '';
			};
			/** Builds the island, again while files change under it, then reloads if `before` changed. */
			const rebuild = async (name: string, before = output(name)): Promise<void> => {
				if (building.has(name)) {
					again.add(name);
					return;
				}
				building.add(name);
				try {
					const result = await islandBuild(name);
					const chunks = (Array.isArray(result) ? result : [result]).flatMap((r) =>
						'output' in r ? r.output : []
					);
					inputs.set(
						name,
						new Set(
							chunks
								.flatMap((c) => ('moduleIds' in c ? c.moduleIds : []))
								.map((id) => id.split('?')[0])
						)
					);
				} catch (error) {
					server.config.logger.error(`island ${name}: ${(error as Error).message}`);
				} finally {
					building.delete(name);
				}
				if (again.delete(name)) return rebuild(name, before);
				if (output(name) !== before) server.ws.send({ type: 'full-reload' });
			};
			server.watcher.on('all', (event, file) => {
				if (event !== 'change' && event !== 'add') return;
				if (!relative(root, file).startsWith(`src${sep}`)) return;
				for (const [name, files] of inputs)
					if (!files || files.has(file) || building.has(name)) void rebuild(name);
			});
			server.middlewares.use((req, _res, next) => {
				const path = new URL(req.url ?? '/', 'http://localhost').pathname;
				const name = /\/_islands\/([a-z]+)\.js$/.exec(path)?.[1];
				if (name && names.has(name) && !inputs.has(name)) {
					inputs.set(name, undefined);
					// Learns what the island is built from (and picks up any edit made before it was asked for).
					void rebuild(name);
				}
				next();
			});
		}
	};
}

export default defineConfig({
	plugins: [briefingContent(), authorPreview(), islandsWatch(), sveltekit()],
	// Gzipping every output file only to print its size cost a third of a 50-module build.
	build: { reportCompressedSize: false },
	test: {
		// Property tests run hundreds of cases: 5 s is too tight on a busy 2-core machine.
		testTimeout: 30_000,
		reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
					exclude: ['src/**/*.browser.spec.ts'],
					environment: 'node'
				}
			},
			{
				// Components with logic of their own (keyboard moves, focus, announcements), mounted in real Chromium:
				// `<name>.browser.spec.ts` beside the component.
				extends: true,
				test: {
					name: 'components',
					include: ['src/**/*.browser.spec.ts'],
					browser: {
						enabled: true,
						headless: true,
						// Debian's Chromium (see playwright.config.ts), else Playwright's own.
						provider: playwright({
							launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS }
						}),
						instances: [{ browser: 'chromium' }]
					}
				}
			}
		]
	}
});
