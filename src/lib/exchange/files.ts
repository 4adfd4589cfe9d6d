/** The export formats, in the order the teacher sees them. */
export type ExportFormat = 'gift' | 'qti3' | 'scorm12' | 'scorm2004';

/** Every format's download, for the route's entries and the links. */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['gift', 'qti3', 'scorm12', 'scorm2004'];

/** The file name of a module's export in one format. */
export function exportFileName(slug: string, format: ExportFormat): string {
	return format === 'gift' ? `${slug}.gift.txt` : `${slug}-${format}.zip`;
}

/** The format a requested file name stands for, if it is one of the module's exports. */
export function formatOfFile(slug: string, file: string): ExportFormat | undefined {
	return EXPORT_FORMATS.find((f) => exportFileName(slug, f) === file);
}
