import { error } from '@sveltejs/kit';
import { EXPORT_FORMATS, exportFileName, formatOfFile } from '$lib/exchange/files';
import { modulesWithBank } from '$lib/server/content';
import { buildPackage } from '$lib/server/packages';
import type { EntryGenerator, RequestHandler } from './$types';
import { moduleEntries } from '$lib/server/module-entries';

export const prerender = true;

// Every module with a bank gets its downloads for schools' systems, written as files by adapter-static.
export const entries: EntryGenerator = moduleEntries(() =>
	modulesWithBank().flatMap((m) =>
		EXPORT_FORMATS.map((f) => ({ module: m.slug, file: exportFileName(m.slug, f) }))
	)
);

export const GET: RequestHandler = async ({ params }) => {
	const format = formatOfFile(params.module, params.file);
	const built = format && (await buildPackage(params.module, format));
	if (!built) error(404, `No export called “${params.file}”.`);
	return new Response(built.bytes as Uint8Array<ArrayBuffer>, {
		headers: { 'content-type': built.type }
	});
};
