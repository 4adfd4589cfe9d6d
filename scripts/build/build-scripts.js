// The first step of a build: the page islands (build-islands.js) and the SCORM package's script
// (build-sco.js), compiled outside SvelteKit. They are made from the app's code only, never from content, so
// they are built again only when a file they could be made from changed: a build after an author's edit
// keeps them (about 4 s saved). `svelte-kit sync` runs first when its generated tsconfig is missing (a fresh
// clone without `npm install`'s prepare step); otherwise `vite build` syncs on its own.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { ISLANDS_OUT, islandNames } from './build-islands.js';

const SCO_SCRIPT = '.svelte-kit/sco/sco.js';
const KEY_FILE = '.svelte-kit/briefing/scripts.key';
/** What the scripts are made from: the app's code (not its content), the build scripts and the dependencies. */
const INPUTS = [
	'src',
	'scripts/build/build-islands.js',
	'scripts/build/build-sco.js',
	'scripts/build/svelte-build.js',
	'scripts/build/build-scripts.js',
	'package-lock.json',
	'tsconfig.json'
];
/** Content, which no script is made from. */
const NOT_INPUTS = /^src[/\\]lessons[/\\]/;

/** @param {string} path a file or a folder @returns {string[]} its files */
function files(path) {
	if (!existsSync(path)) return [];
	if (statSync(path).isFile()) return [path];
	return readdirSync(path, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => join(e.parentPath, e.name))
		.filter((f) => !NOT_INPUTS.test(f));
}

/** A hash of every input file's path and bytes. */
function inputsKey() {
	const hash = createHash('sha256');
	for (const file of INPUTS.flatMap(files).sort())
		hash.update(file.split(sep).join('/')).update('\0').update(readFileSync(file)).update('\0');
	return hash.digest('hex');
}

/** @param {string[]} args a script and its arguments */
function run(...args) {
	const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
	if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync('.svelte-kit/tsconfig.json')) run('node_modules/@sveltejs/kit/svelte-kit.js', 'sync');
const key = inputsKey();
const built =
	existsSync(KEY_FILE) &&
	readFileSync(KEY_FILE, 'utf8') === key &&
	existsSync(SCO_SCRIPT) &&
	islandNames().every((name) => existsSync(join(ISLANDS_OUT, `${name}.js`)));
if (built) console.log('Islands and SCO script: unchanged since the last build, kept.');
else {
	run('scripts/build/build-islands.js');
	run('scripts/build/build-sco.js');
	mkdirSync('.svelte-kit/briefing', { recursive: true });
	writeFileSync(KEY_FILE, key);
}
