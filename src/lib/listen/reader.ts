/** What the reader needs of a speech engine: the browser's speechSynthesis, or a fake in tests. */
export interface SpeechEngine {
	/** Speaks one text; `done` is called once when it ends or fails (including when cancelled). */
	speak(text: string, events: { start: () => void; done: () => void }): void;
	pause(): void;
	resume(): void;
	cancel(): void;
}

/** Where reading is: not started (or stopped, or finished), reading, or paused. */
export type ReaderState = 'idle' | 'reading' | 'paused';

/** What the page is told as reading goes on. */
export interface ReaderEvents {
	/** Sentence `index` is being read (-1: none, reading has stopped or finished). */
	sentence: (index: number) => void;
	/** The state changed. */
	state: (state: ReaderState) => void;
}

/**
 * Reads sentences aloud one at a time, so the page can show which one is being read and long texts are
 * not cut off (some engines stop a long utterance after a few seconds). Pause and resume hold the place.
 */
export class SentenceReader {
	#engine: SpeechEngine;
	#sentences: readonly string[];
	#on: ReaderEvents;
	#index = -1;
	#state: ReaderState = 'idle';
	// Each utterance belongs to one run; a cancelled run's late `done` must not move the next run on.
	#run = 0;

	constructor(engine: SpeechEngine, sentences: readonly string[], on: ReaderEvents) {
		this.#engine = engine;
		this.#sentences = sentences;
		this.#on = on;
	}

	get state(): ReaderState {
		return this.#state;
	}

	/** Starts from the first sentence (or from `from`), cancelling anything being read. */
	play(from = 0): void {
		this.#run++;
		this.#engine.cancel();
		this.#set('reading');
		this.#speak(from);
	}

	pause(): void {
		if (this.#state !== 'reading') return;
		this.#engine.pause();
		this.#set('paused');
	}

	resume(): void {
		if (this.#state !== 'paused') return;
		this.#engine.resume();
		this.#set('reading');
	}

	stop(): void {
		this.#run++;
		this.#engine.cancel();
		this.#finish();
	}

	#speak(index: number): void {
		if (index >= this.#sentences.length) {
			this.#finish();
			return;
		}
		const run = this.#run;
		this.#index = index;
		this.#on.sentence(index);
		this.#engine.speak(this.#sentences[index], {
			start: () => {
				if (run === this.#run && this.#index !== index) this.#on.sentence(index);
			},
			done: () => {
				if (run === this.#run && this.#index === index) this.#speak(index + 1);
			}
		});
	}

	#finish(): void {
		this.#index = -1;
		this.#on.sentence(-1);
		this.#set('idle');
	}

	#set(state: ReaderState): void {
		this.#state = state;
		this.#on.state(state);
	}
}

/** A text cut into sentences, with each one's offsets, by the platform's sentence segmenter. */
export function sentenceSpans(text: string): { start: number; end: number; text: string }[] {
	const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
	const spans: { start: number; end: number; text: string }[] = [];
	for (const { segment, index } of segmenter.segment(text)) {
		const lead = segment.length - segment.trimStart().length;
		const trimmed = segment.trim();
		if (!/[\p{L}\p{N}]/u.test(trimmed)) continue;
		spans.push({ start: index + lead, end: index + lead + trimmed.length, text: trimmed });
	}
	return spans;
}
