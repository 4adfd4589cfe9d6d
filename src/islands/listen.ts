// Listen, on lesson pages: loaded by the reading script in app.html when the reader first uses the Listen
// controls (they are shown only where the browser has voices). Reads the section aloud with the browser's
// own speech synthesis, one sentence at a time, highlighting the sentence being read.
import { pageSentences } from '../lib/listen/ranges.ts';
import { SentenceReader, type ReaderState, type SpeechEngine } from '../lib/listen/reader.ts';

const HIGHLIGHT = 'listen';
const root = document.querySelector<HTMLElement>('[data-listen]');
const control = (name: string) => root?.querySelector<HTMLButtonElement>(`[data-listen-${name}]`);
const start = control('start');
const pause = control('pause');
const stop = control('stop');
const status = root?.querySelector<HTMLElement>('[data-listen-status]');

if (root && start && pause && stop && status && 'speechSynthesis' in window) {
	// Through a variable: the literal `new URL(…, import.meta.url)` form makes Vite inline the file.
	const here = import.meta.url;
	const style = document.createElement('link');
	style.rel = 'stylesheet';
	style.href = new URL('../listen.css', here).href;
	document.head.append(style);
	const synth = window.speechSynthesis;
	const voice = () => {
		const voices = synth.getVoices();
		return (
			voices.find((v) => v.lang.startsWith('en-GB')) ?? voices.find((v) => v.lang.startsWith('en'))
		);
	};
	const engine: SpeechEngine = {
		speak(text, events) {
			const utterance = new SpeechSynthesisUtterance(text);
			utterance.lang = 'en-GB';
			const chosen = voice();
			if (chosen) utterance.voice = chosen;
			utterance.onstart = events.start;
			utterance.onend = events.done;
			utterance.onerror = events.done;
			synth.speak(utterance);
		},
		pause: () => synth.pause(),
		resume: () => synth.resume(),
		cancel: () => synth.cancel()
	};
	const blocks = document.querySelectorAll(
		'#lesson-title, .lesson .body :is(h2, h3, p, li:not(:has(p)), td, th), .lesson .discussion :is(h2, li)'
	);
	const sentences = pageSentences(blocks);
	const highlights = 'highlights' in CSS ? CSS.highlights : undefined;

	const show = (index: number) => {
		const sentence = sentences[index];
		if (!sentence) {
			highlights?.delete(HIGHLIGHT);
			return;
		}
		highlights?.set(HIGHLIGHT, new Highlight(sentence.range));
		const box = sentence.range.getBoundingClientRect();
		if (box.top < 0 || box.bottom > innerHeight) {
			sentence.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
		}
	};
	const MESSAGES: Record<ReaderState, string> = {
		idle: '',
		reading: 'Reading aloud.',
		paused: 'Paused.'
	};
	const update = (state: ReaderState) => {
		const focused = document.activeElement;
		start.hidden = state !== 'idle';
		pause.hidden = stop.hidden = state === 'idle';
		pause.textContent = state === 'paused' ? 'Resume' : 'Pause';
		status.textContent = MESSAGES[state];
		// The button that was pressed may have just been hidden: keep the focus in the controls.
		if (focused instanceof HTMLElement && root.contains(focused) && focused.hidden) {
			(state === 'idle' ? start : pause).focus();
		}
	};
	const reader = new SentenceReader(
		engine,
		sentences.map((s) => s.text),
		{ sentence: show, state: update }
	);

	start.addEventListener('click', () => reader.play());
	pause.addEventListener('click', () =>
		reader.state === 'paused' ? reader.resume() : reader.pause()
	);
	stop.addEventListener('click', () => {
		reader.stop();
		status.textContent = 'Stopped.';
	});
	addEventListener('pagehide', () => synth.cancel());
	// From now on clicks are the island's; the click that loaded it (if any) asked to listen.
	root.setAttribute('data-island-ready', '');
	if (root.hasAttribute('data-island-requested')) reader.play();
}
