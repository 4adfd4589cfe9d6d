import { array, num, record, ShapeError, str, strings } from '../progress/json-shape.ts';
import { flagSentences, type ItemAnalysis, type ItemFlag } from './item-analysis.ts';

/*
 * The file a teacher hands back to the question author: `item-stats-<assignment id>.json`, the questions a
 * class flagged with their figures. The gradebook writes it; `npm run questions -- review <module> --stats`
 * and `doctor --stats` read it, so one module owns the format for both.
 */

/** The `format` field that says a JSON file is one of these. */
export const ITEM_STATS_FORMAT = 'briefing-item-stats';

/** Version of the file format; `parseItemStats` reads this one and every earlier one. */
export const ITEM_STATS_VERSION = 1;

const FLAGS: readonly ItemFlag[] = ['arguable-key', 'unchosen-option', 'all-correct'];

/** One option's figures in the file. */
export interface StatsOption {
	/** Option id. */
	id: string;
	/** Its text when the class answered. */
	text: string;
	/** In the answer key. */
	key: boolean;
	/** Students who chose it. */
	chosen: number;
}

/** One flagged question's figures in the file. */
export interface StatsItem {
	/** Item id, as in the bank. */
	id: string;
	/** Its position in the assignment (Q1, Q2…). */
	number: number;
	/** The stem the class read. */
	stem: string;
	/** Students who saw it. */
	seen: number;
	/** Share of credit, 0..1. */
	facility: number;
	/** Item-rest correlation, or null when undefined. */
	discrimination: number | null;
	/** The flags, as codes. */
	flags: ItemFlag[];
	/** The flags in words, options named. */
	notes: string[];
	/** For choice questions, each option; absent for other types. */
	options?: StatsOption[];
}

/** A class's flagged questions, for the author. */
export interface ItemStats {
	/** ITEM_STATS_FORMAT. */
	format: typeof ITEM_STATS_FORMAT;
	/** ITEM_STATS_VERSION. */
	version: number;
	/** Module slug. */
	module: string;
	/** Assignment id (the checksum of its link code). */
	assignment: string;
	/** The assignment's title. */
	title: string;
	/** Students in the gradebook. */
	students: number;
	/** When the teacher saved it, ISO 8601. */
	savedAt: string;
	/** Only the flagged questions, in assignment order. */
	items: StatsItem[];
}

/** The file name: `item-stats-<assignment id>.json`. */
export function itemStatsFileName(assignmentId: string): string {
	return `item-stats-${assignmentId}.json`;
}

/** The flagged questions of an analysis with their figures; a small class has none to give. */
export function itemStats(
	analysis: ItemAnalysis,
	about: { module: string; assignment: string; title: string; savedAt: Date }
): ItemStats {
	return {
		format: ITEM_STATS_FORMAT,
		version: ITEM_STATS_VERSION,
		module: about.module,
		assignment: about.assignment,
		title: about.title,
		students: analysis.students,
		savedAt: about.savedAt.toISOString(),
		items: analysis.items
			.filter((i) => i.flags.length > 0 && i.facility !== null)
			.map((i) => ({
				id: i.id,
				number: i.number,
				stem: i.stem,
				seen: i.seen,
				facility: Math.round((i.facility ?? 0) * 1000) / 1000,
				discrimination:
					i.discrimination === null ? null : Math.round(i.discrimination * 1000) / 1000,
				flags: i.flags,
				notes: flagSentences(i),
				...(i.options
					? {
							options: i.options.map((o) => ({
								id: o.id,
								text: o.text,
								key: o.key,
								chosen: o.chosen
							}))
						}
					: {})
			}))
	};
}

/** The file's text. */
export function itemStatsJson(stats: ItemStats): string {
	return `${JSON.stringify(stats, null, '\t')}\n`;
}

/** A file read back, or a sentence on why it cannot be used. */
export type ParsedItemStats = { ok: true; stats: ItemStats } | { ok: false; error: string };

function readItem(v: unknown, path: string): StatsItem {
	const o = record(v, path);
	const discrimination =
		o.discrimination === null ? null : num(o.discrimination, `${path}.discrimination`);
	const flags = strings(o.flags, `${path}.flags`).map((f, i) => {
		if (!(FLAGS as readonly string[]).includes(f))
			throw new ShapeError(`${path}.flags[${i}]: expected a flag`);
		return f as ItemFlag;
	});
	const item: StatsItem = {
		id: str(o.id, `${path}.id`),
		number: num(o.number, `${path}.number`),
		stem: str(o.stem, `${path}.stem`),
		seen: num(o.seen, `${path}.seen`),
		facility: num(o.facility, `${path}.facility`),
		discrimination,
		flags,
		notes: strings(o.notes, `${path}.notes`)
	};
	if (o.options !== undefined) {
		item.options = array(o.options, `${path}.options`).map((x, i) => {
			const p = `${path}.options[${i}]`;
			const opt = record(x, p);
			if (typeof opt.key !== 'boolean') throw new ShapeError(`${p}.key: expected true or false`);
			return {
				id: str(opt.id, `${p}.id`),
				text: str(opt.text, `${p}.text`),
				key: opt.key,
				chosen: num(opt.chosen, `${p}.chosen`)
			};
		});
	}
	return item;
}

/** Reads an item-stats file's text; anything else gets a sentence for people, never an exception. */
export function parseItemStats(text: string, name = 'the file'): ParsedItemStats {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return {
			ok: false,
			error: `${name} is not an item-stats file from the gradebook: it is not JSON.`
		};
	}
	if (
		typeof json !== 'object' ||
		json === null ||
		(json as { format?: unknown }).format !== ITEM_STATS_FORMAT
	) {
		return {
			ok: false,
			error: `${name} is not an item-stats file from the gradebook (a teacher saves one with “Save the flagged questions for the author”).`
		};
	}
	try {
		const o = record(json, '');
		const version = num(o.version, 'version');
		if (version > ITEM_STATS_VERSION) {
			return {
				ok: false,
				error: `${name} was saved by a newer version of Briefing: update this copy first.`
			};
		}
		return {
			ok: true,
			stats: {
				format: ITEM_STATS_FORMAT,
				version,
				module: str(o.module, 'module'),
				assignment: str(o.assignment, 'assignment'),
				title: str(o.title, 'title'),
				students: num(o.students, 'students'),
				savedAt: str(o.savedAt, 'savedAt'),
				items: array(o.items, 'items').map((x, i) => readItem(x, `items[${i}]`))
			}
		};
	} catch (e) {
		if (e instanceof ShapeError) return { ok: false, error: `${name} is damaged (${e.message}).` };
		throw e;
	}
}

/** One flagged question's figures on one line, for the review sheet and doctor. */
export function statsLine(item: StatsItem, students: number): string {
	const d = item.discrimination === null ? 'not defined' : item.discrimination.toFixed(2);
	const options = item.options
		? `; options chosen: ${item.options.map((o) => `${o.key ? '(key) ' : ''}“${o.text}” ${o.chosen}`).join(', ')}`
		: '';
	return `Q${item.number}, seen by ${item.seen} of ${students}: facility ${Math.round(item.facility * 100)}%, discrimination ${d}${options}`;
}
