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

/** What the teacher reads about each format beside its link. */
export const EXPORT_INFO: Record<ExportFormat, { name: string; about: string }> = {
	gift: {
		name: 'GIFT questions (Moodle)',
		about: 'Every question as text for Moodle’s question bank: Import, format GIFT.'
	},
	qti3: {
		name: 'QTI 3.0 package',
		about:
			'One scored item per question plus a test, for LMSs and item banks that import QTI 3 (zip, unchanged).'
	},
	scorm12: {
		name: 'SCORM 1.2 package',
		about:
			'The lessons and the quiz as one activity that reports score, pass or fail and resumes where the learner stopped (upload the zip as is).'
	},
	scorm2004: {
		name: 'SCORM 2004 package',
		about: 'The same activity for platforms that prefer SCORM 2004 (4th edition).'
	}
};

/** A size in kB or MB, as a download link shows it. */
export function fileSize(bytes: number): string {
	if (bytes < 1000) return `${bytes} bytes`;
	if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} kB`;
	return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
