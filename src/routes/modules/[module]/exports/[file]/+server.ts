import { error } from '@sveltejs/kit';
import { toGift } from '$lib/exchange/gift';
import { EXPORT_FORMATS, exportFileName, formatOfFile } from '$lib/exchange/files';
import { exportModule } from '$lib/exchange/module';
import { qtiPackage } from '$lib/exchange/qti';
import { scormPackage } from '$lib/server/scorm-build';
import { bankFor, content, findModule } from '$lib/server/content';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

// Every module with a bank gets its downloads for schools' systems, written as files by adapter-static.
export const entries: EntryGenerator = () =>
	content.modules
		.filter((m) => bankFor(m.slug))
		.flatMap((m) => EXPORT_FORMATS.map((f) => ({ module: m.slug, file: exportFileName(m.slug, f) })));

export const GET: RequestHandler = ({ params }) => {
	const module = findModule(params.module);
	const bank = bankFor(params.module);
	const format = formatOfFile(params.module, params.file);
	if (!module || !bank || !format) error(404, `No export called “${params.file}”.`);
	const input = { module: exportModule(module), items: bank.items };
	if (format === 'gift') {
		return new Response(toGift(input.module, input.items), {
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		});
	}
	const zip = format === 'qti3' ? qtiPackage(input) : scormPackage(module, bank.items, format);
	return new Response(zip as Uint8Array<ArrayBuffer>, { headers: { 'content-type': 'application/zip' } });
};
