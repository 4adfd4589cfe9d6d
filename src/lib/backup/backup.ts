import { progressFragment, withProgressFragment } from '../progress/fragment.ts';
import { plural } from '../format.ts';
import { mergeProgress } from '../progress/merge.ts';
import { emptyProgress, migrate } from '../progress/schema.ts';
import type { ProgressData } from '../progress/schema.ts';
import { progressKey, slugOfKey } from '../progress/storage.ts';
import { isQuotaError, type StorageLike } from '../storage/storage.ts';
import {
	emptyReview,
	mergeReview,
	parseReview,
	readReview,
	reviewFragment,
	reviewKey,
	reviewModules,
	slugOfReviewKey,
	withReviewFragment
} from '../review/review-data.ts';
import type { ReviewData } from '../review/review-data.ts';
import type { RatingEvent } from '../review/ratings.ts';

/** What the `format` field of every backup says (stored in learners' files: never change it). */
export const BACKUP_FORMAT = 'briefing-progress';

/** Version of the backup document. 1: first release. */
export const BACKUP_VERSION = 1;

/** Everything stored about a learner: quiz progress and review ratings. */
export interface AllProgress {
	/** Attempts and per-question history of every module. */
	progress: ProgressData;
	/** Review and flashcard ratings of every module. */
	review: ReviewData;
}

/** One module in a backup: what its two storage keys hold. */
export interface BackupModule {
	/** The module's part of the quiz progress, as `briefing:v1:progress:<module>` holds it. */
	progress?: ProgressData;
	/** The module's review ratings, as `briefing:v1:review:<module>` holds them. */
	review?: ReviewData;
}

/** The backup file the learner downloads (the page calls it an export). */
export interface BackupDocument {
	/** Always BACKUP_FORMAT: tells a Briefing backup from any other JSON. */
	format: typeof BACKUP_FORMAT;
	/** BACKUP_VERSION when written. */
	version: number;
	/** When it was exported, ISO 8601, for the learner's eyes. */
	exportedAt: string;
	/** Module slug to its data. */
	modules: Record<string, BackupModule>;
}

/** A module of the file that could not be read; it is left out of the import. */
export interface DamagedModule {
	/** Its slug. */
	module: string;
	/** What is wrong with it, as a sentence. */
	error: string;
}

/** The readable part of a backup. */
export interface ImportedFile {
	/** When it was exported, as the file says. */
	exportedAt: string;
	/** Slugs of the modules read, sorted: the modules a replace replaces. */
	modules: string[];
	/** Their data. */
	data: AllProgress;
}

/** A backup read: its good modules and the damaged ones, or why the file cannot be used at all. */
export type ParseBackupResult =
	{ file: ImportedFile; damaged: DamagedModule[] } | { error: string };

/** Empty quiz progress and no review ratings. */
export function emptyAll(): AllProgress {
	return { progress: emptyProgress(), review: emptyReview() };
}

/** Slugs of the modules with any quiz progress, sorted. */
export function progressModules(data: ProgressData): string[] {
	const slugs = new Set(Object.keys(data.modules));
	for (const key of Object.keys(data.questions)) slugs.add(key.slice(0, key.indexOf('/')));
	return [...slugs].sort();
}

/** Slugs of the modules the learner has answered or rated anything in, sorted. */
export function studiedModules(progress: ProgressData, review: ReviewData): string[] {
	return [...new Set([...progressModules(progress), ...reviewModules(review)])].sort();
}

function allModules(all: AllProgress): string[] {
	return studiedModules(all.progress, all.review);
}

/** The backup of everything, one entry per module with any data. */
export function backupDocument(all: AllProgress, now: number): BackupDocument {
	const modules = allModules(all).map((slug): [string, BackupModule] => {
		const entry: BackupModule = {};
		const progress = progressFragment(all.progress, slug);
		if (Object.keys(progress.modules).length + Object.keys(progress.questions).length > 0)
			entry.progress = progress;
		const review = reviewFragment(all.review, slug);
		if (Object.keys(review.ratings).length > 0) entry.review = review;
		return [slug, entry];
	});
	return {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt: new Date(now).toISOString(),
		modules: Object.fromEntries(modules)
	};
}

// Same key order as storage/canonical-json.ts, so equal data always backs up as equal text.
function sortKeys(_key: string, value: unknown): unknown {
	return value && typeof value === 'object' && !Array.isArray(value)
		? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
		: value;
}

/** The backup as the text of a file: keys sorted and indented, so a curious learner can read it. */
export function backupText(all: AllProgress, now: number): string {
	return `${JSON.stringify(backupDocument(all, now), sortKeys, '\t')}\n`;
}

/** A stored value that could not be read, so it is missing from what was collected. */
export interface StoredProblem {
	/** Its storage key. */
	key: string;
	/** What is wrong with it. */
	error: string;
}

/** What storage holds, and what in it could not be read. */
export interface CollectedProgress {
	/** Every readable value, combined. */
	data: AllProgress;
	/** The values left out, by key; empty when all were read. */
	problems: StoredProblem[];
}

/**
 * Every `briefing:v1:progress:*` and `briefing:v1:review:*` value in storage, read and combined, with the
 * values that could not be read listed rather than dropped silently.
 */
export function collectStored(storage: StorageLike): CollectedProgress {
	let data = emptyAll();
	const problems: StoredProblem[] = [];
	try {
		const keys: string[] = [];
		for (let i = 0; i < storage.length; i++) {
			const key = storage.key(i);
			if (key !== null) keys.push(key);
		}
		for (const key of keys.sort()) {
			const progressSlug = slugOfKey(key);
			const reviewSlug = slugOfReviewKey(key);
			if (progressSlug === null && reviewSlug === null) continue;
			const raw = storage.getItem(key);
			if (raw === null) continue;
			if (progressSlug !== null) {
				const result = parseStoredProgress(raw);
				if ('data' in result) {
					const part = progressFragment(result.data, progressSlug);
					data = { ...data, progress: mergeProgress(data.progress, part) };
				} else problems.push({ key, error: result.error });
			} else if (reviewSlug !== null) {
				const result = parseReview(raw, reviewSlug);
				if ('data' in result) data = { ...data, review: mergeReview(data.review, result.data) };
				else problems.push({ key, error: result.error });
			}
		}
	} catch {
		problems.push({ key: '', error: 'The browser would not let the site read its storage.' });
	}
	return { data, problems };
}

function parseStoredProgress(raw: string): { data: ProgressData } | { error: string } {
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		return { error: 'The quiz progress is not valid JSON.' };
	}
	const result = migrate(value);
	return 'data' in result ? result : { error: `The quiz progress is damaged (${result.error}).` };
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A module of the file, or what is wrong with it. */
function readModule(slug: string, value: unknown): AllProgress | { error: string } {
	if (!isObject(value)) return { error: `Module "${slug}" is not an object.` };
	if (value.progress === undefined && value.review === undefined) {
		return { error: `Module "${slug}" has neither quiz progress nor review ratings.` };
	}
	let progress = emptyProgress();
	if (value.progress !== undefined) {
		const result = migrate(value.progress);
		if (!('data' in result)) {
			return result.newer
				? { error: `The quiz progress of "${slug}" was saved by a newer version of Briefing.` }
				: { error: `The quiz progress of "${slug}" is damaged (${result.error}).` };
		}
		progress = result.data;
		const foreign = progressModules(progress).find((s) => s !== slug);
		if (foreign !== undefined) {
			return { error: `The quiz progress of "${slug}" holds progress of module "${foreign}".` };
		}
	}
	let review = emptyReview();
	if (value.review !== undefined) {
		const result = readReview(value.review, slug);
		if (!('data' in result)) {
			return { error: `The review ratings of "${slug}" cannot be read: ${result.error}` };
		}
		review = result.data;
	}
	return { progress, review };
}

/**
 * Reads a backup file. The whole file is refused when it is not JSON, not a Briefing backup, or from a
 * newer version; a damaged module is left out and listed, and the other modules are kept.
 */
export function parseBackup(text: string): ParseBackupResult {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return { error: 'This file is not a Briefing progress export: it is not valid JSON.' };
	}
	if (!isObject(value) || value.format !== BACKUP_FORMAT) {
		return { error: 'This file is not a Briefing progress export.' };
	}
	const { version, exportedAt, modules } = value;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return { error: 'This Briefing export is damaged: it has no valid version number.' };
	}
	if (version > BACKUP_VERSION) {
		return {
			error: `This file was exported by a newer version of Briefing (format ${version}). Reload the site to get the newest version, then import the file again.`
		};
	}
	if (typeof exportedAt !== 'string') {
		return { error: 'This Briefing export is damaged: it does not say when it was exported.' };
	}
	if (!isObject(modules)) {
		return { error: 'This Briefing export is damaged: it has no list of modules.' };
	}
	let data = emptyAll();
	const read: string[] = [];
	const damaged: DamagedModule[] = [];
	for (const slug of Object.keys(modules).sort()) {
		const part = slug === '' || slug.includes('/') ? null : readModule(slug, modules[slug]);
		if (part === null) damaged.push({ module: slug, error: `"${slug}" is not a module name.` });
		else if ('error' in part) damaged.push({ module: slug, error: part.error });
		else {
			read.push(slug);
			data = {
				progress: mergeProgress(data.progress, part.progress),
				review: mergeReview(data.review, part.review)
			};
		}
	}
	return { file: { exportedAt, modules: read, data }, damaged };
}

/** How to bring a file in: merge with what is here, or replace the file's modules with the file's data. */
export type ImportMode = 'merge' | 'replace';

/** What an import does to one module of the file. */
export interface ModuleImport {
	/** Its slug. */
	module: string;
	/** Finished attempts in the file and not here. */
	attemptsAdded: number;
	/** Finished attempts here that stay. */
	attemptsKept: number;
	/** Finished attempts here that go (replace only). */
	attemptsRemoved: number;
	/** Review ratings in the file and not here. */
	ratingsAdded: number;
	/** Review ratings here that stay. */
	ratingsKept: number;
	/** Review ratings here that go (replace only). */
	ratingsRemoved: number;
}

/** What an import does, to show before the learner confirms it. */
export interface ImportSummary {
	/** Merge or replace. */
	mode: ImportMode;
	/** Each module of the file, sorted by slug. */
	modules: ModuleImport[];
	/** Modules with data here that the file does not mention: left exactly as they are. */
	untouched: string[];
}

/** The data after an import, and what changed. */
export interface ImportPlan {
	/** Everything, as it will be stored. */
	data: AllProgress;
	/** What the import adds, keeps and removes. */
	summary: ImportSummary;
}

function attemptIds(data: ProgressData, slug: string): Set<string> {
	if (!Object.hasOwn(data.modules, slug)) return new Set();
	const m = data.modules[slug];
	return new Set([...m.attempts, ...(m.summaries ?? [])].map((a) => a.id));
}

function ratingIds(data: ReviewData, slug: string): Set<string> {
	const ids = new Set<string>();
	const event = (key: string, e: RatingEvent) => `${key}\u0000${e.at}\u0000${e.rating}`;
	for (const [key, log] of Object.entries(reviewFragment(data, slug).ratings))
		for (const e of log) ids.add(event(key, e));
	return ids;
}

function counts(before: Set<string>, after: Set<string>) {
	const kept = [...before].filter((id) => after.has(id)).length;
	return { added: after.size - kept, kept, removed: before.size - kept };
}

/**
 * The data an import would leave, and a summary of it. Merge keeps every record from both sides (the
 * same merge as two tabs); replace swaps the file's modules for the file's data and leaves every other
 * module as it is.
 */
export function planImport(current: AllProgress, file: ImportedFile, mode: ImportMode): ImportPlan {
	let data: AllProgress;
	if (mode === 'merge') {
		data = {
			progress: mergeProgress(current.progress, file.data.progress),
			review: mergeReview(current.review, file.data.review)
		};
	} else {
		data = current;
		for (const slug of file.modules) {
			data = {
				progress: withProgressFragment(data.progress, slug, file.data.progress),
				review: withReviewFragment(data.review, slug, file.data.review)
			};
		}
		// Normalised the way a merge leaves data, so a replace and a merge of the same file compare equal.
		data = {
			progress: mergeProgress(data.progress, data.progress),
			review: mergeReview(data.review, data.review)
		};
	}
	const modules = file.modules.map((slug): ModuleImport => {
		const attempts = counts(attemptIds(current.progress, slug), attemptIds(data.progress, slug));
		const ratings = counts(ratingIds(current.review, slug), ratingIds(data.review, slug));
		return {
			module: slug,
			attemptsAdded: attempts.added,
			attemptsKept: attempts.kept,
			attemptsRemoved: attempts.removed,
			ratingsAdded: ratings.added,
			ratingsKept: ratings.kept,
			ratingsRemoved: ratings.removed
		};
	});
	const inFile = new Set(file.modules);
	const untouched = allModules(current).filter((slug) => !inFile.has(slug));
	return { data, summary: { mode, modules, untouched } };
}

/** The summary in sentences, one per module and one for the modules left alone; `titles` names modules by slug. */
export function describeImport(
	summary: ImportSummary,
	titles: Readonly<Record<string, string>> = {}
): string[] {
	// People know a module by its title; the slug is only for a module this site no longer has.
	const name = (slug: string) => (Object.hasOwn(titles, slug) ? titles[slug] : slug);
	const lines = summary.modules.map((m) => {
		const attempts = `${plural(m.attemptsAdded, 'quiz attempt')} and ${plural(m.ratingsAdded, 'review rating')} added`;
		if (summary.mode === 'merge') {
			return `${name(m.module)}: ${attempts}; everything already here is kept.`;
		}
		const removed =
			m.attemptsRemoved + m.ratingsRemoved === 0
				? 'nothing here is lost'
				: `${plural(m.attemptsRemoved, 'quiz attempt')} and ${plural(m.ratingsRemoved, 'review rating')} here are removed`;
		return `${name(m.module)}: replaced by the file; ${attempts}, ${removed}.`;
	});
	if (summary.untouched.length > 0) {
		lines.push(`Not in the file, so left as they are: ${summary.untouched.map(name).join(', ')}.`);
	}
	return lines;
}

/** One write to storage, shaped like the `storage` event other tabs receive for it. */
export interface StorageChange {
	/** The key written or removed. */
	key: string;
	/** The new value, or null to remove the key. */
	newValue: string | null;
}

/**
 * The storage writes that carry out an import, for the file's modules only. A replace first removes each
 * key: other tabs then drop the module before taking the new value, instead of merging the replaced
 * records back in. Feed the same changes to this tab's stores (`applyExternalChange`), which never hear
 * their own tab's writes.
 */
export function importWrites(plan: ImportPlan): StorageChange[] {
	const changes: StorageChange[] = [];
	for (const { module: slug } of plan.summary.modules) {
		const progress = progressFragment(plan.data.progress, slug);
		const review = reviewFragment(plan.data.review, slug);
		const parts: [string, unknown, boolean][] = [
			[progressKey(slug), progress, progressModules(progress).length > 0],
			[reviewKey(slug), review, Object.keys(review.ratings).length > 0]
		];
		for (const [key, value, present] of parts) {
			if (plan.summary.mode === 'replace') changes.push({ key, newValue: null });
			if (present) changes.push({ key, newValue: JSON.stringify(value) });
		}
	}
	return changes;
}

/** Makes the writes in order; on failure says why in a sentence (what was written before it stays). */
export function applyChanges(
	storage: StorageLike,
	changes: readonly StorageChange[]
): { ok: true } | { error: string } {
	try {
		for (const { key, newValue } of changes) {
			if (newValue === null) storage.removeItem(key);
			else storage.setItem(key, newValue);
		}
		return { ok: true };
	} catch (e) {
		return isQuotaError(e)
			? { error: 'The browser’s storage for this site is full, so the import could not be saved.' }
			: { error: 'The browser would not let the site save the import.' };
	}
}

export { progressFragment, withProgressFragment };
