import type { Item } from '../questions/types.ts';
import {
	finishAttempt,
	isFinished,
	newAttempt,
	randomSeed,
	recordAnswer,
	recordDraft,
	resolveAttempt,
	startedAt,
	type Attempt,
	type FinishedAttempt,
	type ItemPast,
	type QuizLength,
	type QuizMode
} from './attempt.ts';
import { gradeItem, type Grade, type Response } from './grade.ts';

/** Whether a response holds anything to mark: a choice, some text, or a matched pair. */
export function hasContent(response: Response): boolean {
	switch (response.kind) {
		case 'choice':
			return response.selected.length > 0;
		case 'numeric':
		case 'blank':
			return response.text.trim() !== '';
		case 'ordering':
			return response.order.length > 0;
		case 'matching':
			return Object.values(response.choices).some((c) => c !== '');
	}
}

/** What the quiz page needs to run a module's quiz. */
export interface SessionOptions {
	/** Module slug. */
	module: string;
	/** The module's current bank. */
	bank: Item[];
	/** Pass mark in percent. */
	passMark: number;
	/** The attempt to show first (the prerendered one, or one to resume). */
	attempt: Attempt;
	/** Called with every changed attempt, to store it; false when storing was refused (the change is then dropped). */
	save: (attempt: Attempt) => boolean | void;
	/** Clock; Date.now outside tests. */
	now?: () => number;
}

/** One quiz being taken: the attempt, the question on screen, and unsaved answers in practice mode. */
export class QuizSession {
	#bank: Item[];
	#save: (attempt: Attempt) => boolean | void;
	#now: () => number;
	readonly module: string;
	readonly passMark: number;

	attempt = $state.raw<Attempt>() as Attempt;
	/** Index of the question on screen, within the items still in the bank. */
	index = $state(0);
	/** True once the learner asked to see the results of a finished attempt. */
	showResults = $state(false);
	/** Whether this page takes answers: false while another tab holds the quiz (it is then shown, locked). */
	taking = $state(true);

	resolved = $derived(resolveAttempt(this.attempt, this.#bankRef()));
	current = $derived(this.resolved.items[this.index]);
	total = $derived(this.resolved.items.length);
	answeredCount = $derived(
		this.resolved.items.filter((r) => Object.hasOwn(this.attempt.answers, r.item.id)).length
	);

	constructor(options: SessionOptions) {
		this.#bank = options.bank;
		this.#save = options.save;
		this.#now = options.now ?? Date.now;
		this.module = options.module;
		this.passMark = options.passMark;
		this.#load(options.attempt);
	}

	#bankRef(): Item[] {
		return this.#bank;
	}

	/** Whether the attempt is finished and marked. */
	get finished(): boolean {
		return isFinished(this.attempt);
	}

	/** The response shown for an item: the draft (practice: chosen, not yet checked), else the recorded answer. */
	response(itemId: string): Response | undefined {
		const drafts = this.attempt.drafts;
		if (drafts && Object.hasOwn(drafts, itemId)) return drafts[itemId].response;
		return Object.hasOwn(this.attempt.answers, itemId)
			? this.attempt.answers[itemId].response
			: undefined;
	}

	/** Whether the item's answer has been recorded (practice: checked). */
	isRecorded(itemId: string): boolean {
		return Object.hasOwn(this.attempt.answers, itemId);
	}

	/** Whether the learner has answered an item: something recorded, or an ordering (left as shown, it counts). */
	hasAnswer(itemId: string): boolean {
		const entry = this.resolved.items.find((r) => r.item.id === itemId);
		if (entry?.item.type === 'ordering') return true;
		const response = this.response(itemId);
		return this.isRecorded(itemId) && response !== undefined && hasContent(response);
	}

	/** Indexes of the questions with no answer, in the order shown. */
	get unanswered(): number[] {
		return this.resolved.items.flatMap((r, i) => (this.hasAnswer(r.item.id) ? [] : [i]));
	}

	/** Grade of a recorded answer, for practice feedback and results. */
	grade(item: Item): Grade {
		const answer = Object.hasOwn(this.attempt.answers, item.id)
			? this.attempt.answers[item.id].response
			: undefined;
		return gradeItem(item, answer);
	}

	/** The learner changed an answer: a draft in practice, saved at once in a test. */
	respond(itemId: string, response: Response): void {
		if (this.finished || !this.taking) return;
		if (this.attempt.mode === 'test') {
			this.#update(recordAnswer(this.attempt, itemId, response, this.#now()));
		} else if (!this.isRecorded(itemId)) {
			this.#update(recordDraft(this.attempt, itemId, response, this.#now()));
		}
	}

	/** Practice: record the draft (or the untouched default order) and reveal feedback; false when there is nothing to check. */
	check(itemId: string): boolean {
		if (this.isRecorded(itemId)) return true;
		const response = this.response(itemId) ?? this.#defaultResponse(itemId);
		if (!response || !hasContent(response)) return false;
		this.#update(recordAnswer(this.attempt, itemId, response, this.#now()));
		return true;
	}

	/** Moves to a question by index. */
	goTo(index: number): void {
		this.#keepShownOrder();
		this.index = Math.min(Math.max(index, 0), Math.max(this.total - 1, 0));
	}

	/** Marks the attempt, stores it, and shows the results. */
	finish(): void {
		this.#keepShownOrder();
		const finished = finishAttempt(this.attempt, this.#bank, this.passMark, this.#now());
		if (this.#update(finished)) this.showResults = true;
	}

	/** Starts a new attempt with these settings; unseen and missed questions come first. */
	start(mode: QuizMode, length: QuizLength, history: Record<string, ItemPast | undefined>): void {
		this.#load(
			newAttempt({
				moduleSlug: this.module,
				bank: this.#bank,
				mode,
				length,
				seed: randomSeed(),
				history,
				now: this.#now()
			})
		);
		this.#save(this.attempt);
	}

	/** The finished attempt's questions that did not earn full credit (and are still in the bank). */
	get mistakes(): Item[] {
		const done = this.finishedAttempt;
		if (!done) return [];
		const credits = done.score.items;
		return this.#bank.filter((item) => Object.hasOwn(credits, item.id) && credits[item.id] < 1);
	}

	/** Starts a practice attempt on the finished attempt's mistakes; false when there are none. */
	practiseMistakes(): boolean {
		const items = this.mistakes;
		if (items.length === 0) return false;
		this.#load(
			newAttempt({
				moduleSlug: this.module,
				bank: items,
				mode: 'practice',
				length: 'all',
				seed: randomSeed(),
				history: {},
				now: this.#now()
			})
		);
		this.#save(this.attempt);
		return true;
	}

	/** The prerendered attempt starts now, when the page can take its answers (it was drawn at build time). */
	startClock(): void {
		this.attempt = startedAt(this.attempt, this.#now());
	}

	/** Shows another stored attempt (one to resume, or a finished one to review). */
	open(attempt: Attempt): void {
		this.#load(attempt);
		this.showResults = isFinished(attempt);
	}

	/** The finished attempt on screen, if any. */
	get finishedAttempt(): FinishedAttempt | undefined {
		return isFinished(this.attempt) ? this.attempt : undefined;
	}

	#load(attempt: Attempt): void {
		this.attempt = attempt;
		this.showResults = false;
		const items = resolveAttempt(attempt, this.#bank).items;
		const firstOpen = items.findIndex((r) => !Object.hasOwn(attempt.answers, r.item.id));
		this.index = firstOpen === -1 ? Math.max(items.length - 1, 0) : firstOpen;
	}

	/** Stores a changed attempt and shows it; false, changing nothing, when this page may not or storing was refused. */
	#update(attempt: Attempt): boolean {
		if (!this.taking || this.#save(attempt) === false) return false;
		this.attempt = attempt;
		return true;
	}

	/** In a test, an ordering left as shown counts as the learner's answer when they move on. */
	#keepShownOrder(): void {
		const item = this.current?.item;
		if (this.attempt.mode !== 'test' || !item || this.isRecorded(item.id)) return;
		const response = this.#defaultResponse(item.id);
		if (response) this.#update(recordAnswer(this.attempt, item.id, response, this.#now()));
	}

	#defaultResponse(itemId: string): Response | undefined {
		// An ordering left as shown is still an answer: the learner may believe it is already right.
		const entry = this.resolved.items.find((r) => r.item.id === itemId);
		return entry?.item.type === 'ordering' ? { kind: 'ordering', order: entry.order } : undefined;
	}
}
