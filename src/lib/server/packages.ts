import { base } from '$app/paths';
import { toGift } from '$lib/exchange/gift';
import { EXPORT_FORMATS, exportFileName, type ExportFormat } from '$lib/exchange/files';
import { exportModule } from '$lib/exchange/module';
import { qtiPackage } from '$lib/exchange/qti';
import { bankFor, findModule } from './content';
import { scormAssetsVersion, scormPackage } from './scorm-build';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportsDir, moduleKey } from 'virtual:briefing/site';

/** One built LMS package (SCORM, QTI or GIFT file): its bytes and the content type to serve them with. */
export interface BuiltPackage {
	/** File name, as in the URL. */
	file: string;
	/** The format. */
	format: ExportFormat;
	/** The file's bytes. */
	bytes: Uint8Array;
	/** Content type for the response. */
	type: string;
}

// Built once per build: the download route and the module page (for sizes) ask for the same files.
const built = new Map<string, Promise<BuiltPackage | undefined>>();

/** A module's package in one format, or undefined when the module has no question bank. */
export function buildPackage(
	slug: string,
	format: ExportFormat
): Promise<BuiltPackage | undefined> {
	const key = `${slug}/${format}`;
	let result = built.get(key);
	if (!result) built.set(key, (result = make(slug, format)));
	return result;
}

/**
 * The archive made by an earlier build for the same module files, code and shared SCORM assets, if any: editing
 * one module of a thousand then remakes only that module's archives. Undefined while developing.
 */
function kept(slug: string, format: ExportFormat, make: () => Promise<Uint8Array>) {
	const moduleVersion = moduleKey(slug);
	if (exportsDir === undefined || moduleVersion === undefined) return make();
	const dir = exportsDir;
	const key = createHash('sha256')
		// The base path too: the sub-path build shares the cache.
		.update(`${moduleVersion}\0${format}\0${base}\0`)
		.update(format.startsWith('scorm') ? scormAssetsVersion() : '')
		.digest('hex');
	const file = join(dir, `${encodeURIComponent(slug)}.${format}`);
	if (existsSync(`${file}.key`) && readFileSync(`${file}.key`, 'utf8') === key)
		return Promise.resolve(new Uint8Array(readFileSync(file)));
	return make().then((bytes) => {
		mkdirSync(dir, { recursive: true });
		writeFileSync(file, bytes);
		// The key last: an interrupted write leaves an archive without a key, which is made again.
		writeFileSync(`${file}.key`, key);
		return bytes;
	});
}

async function make(slug: string, format: ExportFormat): Promise<BuiltPackage | undefined> {
	const module = findModule(slug);
	const bank = bankFor(slug);
	if (!module || !bank) return undefined;
	const input = { module: exportModule(module), items: bank.items };
	const bytes = await kept(slug, format, async () =>
		format === 'gift'
			? new TextEncoder().encode(toGift(input.module, input.items))
			: format === 'qti3'
				? qtiPackage(input)
				: await scormPackage(module, bank.items, format)
	);
	return {
		file: exportFileName(slug, format),
		format,
		bytes,
		type: format === 'gift' ? 'text/plain; charset=utf-8' : 'application/zip'
	};
}

/** Every package of a module with its size, for the download links. */
export async function packageList(
	slug: string
): Promise<{ format: ExportFormat; file: string; bytes: number }[]> {
	const all = await Promise.all(EXPORT_FORMATS.map((format) => buildPackage(slug, format)));
	return all.flatMap((e) => (e ? [{ format: e.format, file: e.file, bytes: e.bytes.length }] : []));
}
