import { browserStorage, type StorageLike } from '../storage/storage.ts';
import { copyText } from '../clipboard.ts';
import { ITEM_TYPES, type Item } from '../questions/types.ts';
import type { ItemType } from '../questions/types.ts';
import { randomSeed } from '../quiz/attempt.ts';
import { ASSIGNMENT_PARAM, assignmentId, assignmentLink, encodeAssignment } from './assignment.ts';
import {
	buildAssignment,
	defaultForm,
	describeAssignment,
	filterItems,
	localOffset,
	type BuilderForm,
	type FieldError
} from './builder.ts';
import { emptyGradebook, gradebookKey, parseGradebook } from './gradebook.ts';
import { LocalRecords } from './local.ts';
import { qrImage } from './qr.ts';

export interface BuilderPageOptions {
	module: string;
	bank: Item[];
	/** The module's own pass mark, the form's default. */
	passMark: number;
	/** Address of the module's student assignment page; the share link points there. */
	studentPath: string;
	/** The device's storage, where the gradebook lists the assignment; the browser's outside tests. */
	storage?: () => StorageLike | null;
	/** The teacher's offset from UTC on a due day, in minutes east; their time zone's outside tests. */
	offset?: (due: string) => number;
}

/**
 * The teacher's assignment builder: the form, the bank filter of hand-picked questions, the problems that
 * stop a link being made, and the share link, its QR code and summary once made. Any change to the form
 * after that makes the link stale: it is not shown until made again.
 */
export class BuilderPage {
	readonly module: string;
	readonly bank: Item[];
	readonly #studentPath: string;
	readonly #storage: () => StorageLike | null;
	readonly #offset: (due: string) => number;

	form = $state<BuilderForm>() as BuilderForm;
	typeFilter = $state<ItemType | ''>('');
	sectionFilter = $state('');
	errors = $state.raw<FieldError[]>([]);
	code = $state('');
	// The settings the link was made from: any change after that makes the link, QR code and summary stale.
	#madeFrom = $state('');
	summary = $state('');
	/** What the live region says. */
	status = $state('');
	origin = $state('');
	notices = $state.raw<LocalRecords['notices']>([]);
	mode = $state<LocalRecords['mode']>('storage');
	// The teacher's today (YYYY-MM-DD, local), set after mount so the prerendered page stays the same for all.
	today = $state('');

	shown = $derived(
		filterItems(this.#bankRef(), { type: this.typeFilter, section: this.sectionFilter })
	);
	types = $derived(ITEM_TYPES.filter((t) => this.#bankRef().some((i) => i.type === t)));
	link = $derived(this.code ? assignmentLink(`${this.origin}${this.#path()}`, this.code) : '');
	qr = $derived(this.link ? qrImage(this.link) : null);
	/** The address fragment that carries the assignment to the student, gradebook and print pages. */
	fragment = $derived(this.code ? `#${ASSIGNMENT_PARAM}=${this.code}` : '');
	stale = $derived(this.code !== '' && JSON.stringify(this.form) !== this.#madeFrom);
	pastDue = $derived(this.today !== '' && this.form.due !== '' && this.form.due < this.today);

	constructor(options: BuilderPageOptions) {
		this.module = options.module;
		this.bank = options.bank;
		this.#studentPath = options.studentPath;
		this.#storage = options.storage ?? browserStorage;
		this.#offset = options.offset ?? localOffset;
		this.form = defaultForm(options.passMark);
	}

	#bankRef(): Item[] {
		return this.bank;
	}

	#path(): string {
		return this.#studentPath;
	}

	/** Once in the browser: the site's origin for the link, the teacher's today, and a fresh draw code. */
	opened(origin: string, now: Date) {
		this.origin = origin;
		this.today = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
			.map((n) => String(n).padStart(2, '0'))
			.join('-');
		if (this.form.seed === '') this.form.seed = randomSeed().slice(0, 6);
	}

	/** The problem with a field, if the last try to make the link found one. */
	errorOf(field: FieldError['field']): string | undefined {
		return this.errors.find((e) => e.field === field)?.message;
	}

	/** Picks (or unpicks) every question the filter shows. */
	pickShown(on: boolean) {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local working copy, not state
		const ids = new Set(this.form.picked);
		for (const item of this.shown) {
			if (on) ids.add(item.id);
			else ids.delete(item.id);
		}
		this.form.picked = [...ids];
		const n = this.form.picked.length;
		this.status = `${n} question${n === 1 ? '' : 's'} picked.`;
	}

	/** Makes the share link from the form, and lists the assignment in the gradebook; false on problems. */
	make(now: number = Date.now()): boolean {
		const built = buildAssignment(this.form, this.module, this.bank, now, this.#offset);
		if (!built.ok) {
			this.errors = built.errors;
			this.code = '';
			return false;
		}
		this.errors = [];
		this.#madeFrom = JSON.stringify(this.form);
		const code = encodeAssignment(built.assignment, this.bank);
		this.code = code;
		this.summary = describeAssignment(built.assignment, this.bank);
		// The gradebook lists the assignment from now on, so the teacher can find the link again.
		const records = new LocalRecords(this.#storage());
		records.update(
			gradebookKey(assignmentId(built.assignment, this.bank)),
			(text) => {
				const p = parseGradebook(text);
				return p.ok ? { ok: true, value: p.gradebook } : p;
			},
			() => emptyGradebook(code),
			(g) => g
		);
		this.notices = records.notices;
		this.mode = records.mode;
		this.status = `Link made: ${this.summary}`;
		return true;
	}

	/** Copies the share link with `write` (the clipboard's); false when copying is blocked. */
	async copy(write: (text: string) => Promise<void>): Promise<boolean> {
		const { ok, status } = await copyText(write, this.link, 'Link copied.', 'the link');
		this.status = status;
		return ok;
	}
}
