/**
 * Built modules kept on disk between builds (Node only). Each module folder's unit is stored under a key made
 * of its files' text and the code that builds it, so an unchanged module is read back instead of rebuilt, and
 * any edit to its files, to the generator or to the checks builds it again. The whole site can be written once
 * and read back by the build's later steps, which then never rebuild it.
 */
import { createHash } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	readFileSync,
	readdirSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { join } from 'node:path';
import type { ModuleUnit, ServerSite, Site, UnitCache } from '../site.ts';
import type { Bank } from '../questions/bank.ts';
import type { Fact } from '../questions/facts-types.ts';
import type { ContentIndex } from './types.ts';

/** JSON that keeps Maps (a bank's author alternatives, the site's banks). */
export function toJson(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) =>
		v instanceof Map ? { $map: [...(v as Map<unknown, unknown>)] } : v
	);
}

/** Reads what `toJson` wrote. */
export function fromJson<T>(text: string): T {
	// Without a map in it (the site's index has none), the text is read without a reviver: twice as fast.
	if (!text.includes('"$map"')) return JSON.parse(text) as T;
	return JSON.parse(text, (_key, v: unknown) =>
		v && typeof v === 'object' && '$map' in v && Array.isArray(v.$map) ? new Map(v.$map) : v
	) as T;
}

/** Every source file under `dirs` (tests excluded), for the code half of a unit's key. */
function sourceFiles(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.sort()
		.flatMap((name) => {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) return name === 'fixtures' ? [] : sourceFiles(path);
			return /\.(ts|js)$/.test(name) && !/\.spec\.ts$/.test(name) ? [path] : [];
		});
}

/**
 * A fingerprint of the code that builds content: every library source file of the project at `root` and the
 * installed packages' lock file. Changing any of them rebuilds every module once.
 */
export function codeVersion(root: string): string {
	const hash = createHash('sha256');
	for (const file of [...sourceFiles(join(root, 'src/lib')), join(root, 'package-lock.json')]) {
		if (!existsSync(file)) continue;
		hash.update(file.slice(root.length)).update('\0').update(readFileSync(file)).update('\0');
	}
	return hash.digest('hex');
}

/** The key of a unit built from `files` by the code `version`. */
export function unitKey(version: string, files: Record<string, string>): string {
	const hash = createHash('sha256').update(version);
	for (const file of Object.keys(files).sort())
		hash.update('\0').update(file).update('\0').update(files[file]);
	return hash.digest('hex');
}

/**
 * What of a unit only the first build of it and the banks' own files need, kept in a second file: each bank's
 * items and each module's parsed facts and questions documents, about 70% of a unit. A build after one edit
 * reads every other module's unit for the site's index, and so never parses them (see `diskUnitCache`).
 */
interface HeavyParts {
	key: string;
	items: Record<string, Bank['items']>;
	docs: Record<string, { facts: unknown; questions: unknown }>;
}

/** The item ids of banks read back without their items, for `writeSite`, which needs no more of them. */
const knownItemIds = new WeakMap<Bank, string[]>();

/** The ids of a bank's items, without reading its items when they were left in the unit's second file. */
function itemIdsOf(bank: Bank): string[] {
	return knownItemIds.get(bank) ?? bank.items.map((i) => i.id);
}

/**
 * Replaces `object[name]` by a property read from `load` the first time it is read (then kept), so that
 * serialising or comparing the object sees it as an ordinary property.
 */
function lazy<T extends object>(object: T, name: string, load: () => unknown): void {
	Object.defineProperty(object, name, {
		enumerable: true,
		configurable: true,
		get() {
			const value = load();
			Object.defineProperty(object, name, {
				value,
				enumerable: true,
				configurable: true,
				writable: true
			});
			return value;
		}
	});
}

/**
 * A unit cache in the folder `dir`, two files per module folder; counts hits and builds. `<group>.json` holds
 * the unit without its heavy parts (each bank's items, with their ids, and each module's parsed facts and
 * questions documents); `<group>.heavy.json` holds those, read only when something reads them.
 */
export function diskUnitCache(
	dir: string,
	version: string
): UnitCache & { hits: number; built: number; keys: Map<string, string> } {
	mkdirSync(dir, { recursive: true });
	const cache = {
		hits: 0,
		built: 0,
		/** Each group's key, as computed for this build: what else is made from a module is kept under it. */
		keys: new Map<string, string>(),
		unit(group: string, files: Record<string, string>, build: () => ModuleUnit): ModuleUnit {
			const key = unitKey(version, files);
			cache.keys.set(group, key);
			// Group names are module folder names; the loose files (group '') get their own file.
			const name = group === '' ? '_loose' : encodeURIComponent(group);
			const file = join(dir, `${name}.json`);
			const heavyFile = join(dir, `${name}.heavy.json`);
			if (existsSync(file) && existsSync(heavyFile)) {
				try {
					const stored = fromJson<{
						key: string;
						unit: ModuleUnit;
						itemIds: Record<string, string[]>;
					}>(readFileSync(file, 'utf8'));
					if (stored.key === key) {
						cache.hits++;
						return withHeavyParts(stored.unit, stored.itemIds, key, heavyFile, build);
					}
				} catch {
					// A damaged cache file is only a miss: the unit is built again and the file replaced.
				}
			}
			const unit = build();
			cache.built++;
			const heavy: HeavyParts = { key, items: {}, docs: {} };
			const itemIds: Record<string, string[]> = {};
			const light: ModuleUnit = {
				...unit,
				modules: unit.modules.map((m) => {
					if (!m.questions) return m;
					const { facts, questions, ...paths } = m.questions;
					heavy.docs[m.slug] = { facts, questions };
					return { ...m, questions: { ...paths, facts: undefined, questions: undefined } };
				}),
				banks: unit.banks.map(([slug, bank]) => {
					heavy.items[slug] = bank.items;
					itemIds[slug] = bank.items.map((i) => i.id);
					return [slug, { ...bank, items: [] }];
				})
			};
			writeFileSync(heavyFile, toJson(heavy));
			writeFileSync(file, toJson({ key, unit: light, itemIds }));
			return unit;
		}
	};
	return cache;
}

/**
 * A unit read back without its heavy parts, which are read from `heavyFile` when first needed (or, should that
 * file not match, built again with `build`).
 */
function withHeavyParts(
	unit: ModuleUnit,
	itemIds: Record<string, string[]>,
	key: string,
	heavyFile: string,
	build: () => ModuleUnit
): ModuleUnit {
	let heavy: HeavyParts | undefined;
	const load = (): HeavyParts => {
		if (heavy) return heavy;
		try {
			const stored = fromJson<HeavyParts>(readFileSync(heavyFile, 'utf8'));
			if (stored.key === key) return (heavy = stored);
		} catch {
			// Damaged or gone: built again below.
		}
		const built = build();
		heavy = {
			key,
			items: Object.fromEntries(built.banks.map(([slug, b]) => [slug, b.items])),
			docs: Object.fromEntries(
				built.modules.map((m) => [
					m.slug,
					{ facts: m.questions?.facts, questions: m.questions?.questions }
				])
			)
		};
		return heavy;
	};
	for (const m of unit.modules)
		if (m.questions) {
			const questions = m.questions;
			lazy(questions, 'facts', () => load().docs[m.slug]?.facts);
			lazy(questions, 'questions', () => load().docs[m.slug]?.questions);
		}
	for (const [slug, bank] of unit.banks) {
		if (itemIds[slug]) knownItemIds.set(bank, itemIds[slug]);
		lazy(bank, 'items', () => load().items[slug] ?? []);
	}
	return unit;
}

/** Where `writeSite` keeps the index in the site folder; each bank is `banks/<module>.json`. */
const SITE_INDEX = 'index.json';

/** The file of the module `slug`'s bank in the site folder `dir`. */
function bankFile(dir: string, slug: string): string {
	return join(dir, 'banks', `${encodeURIComponent(slug)}.json`);
}

/**
 * Writes the built site where the build's later steps read it (`readServerSite`), into the folder `dir`: the
 * index, with each bank's item ids and facts, in one file, and each bank in its own, rewritten only when its module's
 * key (`keys`) changed. Each module's parsed facts and questions documents are left out
 * (`questions.facts` and `questions.questions` undefined): its bank is built from them already and no page
 * reads them.
 */
export function writeSite(dir: string, site: Site, keys: Record<string, string>): void {
	mkdirSync(join(dir, 'banks'), { recursive: true });
	const modules = site.index.modules.map((m) => {
		if (!m.questions) return m;
		// Copied field by field, leaving the two documents unread (a kept unit reads them lazily).
		const q = m.questions;
		const paths = Object.fromEntries(
			Object.keys(q)
				.filter((k) => k !== 'facts' && k !== 'questions')
				.map((k) => [k, q[k as keyof typeof q]])
		);
		return { ...m, questions: { ...paths, facts: undefined, questions: undefined } };
	});
	const itemIds = Object.fromEntries([...site.banks].map(([slug, b]) => [slug, itemIdsOf(b)]));
	const facts = Object.fromEntries([...site.banks].map(([slug, b]) => [slug, b.facts]));
	writeFileSync(
		join(dir, SITE_INDEX),
		toJson({ index: { ...site.index, modules }, itemIds, facts })
	);
	for (const [slug, bank] of site.banks) storeBank(dir, slug, keys[slug] ?? '', bank);
	// Banks of modules the site no longer has, or that lost their facts.
	const kept = new Set([...site.banks.keys()].map((slug) => `${encodeURIComponent(slug)}.json`));
	for (const name of readdirSync(join(dir, 'banks')))
		if (!kept.has(name.replace(/\.key$/, ''))) rmSync(join(dir, 'banks', name), { force: true });
}

/**
 * Writes a module's bank into the site folder `dir` under its module's key, unless it is there for that key
 * already. The content check's processes store each bank as they build it, so writing the site after a build
 * from nothing does not read a thousand banks back (`writeSite` finds them current).
 */
export function storeBank(dir: string, slug: string, key: string, bank: Bank): void {
	const file = bankFile(dir, slug);
	if (
		key &&
		existsSync(file) &&
		existsSync(`${file}.key`) &&
		readFileSync(`${file}.key`, 'utf8') === key
	)
		return;
	mkdirSync(join(dir, 'banks'), { recursive: true });
	writeFileSync(file, toJson(bank));
	// The key last: an interrupted write leaves a bank without its key, which is written again.
	writeFileSync(`${file}.key`, key);
}

/** How many parsed banks `readServerSite` keeps, the last read. */
const KEPT_BANKS = 8;

/** The site `writeSite` wrote in `dir`: the index at once, each bank when asked for (the last few kept). */
export function readServerSite(dir: string): ServerSite {
	const { index, itemIds, facts } = fromJson<{
		index: ContentIndex;
		itemIds: Record<string, string[]>;
		facts: Record<string, Fact[]>;
	}>(readFileSync(join(dir, SITE_INDEX), 'utf8'));
	// The banks last read: a renderer works through one module's pages at a time, and a thousand parsed banks
	// kept would only weigh on the garbage collector.
	const banks = new Map<string, Bank>();
	return {
		index,
		itemIds: (slug) => (Object.hasOwn(itemIds, slug) ? itemIds[slug] : undefined),
		facts: (slug) => (Object.hasOwn(facts, slug) ? facts[slug] : undefined),
		bank(slug) {
			if (!Object.hasOwn(itemIds, slug)) return undefined;
			let bank = banks.get(slug);
			if (bank) banks.delete(slug);
			else {
				bank = fromJson<Bank>(readFileSync(bankFile(dir, slug), 'utf8'));
				if (banks.size >= KEPT_BANKS) banks.delete(banks.keys().next().value as string);
			}
			banks.set(slug, bank);
			return bank;
		}
	};
}

/** Lesson HTML of one module, file to HTML, stored with the key of the files it was made from. */
interface StoredLessons {
	key: string;
	html: Record<string, string>;
}

/** Where the module `slug`'s lesson HTML is kept in the folder `dir`. */
function lessonsFile(dir: string, slug: string): string {
	return join(dir, `${encodeURIComponent(slug)}.json`);
}

/**
 * Writes the lesson HTML of a module into `dir` unless it is already there for the same `key` (the module's
 * files and the code); `render` makes the HTML of each file. Returns whether anything was rendered.
 */
export async function storeLessons(
	dir: string,
	slug: string,
	key: string,
	files: string[],
	render: (file: string) => Promise<string>
): Promise<boolean> {
	const file = lessonsFile(dir, slug);
	// The key beside the HTML, so an unchanged module costs reading 64 characters, not its whole lessons.
	const keyFile = `${file}.key`;
	if (existsSync(file) && existsSync(keyFile) && readFileSync(keyFile, 'utf8') === key)
		return false;
	const html: Record<string, string> = {};
	for (const f of files) html[f] = await render(f);
	mkdirSync(dir, { recursive: true });
	writeFileSync(file, JSON.stringify({ key, html } satisfies StoredLessons));
	// The key last: an interrupted write leaves HTML without a key, which is made again.
	writeFileSync(keyFile, key);
	return true;
}

/** Reads lesson HTML that `storeLessons` wrote, one module's file at a time (kept once read). */
export function lessonReader(dir: string): (file: string) => string | undefined {
	const modules = new Map<string, Record<string, string>>();
	return (file) => {
		// `src/lessons/<module>/…`
		const slug = file.split('/')[2];
		let html = modules.get(slug);
		if (!html) {
			const path = lessonsFile(dir, slug);
			html = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as StoredLessons).html : {};
			modules.set(slug, html);
		}
		return html[file];
	};
}
