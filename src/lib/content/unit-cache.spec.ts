import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSite, buildUnit, groupFiles, type ModuleUnit } from '../site.ts';
import type { Bank } from '../questions/bank.ts';
import { corpusBank, corpusModules } from '../testing/corpus.ts';
import { FIXTURE_MODULE, fixtureFiles } from '../testing/module.ts';
import {
	diskUnitCache,
	fromJson,
	readServerSite,
	toJson,
	unitKey,
	storeBank,
	writeSite
} from './unit-cache.ts';

const dirs: string[] = [];
function tempDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'briefing-units-'));
	dirs.push(dir);
	return dir;
}
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const moduleFile = (title: string) =>
	`---\ntitle: ${title}\nsummary: A short summary of the module.\nsource:\n  date: '2025'\nobjectives:\n  - Say what happened.\nlevel: introductory\ntags: [science]\n---\n`;
const section =
	'---\ntitle: What happened\ndiscussion:\n  - What would you ask next?\n  - Who gains from it?\n---\n\n## The event\n\nA body paragraph in our own words.\n';
function files(titles: Record<string, string>): Record<string, string> {
	return Object.fromEntries(
		Object.entries(titles).flatMap(([slug, title]) => [
			[`src/lessons/${slug}/module.md`, moduleFile(title)],
			[`src/lessons/${slug}/01-what-happened.md`, section]
		])
	);
}

describe('the content cache', () => {
	it('rebuilds only the module whose files changed, and the site is the same as built without it', () => {
		const dir = tempDir();
		const source = files({ alpha: 'Alpha', beta: 'Beta' });
		const first = diskUnitCache(dir, 'v1');
		const built = buildSite(source, first);
		expect([first.built, first.hits]).toEqual([2, 0]);
		expect(built).toEqual(buildSite(source));

		const again = diskUnitCache(dir, 'v1');
		expect(buildSite(source, again)).toEqual(built);
		expect([again.built, again.hits]).toEqual([0, 2]);

		const edited = { ...source, 'src/lessons/beta/module.md': moduleFile('Beta, revised') };
		const third = diskUnitCache(dir, 'v1');
		const site = buildSite(edited, third);
		expect([third.built, third.hits]).toEqual([1, 1]);
		expect(site.index.modules.map((m) => m.title)).toEqual(['Alpha', 'Beta, revised']);
	});

	it('rebuilds every module when the building code changes', () => {
		const dir = tempDir();
		const source = files({ alpha: 'Alpha' });
		buildSite(source, diskUnitCache(dir, 'v1'));
		const newer = diskUnitCache(dir, 'v2');
		buildSite(source, newer);
		expect(newer.built).toBe(1);
	});

	it('still reports a module’s problems when they come from the cache', () => {
		const dir = tempDir();
		const source = { ...files({ alpha: 'Alpha' }), 'src/lessons/alpha/02-next.md': 'TODO\n' };
		const message = () => {
			try {
				buildSite(source, diskUnitCache(dir, 'v1'));
				return '';
			} catch (error) {
				return (error as Error).message;
			}
		};
		const first = message();
		expect(first).toMatch(/^src\/lessons\/alpha\/02-next\.md:1: placeholder left to write/m);
		expect(message()).toBe(first);
	});

	it('treats a damaged cache file as a miss and replaces it', () => {
		const dir = tempDir();
		const source = files({ alpha: 'Alpha' });
		buildSite(source, diskUnitCache(dir, 'v1'));
		const file = join(dir, 'alpha.json');
		writeFileSync(file, '{ not json');
		const cache = diskUnitCache(dir, 'v1');
		expect(buildSite(source, cache).index.modules).toHaveLength(1);
		expect(cache.built).toBe(1);
		expect(() => JSON.parse(readFileSync(file, 'utf8'))).not.toThrow();
	});

	it('reads a kept unit’s items and documents only when asked for, building again if they are damaged', () => {
		const dir = tempDir();
		const group = groupFiles(fixtureFiles()).get(FIXTURE_MODULE)!;
		let builds = 0;
		const build = () => {
			builds++;
			return buildUnit(group);
		};
		const fresh = diskUnitCache(dir, 'v1').unit(FIXTURE_MODULE, group, build);
		expect(builds).toBe(1);
		// The second file holds most of the unit: a build after one edit never parses it for the others.
		const light = statSync(join(dir, `${FIXTURE_MODULE}.json`)).size;
		expect(statSync(join(dir, `${FIXTURE_MODULE}.heavy.json`)).size).toBeGreaterThan(light);

		const kept = diskUnitCache(dir, 'v1').unit(FIXTURE_MODULE, group, build);
		expect(kept).toEqual(fresh);
		expect(builds).toBe(1);
		writeFileSync(join(dir, `${FIXTURE_MODULE}.heavy.json`), '{ damaged');
		const again = diskUnitCache(dir, 'v1');
		const unit = again.unit(FIXTURE_MODULE, group, build);
		expect(again.hits).toBe(1);
		expect(builds).toBe(1);
		expect(unit.banks[0][1].items).toEqual(fresh.banks[0][1].items);
		expect(builds).toBe(2);
		expect(unit.modules[0].questions?.facts).toEqual(fresh.modules[0].questions?.facts);
	});

	it('keys a unit by every file’s name and text', () => {
		expect(unitKey('v', { a: 'x', b: 'y' })).toBe(unitKey('v', { b: 'y', a: 'x' }));
		expect(unitKey('v', { a: 'x' })).not.toBe(unitKey('v', { a: 'y' }));
		expect(unitKey('v', { a: 'x' })).not.toBe(unitKey('v', { b: 'x' }));
		expect(unitKey('v', { a: 'x' })).not.toBe(unitKey('w', { a: 'x' }));
	});

	it('gives back question banks exactly as built (the corpus of other fields)', () => {
		for (const m of corpusModules()) {
			const bank = corpusBank(m);
			const back = fromJson<Bank>(toJson(bank));
			expect(back, m.slug).toEqual(bank);
			// Compared as JSON too: a field left undefined must not become a missing one, or the reverse.
			expect(toJson(back), m.slug).toBe(toJson(bank));
			expect(back.file.alternatives).toBeInstanceOf(Map);
		}
	});

	it('keeps Maps through JSON', () => {
		const value = { m: new Map([['k', ['a', 'b']]]), n: [1, { s: 'x' }] };
		expect(fromJson(toJson(value))).toEqual(value);
		const unit: ModuleUnit = { modules: [], banks: [], problems: [] };
		expect(fromJson(toJson(unit))).toEqual(unit);
	});

	it('writes the site for the server and reads it back, each bank only when asked for', () => {
		const site = buildSite(fixtureFiles());
		const [module] = site.index.modules;
		const bank = site.banks.get(module.slug)!;
		const dir = join(tempDir(), 'site');
		writeSite(dir, site, { [module.slug]: 'key-1' });
		const back = readServerSite(dir);
		expect(back.index.tags).toEqual(site.index.tags);
		// Everything of each module but its parsed facts and questions documents, which no page reads.
		expect(module.questions?.facts).not.toBeUndefined();
		expect(back.index.modules).toEqual([
			{ ...module, questions: { ...module.questions, facts: undefined, questions: undefined } }
		]);
		expect(back.index.modules[0].questions).not.toHaveProperty('facts');
		// The item ids and facts come with the index; the bank is read from its own file.
		expect(back.itemIds(module.slug)).toEqual(bank.items.map((i) => i.id));
		expect(back.facts(module.slug)).toEqual(bank.facts);
		const bankPath = join(dir, 'banks', `${module.slug}.json`);
		writeFileSync(bankPath, toJson({ ...bank, items: bank.items.slice(0, 1) }));
		expect(back.bank(module.slug)?.items).toHaveLength(1);
		expect(back.bank('nowhere')).toBeUndefined();
		expect(back.itemIds('nowhere')).toBeUndefined();
		// Written again under the same key, the bank file is left as it is; under a new key it is rewritten.
		writeSite(dir, site, { [module.slug]: 'key-1' });
		expect(fromJson<Bank>(readFileSync(bankPath, 'utf8')).items).toHaveLength(1);
		writeSite(dir, site, { [module.slug]: 'key-2' });
		expect(readServerSite(dir).bank(module.slug)).toEqual(bank);
		// A bank stored as its module was built is current for the site written after, under the same key.
		storeBank(dir, module.slug, 'key-3', { ...bank, items: bank.items.slice(0, 2) });
		writeSite(dir, site, { [module.slug]: 'key-3' });
		expect(readServerSite(dir).bank(module.slug)?.items).toHaveLength(2);
		// A module the site no longer has leaves no bank behind.
		writeSite(dir, { index: { modules: [], tags: [] }, banks: new Map() }, {});
		expect(readdirSync(join(dir, 'banks'))).toEqual([]);
	});
});
