import { downloadText } from '../download.ts';
import { copyText } from '../clipboard.ts';
import { browserStorage, type StorageLike } from '../storage/storage.ts';
import type { Item } from '../questions/types.ts';
import { randomSeed, type Attempt, type FinishedAttempt } from '../quiz/attempt.ts';
import { isFinished } from '../quiz/finished.ts';
import { QuizSession } from '../quiz/session.svelte.ts';
import { newTabId, tabIsOpen, type TabPlace } from '../quiz/tab.ts';
import { assignmentItems, decodeAssignment, dueEndsAt, type Assignment } from './assignment.ts';
import { LocalRecords, PageStorage } from './local.ts';
import { encodeResult, encodeResultFile, resultFileName } from './result.ts';
import { NAME_KEY } from '../storage/keys.ts';
import {
	attemptsLeft,
	emptyWork,
	finishedAttempts,
	openAttempt,
	resultOf,
	startWork,
	workKey,
	type AssignmentWork,
	type WorkAttempt
} from './work.ts';
import {
	claimWork,
	readWork,
	releaseWork,
	saveWork,
	workOwner,
	workOwnerKey
} from './work-owner.ts';

/** Where the student's page is: reading the link, a link it cannot open, the intro, the questions, a result. */
export type AssignmentPhase = 'opening' | 'error' | 'intro' | 'quiz' | 'done';

/** A finished attempt of the work, as the results show it. */
export type ShownAttempt = WorkAttempt & { attempt: FinishedAttempt };

export interface AssignmentPageOptions {
	module: string;
	bank: Item[];
	/** The device's storage; the browser's local storage outside tests. */
	storage?: () => StorageLike | null;
	/** This page's id in the one-tab-at-a-time rule; a new random one outside tests. */
	tab?: string;
	/** Clock; Date.now outside tests. */
	now?: () => number;
}

const NO_ASSIGNMENT =
	'This page opens an assignment from the link your teacher gave you, and the address you opened has no assignment in it. Check that you copied the whole link.';

/**
 * The student's assignment page: the assignment read from the link, the work kept on the device, the name,
 * the quiz being taken and the result code to send. One tab at a time takes the answers of the work (see
 * work-owner.ts); another tab open on it follows what that one saves.
 */
export class AssignmentPage {
	readonly #module: string;
	readonly #bank: Item[];
	readonly #storage: () => StorageLike | null;
	readonly #now: () => number;
	readonly tab: string;

	phase = $state<AssignmentPhase>('opening');
	error = $state('');
	assignment = $state.raw<Assignment | null>(null);
	id = $state('');
	preview = $state(false);
	records = $state.raw<LocalRecords | null>(null);
	work = $state.raw<AssignmentWork>(emptyWork());
	name = $state('');
	nameError = $state('');
	session = $state.raw<QuizSession | null>(null);
	shown = $state.raw<ShownAttempt | null>(null);
	/** What the live region says. */
	status = $state('');
	notices = $state.raw<LocalRecords['notices']>([]);
	mode = $state<LocalRecords['mode']>('storage');
	place = $state<TabPlace>('here');
	unsaved = $state(false);
	finishedElsewhere = $state(false);
	ownerGone = $state(false);
	// The name the attempt on screen was started under.
	#entryName = '';

	items = $derived(this.assignment ? assignmentItems(this.assignment, this.#bankRef()) : []);
	left = $derived(this.assignment ? attemptsLeft(this.work, this.assignment) : 0);
	finished = $derived(finishedAttempts(this.work));
	open = $derived(openAttempt(this.work));
	pastDue = $derived(
		this.assignment !== null &&
			this.assignment.due !== null &&
			this.#clock() >= (dueEndsAt(this.assignment) ?? 0)
	);
	code = $derived(
		this.shown && this.assignment
			? encodeResult(resultOf(this.shown, this.id), this.assignment, this.#bankRef())
			: ''
	);
	/** Whether the results show the right answers: in practice, or once no attempt is left. */
	reveal = $derived(this.assignment?.mode === 'practice' || this.left === 0);

	constructor(options: AssignmentPageOptions) {
		this.#module = options.module;
		this.#bank = options.bank;
		this.#storage = options.storage ?? browserStorage;
		this.#now = options.now ?? Date.now;
		this.tab = options.tab ?? newTabId();
	}

	#bankRef(): Item[] {
		return this.#bank;
	}

	#clock(): number {
		return this.#now();
	}

	#sync() {
		if (!this.records) return;
		this.notices = this.records.notices;
		this.mode = this.records.mode;
	}

	/** Opens the assignment in the address's fragment (`#a=…`, with `preview` for the teacher's own run). */
	read(hash: string) {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once here, never kept
		const params = new URLSearchParams(hash.replace(/^#/, ''));
		const text = params.get('a');
		this.leave();
		this.session = null;
		this.shown = null;
		if (!text) {
			this.error = NO_ASSIGNMENT;
			this.phase = 'error';
			return;
		}
		const decoded = decodeAssignment(text, this.#bank, this.#module);
		if (!decoded.ok) {
			this.error = decoded.error;
			this.phase = 'error';
			return;
		}
		this.assignment = decoded.assignment;
		this.id = decoded.id;
		this.preview = params.has('preview');
		// A preview keeps nothing: the teacher's own browser must not fill with practice runs.
		this.records = new LocalRecords(this.preview ? new PageStorage() : this.#storage());
		this.work = readWork(this.records, this.id);
		this.name = this.preview ? 'Preview' : (this.records.raw(NAME_KEY) ?? '');
		this.#sync();
		this.phase = 'intro';
	}

	/** Gives up the answers when this tab takes them, and forgets what another tab did. */
	leave() {
		if (this.records && this.id) releaseWork(this.records, this.id, this.tab);
		this.#moveTo('here');
		this.unsaved = false;
		this.finishedElsewhere = false;
	}

	#moveTo(where: TabPlace) {
		this.place = where;
		if (this.session) this.session.taking = where === 'here';
	}

	/** Takes the answers here, unless a tab still open holds them: then this one follows it. */
	async take() {
		if (!this.records) return;
		const holder = workOwner(this.records, this.id);
		if (holder && holder.tab !== this.tab && (await tabIsOpen(holder.tab))) {
			this.ownerGone = false;
			this.#moveTo('elsewhere');
			this.#follow();
			return;
		}
		claimWork(this.records, this.id, this.tab, this.#now());
		this.#moveTo('here');
	}

	/** While another tab takes the answers, shows the work as that tab saved it. */
	#follow() {
		const session = this.session;
		if (!this.records || !session) return;
		this.work = readWork(this.records, this.id);
		const mine = this.work.attempts.find((w) => w.attempt.id === session.attempt.id);
		if (mine && isFinished(mine.attempt)) {
			this.finishedElsewhere = true;
			this.showResult({ ...mine, attempt: mine.attempt });
			return;
		}
		const latest = openAttempt(this.work);
		const shownNow = session.attempt;
		if (
			latest &&
			(latest.attempt.id !== shownNow.id || latest.attempt.updatedAt !== shownNow.updatedAt)
		) {
			this.#entryName = latest.name;
			session.open(latest.attempt);
		}
	}

	/** Another tab wrote `newValue` under the storage key `key` (null: it cleared the storage): the work, or who takes it. */
	external(key: string | null, newValue: string | null) {
		if (!this.records || this.preview || !this.id) return;
		if (key !== null && key !== workKey(this.id) && key !== workOwnerKey(this.id)) return;
		this.records.applyExternalChange(key, newValue);
		this.work = readWork(this.records, this.id);
		this.#sync();
		if (this.phase !== 'quiz' || !this.session) return;
		const holder = workOwner(this.records, this.id);
		this.ownerGone = holder === null;
		if (this.place === 'here' && holder && holder.tab !== this.tab) this.#moveTo('moved');
		if (this.place !== 'here') this.#follow();
	}

	/** Stores the attempt on screen; false, changing nothing, when another tab takes the answers or finished it. */
	#saveEntry(attempt: Attempt): boolean {
		if (!this.records) return false;
		const saved = saveWork(this.records, this.id, this.tab, { name: this.#entryName, attempt });
		this.work = saved.work;
		this.#sync();
		if (saved.result !== 'saved') {
			this.unsaved = true;
			this.#moveTo('moved');
			this.#follow();
			return false;
		}
		const last = finishedAttempts(this.work).find((w) => w.attempt.id === attempt.id);
		if (last) this.showResult(last);
		return true;
	}

	/** This tab takes the answers from now on, carrying on from the latest saved ones. */
	continueHere(): boolean {
		const session = this.session;
		if (!this.records || !session) return false;
		claimWork(this.records, this.id, this.tab, this.#now());
		this.work = readWork(this.records, this.id);
		const latest = openAttempt(this.work);
		this.#moveTo('here');
		this.unsaved = false;
		this.finishedElsewhere = false;
		this.ownerGone = false;
		if (latest) {
			this.#entryName = latest.name;
			session.open(latest.attempt);
		} else this.#saveEntry(session.attempt);
		this.status = `This tab now takes your answers: question ${session.index + 1} of ${session.total}.`;
		return true;
	}

	/**
	 * Starts the work under the name typed (or carries on the attempt started): 'name' when the name is
	 * missing, 'started' once the questions show, null when there is no assignment.
	 */
	async start(): Promise<'name' | 'started' | null> {
		const assignment = this.assignment;
		if (!assignment || !this.records) return null;
		const typed = this.name.trim();
		if (typed === '') {
			this.nameError = 'Type your name, so your teacher knows whose work this is.';
			return 'name';
		}
		this.nameError = '';
		if (!this.preview) this.records.setRaw(NAME_KEY, typed);
		// Another tab may have started or finished an attempt since this page read the work.
		this.work = readWork(this.records, this.id);
		const resume = this.open;
		this.#entryName = resume ? resume.name : typed;
		const attempt = resume?.attempt ?? startWork(assignment, this.#bank, randomSeed(), this.#now());
		const session = new QuizSession({
			module: this.#module,
			bank: this.items,
			passMark: assignment.passMark,
			attempt,
			save: (a) => this.#saveEntry(a),
			now: this.#now
		});
		this.session = session;
		await this.take();
		if (this.place === 'here' && !resume) this.#saveEntry(attempt);
		this.status =
			this.place !== 'here'
				? ''
				: resume
					? `Your work continues at question ${session.index + 1} of ${session.total}.`
					: `Started: ${session.total} questions.`;
		this.phase = 'quiz';
		return 'started';
	}

	/** Shows the result code of a finished attempt. */
	showResult(entry: ShownAttempt) {
		if (this.records && this.id) releaseWork(this.records, this.id, this.tab);
		this.shown = entry;
		this.phase = 'done';
		// "Your work continues at question 5" no longer holds on the results.
		this.status = '';
	}

	/** From a result back to the assignment's intro. */
	back() {
		this.leave();
		this.shown = null;
		this.session = null;
		this.phase = 'intro';
	}

	/** Copies the result code with `write` (the clipboard's); false when copying is blocked. */
	async copy(write: (text: string) => Promise<void>): Promise<boolean> {
		const { ok, status } = await copyText(
			write,
			this.code,
			'Result code copied. Paste it where your teacher asked.',
			'the code'
		);
		this.status = status;
		return ok;
	}

	/** The result file of the attempt shown: its name and its text. */
	get resultFile(): { name: string; text: string } | null {
		if (!this.shown) return null;
		const result = resultOf(this.shown, this.id);
		return { name: resultFileName(result), text: encodeResultFile(result) };
	}

	/** Saves the result file of the attempt shown (`save`: a download outside tests). */
	download(save: (name: string, text: string, type: string) => void = downloadText) {
		const file = this.resultFile;
		if (!file) return;
		save(file.name, file.text, 'application/json');
		this.status = `Saved ${file.name}.`;
	}
}
