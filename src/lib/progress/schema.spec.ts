import { describe, expect, it } from 'vitest';
import v1 from './fixtures/v1.json';
import v2 from './fixtures/v2.json';
import v3 from './fixtures/v3.json';
import {
	CURRENT_VERSION,
	emptyProgress,
	migrate,
	questionKey,
	splitQuestionKey
} from './schema.ts';
import type { ProgressData } from './schema.ts';

const SLUG = 'organised-immigration-crime-summit';

// One stored value per format version ever released; each must load into the current format.
const FIXTURES: Record<number, unknown> = { 1: v1, 2: v2, 3: v3 };

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

function loaded(raw: unknown): ProgressData {
	const result = migrate(raw);
	if ('error' in result) throw new Error(result.error);
	return result.data;
}

describe('migrate', () => {
	it('has a fixture for every version up to the current one', () => {
		for (let version = 1; version <= CURRENT_VERSION; version++) {
			expect(FIXTURES[version], `fixtures/v${version}.json`).toBeDefined();
			expect((FIXTURES[version] as { version: number }).version).toBe(version);
		}
	});

	it.each(Object.entries(FIXTURES))(
		'loads a version %s value into the current format',
		(_, fixture) => {
			const data = loaded(clone(fixture));
			expect(data.version).toBe(CURRENT_VERSION);
			const mod = data.modules[SLUG];
			expect(mod.attempts).toHaveLength(1);
			expect(mod.attempts[0].score.percent).toBe(52.1);
			expect(mod.inProgress?.answers['host-city.single'].response).toEqual({
				kind: 'choice',
				selected: ['paris']
			});
			expect(Object.keys(data.questions)).toHaveLength(8);
		}
	);

	it('leaves a current value exactly as it was', () => {
		expect(loaded(clone(v3))).toEqual(v3);
	});

	it('reads a v2 value unchanged but for the version: summaries come with the next merge', () => {
		expect(loaded(clone(v2))).toEqual({ ...v2, version: CURRENT_VERSION });
	});

	it('keeps the summaries of a v3 value, and refuses them in a v2 one', () => {
		expect(loaded(clone(v3)).modules[SLUG].summaries?.[0].score.percent).toBe(50);
		const bad = clone(v3);
		(bad.modules[SLUG].summaries[0] as { finishedAt: unknown }).finishedAt = 'yesterday';
		expect(migrate(bad)).toEqual({
			error: `modules.${SLUG}.summaries[0].finishedAt: expected a number`
		});
		expect(loaded({ ...clone(v3), version: 2 }).modules[SLUG].summaries).toBeUndefined();
	});

	it('gives v1 attempts an updatedAt: the time of their last answer or finish', () => {
		const data = loaded(clone(v1));
		const mod = data.modules[SLUG];
		expect(mod.attempts[0].updatedAt).toBe(mod.attempts[0].finishedAt);
		expect(mod.inProgress?.updatedAt).toBe(mod.inProgress!.answers['host-city.single'].at);
		expect(data).toEqual({ ...v2, version: CURRENT_VERSION });
	});

	it('gives a v1 attempt with no answers its start time', () => {
		const raw = clone(v1);
		const open = raw.modules[SLUG].inProgress;
		(open as { answers: object }).answers = {};
		expect(loaded(raw).modules[SLUG].inProgress?.updatedAt).toBe(open.startedAt);
	});

	it('reads answers chosen but not yet checked, and refuses damaged ones', () => {
		const value = clone(v3) as {
			modules: Record<string, { inProgress: Record<string, unknown> }>;
		};
		const draft = { response: { kind: 'blank', text: 'Lond' }, at: 5 };
		value.modules[SLUG].inProgress.drafts = { 'host-city.blank': draft };
		expect(loaded(value).modules[SLUG].inProgress?.drafts).toEqual({ 'host-city.blank': draft });
		value.modules[SLUG].inProgress.drafts = { 'host-city.blank': { at: 5 } };
		expect(migrate(value)).toMatchObject({ error: expect.stringContaining('drafts') });
		delete value.modules[SLUG].inProgress.drafts;
		expect(loaded(value).modules[SLUG].inProgress).not.toHaveProperty('drafts');
	});

	it('loads empty progress', () => {
		expect(loaded({ version: 1, modules: {}, questions: {} })).toEqual(emptyProgress());
		expect(loaded(emptyProgress())).toEqual(emptyProgress());
	});

	it('does not mistake a stored "__proto__" key for the prototype', () => {
		const data = loaded(
			JSON.parse(
				'{"version":2,"modules":{},"questions":{"__proto__/x":{"seen":0,"correct":0,"lastAnsweredAt":0,"history":[]}}}'
			)
		);
		expect(Object.keys(data.questions)).toEqual(['__proto__/x']);
		const sneaky = loaded(
			JSON.parse('{"version":2,"modules":{"__proto__":{"attempts":[]}},"questions":{}}')
		);
		expect(Object.hasOwn(sneaky.modules, '__proto__')).toBe(true);
		expect(Object.getPrototypeOf(sneaky.modules)).toBe(Object.prototype);
	});

	it('marks a value from a newer version as newer, not as damaged', () => {
		expect(migrate({ ...clone(v2), version: CURRENT_VERSION + 1 })).toEqual({
			error: expect.stringContaining('newer'),
			newer: true
		});
	});

	it.each<[string, unknown, string]>([
		['null', null, 'value: expected an object'],
		['a list', [], 'value: expected an object'],
		['a string', 'progress', 'value: expected an object'],
		['no version', { modules: {}, questions: {} }, 'version: expected a number'],
		['a text version', { version: '2', modules: {}, questions: {} }, 'version'],
		['version 0', { version: 0, modules: {}, questions: {} }, 'unknown format version 0'],
		[
			'a fractional version',
			{ version: 1.5, modules: {}, questions: {} },
			'unknown format version'
		],
		[
			'modules as a list',
			{ version: 2, modules: [], questions: {} },
			'modules: expected an object'
		],
		['no questions', { version: 2, modules: {} }, 'questions: expected an object'],
		[
			'a question key without a module',
			{
				version: 2,
				modules: {},
				questions: { x: { seen: 0, correct: 0, lastAnsweredAt: 0, history: [] } }
			},
			'questions.x'
		],
		[
			'attempts missing',
			{ version: 2, modules: { m: {} }, questions: {} },
			'modules.m.attempts: expected a list'
		]
	])('rejects %s', (_, raw, message) => {
		const result = migrate(raw);
		expect(result).toEqual({ error: expect.stringContaining(message) });
	});

	it.each<[string, (d: ReturnType<typeof clone<typeof v2>>) => void, string]>([
		[
			'an attempt without a score',
			(d) => delete (d.modules[SLUG].attempts[0] as { score?: unknown }).score,
			'finishedAt and score together'
		],
		[
			'an unfinished attempt among the finished',
			(d) => {
				const a = d.modules[SLUG].attempts[0] as { score?: unknown; finishedAt?: unknown };
				delete a.score;
				delete a.finishedAt;
			},
			'a finished attempt'
		],
		[
			'an attempt filed under another module',
			(d) => (d.modules[SLUG].attempts[0].module = 'other'),
			'.module'
		],
		['an unknown mode', (d) => (d.modules[SLUG].inProgress.mode = 'exam'), 'inProgress.mode'],
		[
			'an unknown length',
			(d) => ((d.modules[SLUG].inProgress as { length: unknown }).length = 15),
			'inProgress.length'
		],
		[
			'a v2 attempt without updatedAt',
			(d) => delete (d.modules[SLUG].inProgress as { updatedAt?: number }).updatedAt,
			'inProgress.updatedAt'
		],
		[
			'an answer of an unknown kind',
			(d) =>
				((
					d.modules[SLUG].inProgress.answers['host-city.single'].response as { kind: string }
				).kind = 'essay'),
			'.response.kind'
		],
		[
			'a time as text',
			(d) => ((d.modules[SLUG].attempts[0] as { startedAt: unknown }).startedAt = '2026-10-01'),
			'attempts[0].startedAt: expected a number'
		],
		[
			'a history entry without its attempt',
			(d) =>
				delete (d.questions[`${SLUG}/host-city.single`].history[0] as { attempt?: string }).attempt,
			'history[0].attempt'
		],
		[
			'a non-finite score',
			(d) => ((d.modules[SLUG].attempts[0].score as { percent: unknown }).percent = null),
			'score.percent'
		]
	])('rejects %s, saying where', (_, damage, message) => {
		const raw = clone(v2);
		damage(raw);
		expect(migrate(raw)).toEqual({ error: expect.stringContaining(message) });
	});

	it('rejects a v1 value with damage in the same way', () => {
		const raw = clone(v1);
		(raw.modules[SLUG].attempts[0] as { items: unknown }).items = 'all';
		expect(migrate(raw)).toEqual({
			error: expect.stringContaining('attempts[0].items: expected a list')
		});
	});
});

describe('questionKey', () => {
	it('joins and splits module and item, item ids may contain slashes', () => {
		expect(questionKey('m', 'a.b')).toBe('m/a.b');
		expect(splitQuestionKey(questionKey('m', 'x/y'))).toEqual({ module: 'm', itemId: 'x/y' });
	});
});
