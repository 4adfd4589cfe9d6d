import { downloadText } from '../download.ts';
import { browserStorage, type StorageLike } from '../storage/storage.ts';
import { SKILL_NAMES } from '../questions/skills.ts';
import type { Item, Skill } from '../questions/types.ts';
import {
	ASSIGNMENT_PARAM,
	assignmentItems,
	assignmentModule,
	codeFromLink,
	decodeAssignment,
	type Assignment
} from './assignment.ts';
import { GRADEBOOK_PREFIX } from '../storage/keys.ts';
import {
	classBreakdown,
	emptyGradebook,
	gradebookKey,
	importResults,
	parseGradebook,
	toCsv,
	type Gradebook,
	type GroupScore,
	type ImportLine
} from './gradebook.ts';
import { LocalRecords } from './local.ts';
import type { Parsed } from '../storage/types.ts';

/** A module the gradebook can open assignments of. */
export interface ModuleInfo {
	slug: string;
	title: string;
	/** Address of the module's questions.json. */
	bank: string;
	/** Section slug to title. */
	sections: Record<string, string>;
	/** Address of the module's student assignment page. */
	studentPath: string;
}

/** The assignment whose gradebook is open, with its module and the module's bank. */
export interface OpenAssignment {
	assignment: Assignment;
	id: string;
	code: string;
	bank: Item[];
	module: ModuleInfo;
}

/** A gradebook kept on this device, as the list shows it. */
export interface ListedGradebook {
	key: string;
	id: string;
	title: string;
	moduleTitle: string;
	count: number;
	error?: string;
}

export interface GradebookPageOptions {
	modules: ModuleInfo[];
	/** The device's storage; the browser's outside tests. */
	storage?: () => StorageLike | null;
	/** Loads a module's questions.json; fetch outside tests. */
	loadBank?: (address: string) => Promise<Item[]>;
	/** Asks the teacher to confirm a deletion; the browser's confirm outside tests. */
	confirm?: (question: string) => boolean;
	/** Puts the open assignment's fragment (or '' for none) into the address; history outside tests. */
	setAddress?: (fragment: string) => void;
}

async function fetchBank(address: string): Promise<Item[]> {
	const r = await fetch(address);
	if (!r.ok) throw new Error(`${r.status}`);
	return (await r.json()) as Item[];
}

const parse = (text: string): Parsed<Gradebook> => {
	const p = parseGradebook(text);
	return p.ok ? { ok: true, value: p.gradebook } : p;
};

/**
 * The teacher's gradebook page: the gradebooks kept on this device, the one open with its class results,
 * the result codes and files added to it, and the summaries drawn from them.
 */
export class GradebookPage {
	readonly #modules: ModuleInfo[];
	readonly #storage: () => StorageLike | null;
	readonly #loadBank: (address: string) => Promise<Item[]>;
	readonly #confirm: (question: string) => boolean;
	readonly #setAddress: (fragment: string) => void;
	#records: LocalRecords | null = null;
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a fetch cache, never rendered
	readonly #banks = new Map<string, Promise<Item[]>>();

	/** False until the gradebooks on the device are listed. */
	ready = $state(false);
	listed = $state.raw<ListedGradebook[]>([]);
	open = $state.raw<OpenAssignment | null>(null);
	book = $state.raw<Gradebook | null>(null);
	openError = $state('');
	linkText = $state('');
	report = $state.raw<ImportLine[]>([]);
	/** What the live region says. */
	status = $state('');
	notices = $state.raw<LocalRecords['notices']>([]);
	mode = $state<LocalRecords['mode']>('storage');

	entries = $derived(this.book?.entries ?? []);
	// "Other gradebooks": the open one is on the page already.
	others = $derived(
		this.open ? this.listed.filter((item) => item.id !== this.open?.id) : this.listed
	);
	questions = $derived(this.open ? assignmentItems(this.open.assignment, this.open.bank) : []);
	/** The class's score per reading skill, with the skills' names. */
	bySkill = $derived(
		this.#groups('skill').map((g) => ({ ...g, title: SKILL_NAMES[g.key as Skill] ?? g.key }))
	);
	/** The class's score per lesson section, with the sections' titles. */
	bySection = $derived(
		this.#groups('section').map((g) => ({
			...g,
			title: this.open?.module.sections[g.key] ?? g.key
		}))
	);

	constructor(options: GradebookPageOptions) {
		this.#modules = options.modules;
		this.#storage = options.storage ?? browserStorage;
		this.#loadBank = options.loadBank ?? fetchBank;
		this.#confirm = options.confirm ?? ((question) => confirm(question));
		this.#setAddress =
			options.setAddress ??
			((fragment) => history.replaceState(null, '', fragment || location.pathname));
	}

	#groups(by: 'skill' | 'section'): GroupScore[] {
		const open = this.open;
		return open ? classBreakdown(this.entries, open.bank, by, open.assignment.passMark) : [];
	}

	#bankOf(module: ModuleInfo): Promise<Item[]> {
		let bank = this.#banks.get(module.slug);
		if (!bank) {
			bank = this.#loadBank(module.bank);
			bank.catch(() => this.#banks.delete(module.slug));
			this.#banks.set(module.slug, bank);
		}
		return bank;
	}

	/** The assignment behind a link or code, with its module's bank; or a sentence on why not. */
	async #resolveLink(text: string): Promise<OpenAssignment | string> {
		const peek = assignmentModule(text);
		if (!peek.ok) return peek.error;
		const module = this.#modules.find((m) => m.slug === peek.module);
		if (!module) {
			return `This assignment is for a module this site does not have (“${peek.module}”).`;
		}
		let bank: Item[];
		try {
			bank = await this.#bankOf(module);
		} catch {
			return 'The questions of this module could not be loaded. Check the connection and try again.';
		}
		const decoded = decodeAssignment(text, bank, module.slug);
		if (!decoded.ok) return decoded.error;
		return {
			assignment: decoded.assignment,
			id: decoded.id,
			code: codeFromLink(text),
			bank,
			module
		};
	}

	#sync() {
		if (!this.#records) return;
		this.notices = this.#records.notices;
		this.mode = this.#records.mode;
	}

	async #refreshList() {
		const records = this.#records;
		if (!records) return;
		const found: ListedGradebook[] = [];
		for (const key of records.keys(GRADEBOOK_PREFIX)) {
			const gradebook = records.read(key, parse, () => null as Gradebook | null);
			if (!gradebook) continue;
			const opened = await this.#resolveLink(gradebook.assignment);
			found.push(
				typeof opened === 'string'
					? {
							key,
							id: key.slice(GRADEBOOK_PREFIX.length),
							title: 'An assignment that cannot be opened',
							moduleTitle: '',
							count: gradebook.entries.length,
							error: opened
						}
					: {
							key,
							id: opened.id,
							title: opened.assignment.title,
							moduleTitle: opened.module.title,
							count: gradebook.entries.length
						}
			);
		}
		this.listed = found.sort((a, b) => a.title.localeCompare(b.title));
		this.#sync();
	}

	/** Once in the browser: opens the assignment in the address's fragment, if any, and lists the gradebooks. */
	async load(hash: string) {
		this.#records = new LocalRecords(this.#storage());
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once here, never kept
		const code = new URLSearchParams(hash.replace(/^#/, '')).get(ASSIGNMENT_PARAM);
		if (code) await this.openLink(code);
		await this.#refreshList();
		this.ready = true;
	}

	/**
	 * Another tab wrote the storage key `key` (null: it cleared the storage): the open gradebook and the list
	 * show what it saved.
	 */
	async external(key: string | null, newValue: string | null) {
		const records = this.#records;
		if (!records || (key !== null && !key.startsWith(GRADEBOOK_PREFIX))) return;
		records.applyExternalChange(key, newValue);
		const open = this.open;
		if (open && (key === null || key === gradebookKey(open.id)))
			this.book = records.read(gradebookKey(open.id), parse, () => emptyGradebook(open.code));
		this.#sync();
		await this.#refreshList();
	}

	/** Opens the gradebook of the assignment behind a link or code; false, saying why, when it cannot. */
	async openLink(text: string): Promise<boolean> {
		this.openError = '';
		this.report = [];
		const opened = await this.#resolveLink(text);
		if (typeof opened === 'string') {
			this.openError = opened;
			return false;
		}
		this.open = opened;
		this.book =
			this.#records?.read(gradebookKey(opened.id), parse, () => emptyGradebook(opened.code)) ??
			null;
		this.#sync();
		this.#setAddress(`#${ASSIGNMENT_PARAM}=${opened.code}`);
		return true;
	}

	/** Opens a gradebook of the list. */
	async openListed(key: string): Promise<boolean> {
		const g = this.#records?.read(key, parse, () => null as Gradebook | null);
		return g ? this.openLink(g.assignment) : false;
	}

	/** Adds result codes and file contents to the open gradebook, and reports on each. */
	add(texts: string[]) {
		const current = this.open;
		const records = this.#records;
		if (!current || !records || texts.length === 0) return;
		let lines: ImportLine[] = [];
		this.book = records.update(
			gradebookKey(current.id),
			parse,
			() => emptyGradebook(current.code),
			(g) => {
				const r = importResults(texts, current.assignment, current.bank, g.entries);
				lines = r.lines;
				return { ...g, assignment: current.code, entries: r.entries };
			}
		);
		this.report = lines;
		this.#sync();
		const added = lines.filter((l) => l.status === 'added').length;
		const refused = lines.length - added;
		this.status = `${added} added${refused > 0 ? `, ${refused} not added: see the list` : ''}.`;
		void this.#refreshList();
	}

	/** Deletes a student's result from the open gradebook, once the teacher confirms. */
	remove(checksum: string, name: string) {
		const current = this.open;
		const records = this.#records;
		if (!current || !records || !this.#confirm(`Delete ${name}'s result from this gradebook?`))
			return;
		this.book = records.update(
			gradebookKey(current.id),
			parse,
			() => emptyGradebook(current.code),
			(g) => ({ ...g, entries: g.entries.filter((e) => e.checksum !== checksum) })
		);
		this.status = `${name}'s result deleted.`;
		this.#sync();
		void this.#refreshList();
	}

	/** Deletes a whole gradebook, once the teacher confirms; closes it if open. */
	async removeBook(key: string, title: string) {
		if (
			!this.#records ||
			!this.#confirm(
				`Delete the whole gradebook of “${title}”? Its results cannot be brought back.`
			)
		)
			return;
		this.#records.remove(key);
		if (this.open && gradebookKey(this.open.id) === key) {
			this.open = null;
			this.book = null;
			this.#setAddress('');
		}
		this.status = `Gradebook of “${title}” deleted.`;
		await this.#refreshList();
	}

	/** The open gradebook's class table as CSV: its file name and text. */
	get csv(): { name: string; text: string } | null {
		if (!this.open || !this.book) return null;
		return {
			name: `briefing-gradebook-${this.open.module.slug}-${this.open.id}.csv`,
			text: toCsv(this.book.entries, this.open.assignment, this.open.bank)
		};
	}

	/** Saves the class table as CSV (`save`: a download outside tests). */
	downloadCsv(save: (name: string, text: string, type: string) => void = downloadText) {
		const csv = this.csv;
		if (!csv) return;
		save(csv.name, csv.text, 'text/csv');
		this.status = `Saved ${csv.name}.`;
	}
}
