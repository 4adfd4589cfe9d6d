import { describe, expect, it } from 'vitest';
import { SentenceReader, sentenceSpans, type SpeechEngine } from './reader.ts';

/** A speech engine that records calls and ends an utterance only when told to. */
function fakeEngine() {
	const calls: string[] = [];
	let current: { start: () => void; done: () => void } | undefined;
	const engine: SpeechEngine = {
		speak(text, events) {
			calls.push(`speak ${text}`);
			current = events;
			events.start();
		},
		pause: () => calls.push('pause'),
		resume: () => calls.push('resume'),
		cancel: () => {
			calls.push('cancel');
			const cancelled = current;
			current = undefined;
			cancelled?.done();
		}
	};
	return { engine, calls, end: () => current?.done() };
}

function setup(sentences = ['One.', 'Two.', 'Three.']) {
	const fake = fakeEngine();
	const seen: number[] = [];
	const states: string[] = [];
	const reader = new SentenceReader(fake.engine, sentences, {
		sentence: (i) => seen.push(i),
		state: (s) => states.push(s)
	});
	return { ...fake, reader, seen, states };
}

describe('SentenceReader', () => {
	it('reads one sentence at a time, saying which, and finishes', () => {
		const { reader, calls, end, seen, states } = setup();
		reader.play();
		end();
		end();
		expect(calls).toEqual(['cancel', 'speak One.', 'speak Two.', 'speak Three.']);
		expect(reader.state).toBe('reading');
		end();
		expect(seen).toEqual([0, 1, 2, -1]);
		expect(states).toEqual(['reading', 'idle']);
		expect(reader.state).toBe('idle');
	});

	it('pauses and resumes in place, and ignores a pause when not reading', () => {
		const { reader, calls, end, states } = setup();
		reader.pause();
		reader.play();
		reader.pause();
		reader.pause();
		reader.resume();
		end();
		expect(calls).toEqual(['cancel', 'speak One.', 'pause', 'resume', 'speak Two.']);
		expect(states).toEqual(['reading', 'paused', 'reading']);
	});

	it('stops without the cancelled sentence moving reading on', () => {
		const { reader, calls, seen } = setup();
		reader.play();
		reader.stop();
		expect(calls).toEqual(['cancel', 'speak One.', 'cancel']);
		expect(seen).toEqual([0, -1]);
		expect(reader.state).toBe('idle');
	});

	it('starts again from the top when played again', () => {
		const { reader, calls, end } = setup();
		reader.play();
		end();
		reader.play();
		expect(calls.filter((c) => c.startsWith('speak'))).toEqual([
			'speak One.',
			'speak Two.',
			'speak One.'
		]);
	});
});

describe('sentenceSpans', () => {
	it('cuts a text into sentences with their offsets, trimmed', () => {
		const text = 'The summit met. Over 6,600 arrived!  Why?';
		const spans = sentenceSpans(text);
		expect(spans.map((s) => s.text)).toEqual(['The summit met.', 'Over 6,600 arrived!', 'Why?']);
		for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
	});
});
