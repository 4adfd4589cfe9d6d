/**
 * How a result holds each answer. In a result code an answer is packed by question position and option
 * index, so a code is only read against the same questions (the shape fingerprint); an answer that does
 * not pack, and every answer in a result file, is kept as JSON and read back with `readResponse`.
 */
import { hashString } from '../questions/random.ts';
import { isChoice } from '../questions/types.ts';
import type { Item } from '../questions/types.ts';
import { RESPONSE_KIND } from '../quiz/grade.ts';
import type { Response } from '../quiz/grade.ts';
import { ByteReader, ByteWriter, CodecError, hex32 } from './codec.ts';
import { ShapeError, record, str, strings } from './shape.ts';

/** Ids a response refers to by position: options, ordering entries, matching pairs and right-hand texts. */
function shapeOf(item: Item): string[] {
	if (isChoice(item)) return item.options.map((o) => o.id);
	if (item.type === 'ordering') return item.items.map((e) => e.id);
	if (item.type === 'matching')
		return [...item.pairs.map((p) => p.id), '\u0002', ...rightsOf(item)];
	return [];
}

function rightsOf(item: Item): string[] {
	return item.type === 'matching'
		? [...new Set([...item.pairs.map((p) => p.right), ...(item.distractors ?? [])])]
		: [];
}

/** A hash of the questions and of every id a code stores by position: a code is only read against these. */
export function shapeFingerprint(items: readonly Item[]): string {
	return hex32(
		hashString(items.map((i) => [i.id, i.type, ...shapeOf(i)].join('\u0001')).join('\u0000'))
	);
}

/** The packed form of a response, or null when only the raw JSON form would give it back exactly. */
export function pack(item: Item, response: Response): ByteWriter | null {
	if (response.kind !== RESPONSE_KIND[item.type]) return null;
	const w = new ByteWriter();
	switch (response.kind) {
		case 'choice': {
			if (!isChoice(item) || item.options.length > 52) return null;
			const index = item.options.map((o) => o.id);
			const picked = new Set(response.selected);
			if (picked.size !== response.selected.length) return null;
			if (response.selected.some((id) => !index.includes(id))) return null;
			w.uint(index.reduce((mask, id, i) => (picked.has(id) ? mask + 2 ** i : mask), 0));
			return w;
		}
		case 'numeric':
		case 'blank':
			w.text(response.text);
			return w;
		case 'ordering': {
			if (item.type !== 'ordering') return null;
			const index = item.items.map((e) => e.id);
			if (new Set(response.order).size !== response.order.length) return null;
			if (response.order.some((id) => !index.includes(id))) return null;
			w.uint(response.order.length);
			for (const id of response.order) w.uint(index.indexOf(id));
			return w;
		}
		case 'matching': {
			if (item.type !== 'matching') return null;
			const pairs = item.pairs.map((p) => p.id);
			const rights = rightsOf(item);
			const keys = Object.keys(response.choices);
			if (new Set(pairs).size !== pairs.length || keys.some((k) => !pairs.includes(k))) return null;
			if (keys.some((k) => response.choices[k] !== '' && !rights.includes(response.choices[k]))) {
				return null;
			}
			// Per pair: 0 not in the response, 1 left empty, 2+ the index of the right-hand text.
			for (const id of pairs) {
				if (!Object.hasOwn(response.choices, id)) w.uint(0);
				else if (response.choices[id] === '') w.uint(1);
				else w.uint(rights.indexOf(response.choices[id]) + 2);
			}
			return w;
		}
	}
}

export function unpack(item: Item, r: ByteReader): Response {
	if (isChoice(item)) {
		let mask = r.uint();
		const selected: string[] = [];
		for (const option of item.options) {
			if (mask % 2 === 1) selected.push(option.id);
			mask = Math.floor(mask / 2);
		}
		if (mask !== 0) throw new CodecError('Option past the list.');
		return { kind: 'choice', selected };
	}
	switch (item.type) {
		case 'numeric':
		case 'blank':
			return { kind: item.type, text: r.text() };
		case 'ordering': {
			const order: string[] = [];
			for (let n = r.uint(); n > 0; n--) {
				const entry = item.items[r.uint()];
				if (!entry) throw new CodecError('Entry past the list.');
				order.push(entry.id);
			}
			return { kind: 'ordering', order };
		}
		case 'matching': {
			const rights = rightsOf(item);
			const choices: [string, string][] = [];
			for (const pair of item.pairs) {
				const v = r.uint();
				if (v === 1) choices.push([pair.id, '']);
				else if (v >= 2) {
					if (v - 2 >= rights.length) throw new CodecError('Right-hand side past the list.');
					choices.push([pair.id, rights[v - 2]]);
				}
			}
			return { kind: 'matching', choices: Object.fromEntries(choices) };
		}
	}
}

/** A Response from untrusted JSON; anything else throws. */
export function readResponse(v: unknown): Response {
	const o = record(v, 'response');
	const only = (...keys: string[]) => {
		if (Object.keys(o).some((k) => !keys.includes(k))) throw new ShapeError('response');
	};
	switch (o.kind) {
		case 'choice':
			only('kind', 'selected');
			return { kind: 'choice', selected: strings(o.selected, 'response.selected') };
		case 'numeric':
		case 'blank':
			only('kind', 'text');
			return { kind: o.kind, text: str(o.text, 'response.text') };
		case 'ordering':
			only('kind', 'order');
			return { kind: 'ordering', order: strings(o.order, 'response.order') };
		case 'matching':
			only('kind', 'choices');
			// Object.fromEntries defines own properties, so a "__proto__" key stays data.
			return {
				kind: 'matching',
				choices: Object.fromEntries(
					Object.entries(record(o.choices, 'response.choices')).map(([k, x]) => [
						k,
						str(x, `response.choices.${k}`)
					])
				)
			};
		default:
			throw new ShapeError('response.kind');
	}
}

export function readJsonResponse(text: string): Response {
	try {
		return readResponse(JSON.parse(text));
	} catch {
		throw new CodecError('Bad raw answer.');
	}
}
