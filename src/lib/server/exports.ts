import { toGift } from '$lib/exchange/gift';
import { EXPORT_FORMATS, exportFileName, type ExportFormat } from '$lib/exchange/files';
import { exportModule } from '$lib/exchange/module';
import { qtiPackage } from '$lib/exchange/qti';
import { bankFor, findModule } from './content';
import { scormPackage } from './scorm-build';

/** One built export: its bytes and the content type to serve them with. */
export interface BuiltExport {
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
const built = new Map<string, BuiltExport>();

/** A module's export in one format, or undefined when the module has no question bank. */
export function buildExport(slug: string, format: ExportFormat): BuiltExport | undefined {
	const key = `${slug}/${format}`;
	const cached = built.get(key);
	if (cached) return cached;
	const module = findModule(slug);
	const bank = bankFor(slug);
	if (!module || !bank) return undefined;
	const input = { module: exportModule(module), items: bank.items };
	const bytes =
		format === 'gift'
			? new TextEncoder().encode(toGift(input.module, input.items))
			: format === 'qti3'
				? qtiPackage(input)
				: scormPackage(module, bank.items, format);
	const result: BuiltExport = {
		file: exportFileName(slug, format),
		format,
		bytes,
		type: format === 'gift' ? 'text/plain; charset=utf-8' : 'application/zip'
	};
	built.set(key, result);
	return result;
}

/** Every export of a module with its size, for the download links. */
export function exportList(slug: string): { format: ExportFormat; file: string; bytes: number }[] {
	return EXPORT_FORMATS.flatMap((format) => {
		const e = buildExport(slug, format);
		return e ? [{ format, file: e.file, bytes: e.bytes.length }] : [];
	});
}
