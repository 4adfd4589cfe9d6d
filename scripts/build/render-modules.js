// Renders every module page and file (see src/lib/server/module-pages.js): SvelteKit's prerender leaves them
// out, and this script renders them instead, sharing the modules out between worker threads, one per core.
// Each thread runs the built SvelteKit server as the prerender does, on the paths the module routes' own
// `entries` give. A module's pages are kept between builds under a key; kept or new, they go into the build
// as hard links. Then the script lists them for the service worker and checks the module pages' links, and
// the other pages' links into them, as SvelteKit's crawler checks the others'. Run after `vite build` with the
// build folder: `node scripts/build/render-modules.js build`.
import { createHash } from 'node:crypto';
import {
	existsSync,
	linkSync,
	mkdirSync,
	readFileSync,
	readdirSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { MODULE_PAGES_SCRIPT, modulePagesScript } from '../../src/lib/offline/module-list.js';
import { isModuleRoute, MODULE_PAGES_ENV } from '../../src/lib/server/module-pages.js';
import { filesUnder, inWorkers, keptPages, pageKeyFile, pageKeysDir } from './build-files.js';
import { checkLinks, scan } from './module-links.js';
import { RENDER_ENTRY, writeRenderServer } from './render-server.js';

const OUT = resolvePath('.svelte-kit/output');
const ORIGIN = 'http://sveltekit-prerender';
/** The SCORM packages' shared script, built by scripts/build/build-sco.js. */
const SCO_SCRIPT = '.svelte-kit/sco/sco.js';
/** The content check's key of each module (scripts/build/check-content.ts, KEYS_FILE). */
const KEYS_FILE = '.svelte-kit/briefing/keys.json';

if (isMainThread) await main();
else await work();

/**
 * The URL path of a file of the build (`modules/a/quiz.html` -> `/modules/a/quiz`).
 * @param {string} file
 * @param {string} base
 */
function pathOf(file, base) {
	return `${base}/${file.endsWith('.html') ? file.slice(0, -'.html'.length) : file}`;
}

async function main() {
	const dir = process.argv[2];
	if (!dir) {
		console.error('usage: node scripts/build/render-modules.js <build folder>');
		process.exit(2);
	}
	const start = performance.now();
	const base = process.env.BASE_PATH ?? '';
	if (!existsSync(KEYS_FILE)) {
		console.error(`Module pages: ${KEYS_FILE} is missing; run \`vite build\` first (its content check writes it).`);
		process.exit(1);
	}
	/** @type {Record<string, string>} every module of the site, with its key from the content check */
	const moduleKeys = JSON.parse(readFileSync(KEYS_FILE, 'utf8'));
	const slugs = Object.keys(moduleKeys).sort();

	// A module's pages are kept, per base path, with the key they were rendered for; while it holds they are
	// reused. The key covers the module's own files (its key from the content check: its files and the
	// building code) and the server's code, since a module's pages show only that module.
	const pages = keptPages(base);
	const code = serverKey();
	/** @param {string} slug */
	const keyOf = (slug) => createHash('sha256').update(`${code}\0${moduleKeys[slug]}`).digest('hex');
	/** @param {string} slug */
	const keyFile = (slug) => pageKeyFile(pages, slug);
	/** @param {string} slug */
	const forget = (slug) => {
		for (const kept of [
			keyFile(slug),
			join(pages, 'modules', slug),
			join(pages, 'modules', `${slug}.html`),
			join(pages, 'teach', `${slug}.html`)
		])
			rmSync(kept, { recursive: true, force: true });
	};
	/**
	 * A module's kept files, relative to the kept pages: its page, everything under it, its teachers' page.
	 * @param {string} slug
	 */
	const ownFiles = (slug) => {
		const folder = join(pages, 'modules', slug);
		return [
			`modules/${slug}.html`,
			...(existsSync(folder) ? filesUnder(folder).map((f) => `modules/${slug}/${f}`) : []),
			...(existsSync(join(pages, 'teach', `${slug}.html`)) ? [`teach/${slug}.html`] : [])
		];
	};
	const stale = slugs.filter(
		(slug) =>
			!(
				existsSync(keyFile(slug)) &&
				readFileSync(keyFile(slug), 'utf8') === keyOf(slug) &&
				existsSync(join(pages, 'modules', `${slug}.html`))
			)
	);
	for (const slug of stale) forget(slug);
	// Modules the site no longer has.
	const known = new Set(slugs);
	if (existsSync(pageKeysDir(pages)))
		for (const name of readdirSync(pageKeysDir(pages)))
			if (!known.has(decodeURIComponent(name))) forget(decodeURIComponent(name));

	// The server the workers run: SvelteKit's, with the inline stylesheet's hash kept (render-server.js).
	const { entry } = stale.length > 0 ? writeRenderServer(join(OUT, 'server')) : { entry: '' };
	// Modules are dealt out to one worker per core, in turn.
	const count = Math.max(1, Math.min(availableParallelism(), stale.length));
	const shares = Array.from({ length: count }, (_, i) => stale.filter((_, j) => j % count === i));
	/** @type {{ problems: string[], links: { from: string, href: string }[], ids: [string, string[]][], files: number }[]} */
	const results = await inWorkers(
		new URL(import.meta.url),
		shares.filter((share) => share.length > 0),
		(share) => ({ dir: pages, base, slugs: share, entry }),
		// The routes' entries are the renderer's only with this unset (src/lib/server/module-entries.ts).
		{ ...process.env, [MODULE_PAGES_ENV]: '' }
	);
	const problems = results.flatMap((r) => r.problems);
	let files = 0;
	if (problems.length === 0) {
		// Read before the module pages join them: the build holds only SvelteKit's pages yet.
		const intoModules = linksIntoModules(dir, base);
		mkdirSync(pageKeysDir(pages), { recursive: true });
		for (const slug of stale) writeFileSync(keyFile(slug), keyOf(slug));
		// Each page goes into the build as a hard link to its kept copy: no page is copied.
		/** @type {string[]} */
		const paths = [];
		mkdirSync(join(dir, 'modules'), { recursive: true });
		for (const slug of slugs) {
			for (const file of ownFiles(slug)) {
				const target = join(dir, file);
				mkdirSync(dirname(target), { recursive: true });
				rmSync(target, { force: true });
				linkSync(join(pages, file), target);
				paths.push(pathOf(file, base));
			}
		}
		files = paths.length;
		// The service worker's list of them (src/lib/offline/module-list.js).
		writeFileSync(join(dir, MODULE_PAGES_SCRIPT), modulePagesScript(paths.sort()));
		const links = [...results.flatMap((r) => r.links), ...intoModules];
		/** @type {Map<string, string[]>} ids of each rendered page, by path */
		const ids = new Map(results.flatMap((r) => r.ids));
		problems.push(...checkLinks(dir, base, links, ids));
	}
	if (problems.length > 0) {
		console.error(`\nBriefing: module pages could not be built, or links to them are broken:\n${problems.join('\n')}\n`);
		process.exit(1);
	}
	const rendered = results.reduce((n, r) => n + r.files, 0);
	console.log(
		`Module pages: ${rendered} files of ${stale.length} modules rendered on ${results.length} threads, ${files - rendered} files of ${slugs.length - stale.length} unchanged modules kept, in ${((performance.now() - start) / 1000).toFixed(1)} s`
	);
}

/**
 * A hash of the server's code and the files it reads besides the content, without the build's version (a timestamp that changes every build) and the
 * names of SvelteKit's client files, which change with it (no page loads them: `csr` is false everywhere).
 */
function serverKey() {
	const hash = createHash('sha256');
	const server = join(OUT, 'server');
	const files = readdirSync(server, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => join(e.parentPath, e.name))
		// The manifest written after the prerender lists every page it saved, in the order it saved them; the
		// renderer reads manifest-full.js.
		.filter((file) => file !== join(server, 'manifest.js'))
		// The renderer's own copy of the entry, made from the entry (render-server.js).
		.filter((file) => file !== join(server, RENDER_ENTRY))
		.sort();
	for (const file of files)
		hash
			.update(file.slice(server.length))
			.update('\0')
			.update(
				readFileSync(file, 'utf8')
					.replace(/version_hash: "[^"]*"/g, 'version_hash: ""')
					// The client's files, named by hashes that change with that version; no page loads them.
					.replace(/_app\/immutable\/[\w./-]+/g, '_app/immutable/*')
			)
			.update('\0');
	// The SCORM packages carry the SCO script, which the server reads from disk (src/lib/server/scorm-build.ts).
	if (existsSync(SCO_SCRIPT)) hash.update('sco\0').update(readFileSync(SCO_SCRIPT));
	return hash.digest('hex');
}

/**
 * Links from SvelteKit's pages into module pages (or any page under /modules/ or /teach/): its crawler
 * neither rendered nor checked them (src/lib/server/module-pages.js), so they are checked here, once the
 * module pages are in the build.
 * @param {string} dir the build folder, holding only SvelteKit's pages
 * @param {string} base
 */
function linksIntoModules(dir, base) {
	/** @type {{ from: string, href: string }[]} */
	const links = [];
	for (const file of filesUnder(dir)) {
		if (!file.endsWith('.html')) continue;
		const from = pathOf(file, base);
		for (const href of scan(readFileSync(join(dir, file), 'utf8'), from).links)
			if (href.startsWith(`${base}/modules/`) || href.startsWith(`${base}/teach/`))
				links.push({ from, href });
	}
	return links;
}

async function work() {
	/** @type {{ dir: string, base: string, slugs: string[], entry: string }} */
	const { dir, base, slugs, entry } = workerData;
	const { installPolyfills } = await import('@sveltejs/kit/node/polyfills');
	const { createReadableStream } = await import('@sveltejs/kit/node');
	const { resolve_route } = await import(
		pathToFileURL(resolvePath('node_modules/@sveltejs/kit/src/utils/routing.js')).href
	);
	installPolyfills();
	/** @param {string} file */
	const at = (file) => pathToFileURL(join(OUT, 'server', file)).href;
	const { manifest } = await import(at('manifest-full.js'));
	const internal = await import(at('internal.js'));
	internal.set_building();
	internal.set_prerendering();
	const env = { ...process.env };
	(await import(at('env.js'))).set_env(env);
	internal.set_manifest(manifest);
	internal.set_read_implementation((/** @type {string} */ file) => createReadableStream(join(OUT, 'server', file)));
	const { Server } = await import(pathToFileURL(entry).href);
	const server = new Server(manifest);
	await server.init({ env, read: (/** @type {string} */ file) => createReadableStream(join(OUT, 'server', file)) });

	/** @type {string[]} */
	const problems = [];
	// The paths of this worker's modules: each module route's `entries`, as SvelteKit's prerender enqueues them,
	// a module's together (its bank is read once, and dropped once its pages are done).
	const order = new Map(slugs.map((slug, i) => [slug, i]));
	/** @type {[number, string][]} */
	const found = [];
	for (const route of manifest._.routes) {
		if (!isModuleRoute(route.id)) continue;
		const leaf = route.page ? await manifest._.nodes[route.page.leaf]() : null;
		const entries = route.page
			? (leaf.universal?.entries ?? leaf.server?.entries)
			: (await route.endpoint()).entries;
		if (!entries) {
			problems.push(`${route.id}: a module route needs \`entries\`, from which its pages are rendered`);
			continue;
		}
		for (const params of await entries()) {
			const position = order.get(params.module);
			if (position !== undefined) found.push([position, `${base}${resolve_route(route.id, params)}`]);
		}
	}
	const paths = found.sort((a, b) => a[0] - b[0]).map(([, path]) => path);

	/** @type {{ from: string, href: string }[]} */
	const links = [];
	/** @type {[string, string[]][]} */
	const ids = [];
	let files = 0;
	/** @param {string} path */
	const render = async (path) => {
		const dependencies = new Map();
		const response = await server.respond(new Request(ORIGIN + encodeURI(path)), {
			getClientAddress() {
				throw new Error('Cannot read clientAddress during prerendering');
			},
			prerendering: { dependencies, remote_responses: new Map() },
			read: (/** @type {string} */ name) => readFileSync(join(OUT, 'server', name))
		});
		const body = Buffer.from(await response.arrayBuffer());
		// SvelteKit would save what a page fetched while rendering (and the __data.json no page reads): module
		// pages read the site directly, so any other fetch is a change this renderer must learn to save.
		for (const fetched of dependencies.keys())
			if (!fetched.endsWith('/__data.json'))
				problems.push(`${path}: fetched ${fetched} while rendering, which this renderer does not save`);
		if (response.status !== 200 || body.length === 0) {
			problems.push(`${path}: ${response.status} ${body.toString('utf8').slice(0, 200)}`);
			return;
		}
		// Saved as SvelteKit's prerender saves it: a page as `<path>.html`, a file under its own name.
		const html = response.headers.get('content-type') === 'text/html';
		const target = join(dir, `${path.slice(base.length + 1)}${html ? '.html' : ''}`);
		mkdirSync(dirname(target), { recursive: true });
		writeFileSync(target, body);
		files++;
		if (html) {
			const page = scan(body.toString('utf8'), path);
			ids.push([path, page.ids]);
			for (const href of page.links) links.push({ from: path, href });
		}
	};
	// A few pages in flight, as SvelteKit's prerender does: a page waiting on a file read lets another render.
	let next = 0;
	await Promise.all(
		Array.from({ length: 4 }, async () => {
			while (next < paths.length) await render(paths[next++]);
		})
	);
	parentPort?.postMessage({ problems, links, ids, files });
}
