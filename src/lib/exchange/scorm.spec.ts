import { describe, expect, test } from 'vitest';
import { newAttempt, recordAnswer, finishAttempt, resolveAttempt } from '../quiz/attempt.ts';
import { buildSite } from '../site.ts';
import { fixtureFiles } from '../testing/module.ts';
import { exportModule } from './module.ts';
import { localiseLesson, manifest12, manifest2004 } from './scorm.ts';
import { findApi, LmsSession, type ApiWindow, type Scorm12Api } from './scorm-lms.ts';
import { decodeSuspend, encodeSuspend } from './suspend.ts';

const site = buildSite(fixtureFiles());
const module = site.index.modules[0];
const bank = site.banks.get(module.slug)!.items;

/** A SCORM 1.2 API that keeps what it is told, like an LMS. */
function fakeApi(): Scorm12Api & { data: Record<string, string> } {
	const data: Record<string, string> = { 'cmi.core.lesson_status': 'not attempted' };
	return {
		data,
		LMSInitialize: () => 'true',
		LMSFinish: () => 'true',
		LMSGetValue: (k) => data[k] ?? '',
		LMSSetValue: (k, v) => {
			data[k] = v;
			return 'true';
		},
		LMSCommit: () => 'true',
		LMSGetLastError: () => '0'
	};
}

describe('SCORM runtime', () => {
	test('finds the API up the parent chain, then through the opener', () => {
		const api = fakeApi();
		const top: ApiWindow = { API: api };
		top.parent = top;
		const middle: ApiWindow = { parent: top };
		const frame: ApiWindow = { parent: middle };
		expect(findApi(frame)).toEqual({ version: '1.2', api });
		const popup: ApiWindow = { opener: frame };
		popup.parent = popup;
		expect(findApi(popup)?.api).toBe(api);
		const alone: ApiWindow = {};
		alone.parent = alone;
		expect(findApi(alone)).toBeUndefined();
	});

	test('reports score, status and suspend data in SCORM 1.2 terms', () => {
		const api = fakeApi();
		const lms = new LmsSession({ version: '1.2', api });
		expect(lms.initialize()).toBe(true);
		lms.setScore(87.5);
		lms.setStatus('passed');
		lms.setSuspendData('abc');
		expect(api.data).toMatchObject({
			'cmi.core.score.raw': '87.5',
			'cmi.core.score.min': '0',
			'cmi.core.score.max': '100',
			'cmi.core.lesson_status': 'passed',
			'cmi.suspend_data': 'abc',
			'cmi.core.exit': 'suspend'
		});
	});
});

describe('suspend data', () => {
	const start = newAttempt({
		moduleSlug: module.slug,
		bank,
		mode: 'test',
		length: 10,
		seed: 'suspend',
		history: {},
		now: 1000
	});
	const first = resolveAttempt(start, bank).items[0];
	const answered = recordAnswer(
		start,
		first.item.id,
		{ kind: 'choice', selected: [first.order[0] ?? ''] },
		2000
	);

	test('an attempt in progress comes back the same, display orders included', () => {
		const back = decodeSuspend(encodeSuspend(answered, bank), module.slug, bank, 80)!;
		expect(back).toMatchObject({
			id: answered.id,
			mode: 'test',
			items: answered.items,
			answers: answered.answers
		});
		expect(resolveAttempt(back, bank)).toEqual(resolveAttempt(answered, bank));
	});

	test('a finished attempt comes back marked as it was', () => {
		const done = finishAttempt(answered, bank, 80, 3000);
		expect(decodeSuspend(encodeSuspend(done, bank), module.slug, bank, 80)).toMatchObject({
			finishedAt: 3000,
			score: { percent: done.score.percent, passed: done.score.passed }
		});
	});

	test('a whole-bank test, every item answered, fits in SCORM 1.2’s 4,096 characters', () => {
		let all = newAttempt({
			moduleSlug: module.slug,
			bank,
			mode: 'test',
			length: 'all',
			seed: 'big',
			history: {},
			now: 1000
		});
		for (const r of resolveAttempt(all, bank).items) {
			all = recordAnswer(all, r.item.id, { kind: 'blank', text: 'some typed words here' }, 5000);
		}
		expect(encodeSuspend(all, bank).length).toBeLessThanOrEqual(4096);
	});

	test('unreadable suspend data is ignored rather than trusted', () => {
		expect(decodeSuspend('', module.slug, bank, 80)).toBeUndefined();
		expect(decodeSuspend('not base64 deflate', module.slug, bank, 80)).toBeUndefined();
	});
});

describe('SCORM package', () => {
	test('lesson links and ids are made to work on one page', () => {
		const html =
			'<h2 id="costs">Costs</h2><p><a href="other#who">x</a> <a href="other">y</a> <a href="#costs">z</a> <a href="https://example.org/a">w</a></p>';
		expect(localiseLesson('plan', html)).toBe(
			'<h3 id="plan--costs">Costs</h3><p><a href="#other--who">x</a> <a href="#other">y</a> <a href="#plan--costs">z</a> <a href="https://example.org/a">w</a></p>'
		);
	});

	test('the manifests name one SCO and the pass mark', () => {
		const info = exportModule(module);
		expect(manifest12(info)).toContain(
			`<adlcp:masteryscore>${module.passMark}</adlcp:masteryscore>`
		);
		expect(manifest12(info)).toContain('adlcp:scormtype="sco" href="index.html"');
		expect(manifest2004(info)).toContain(
			`<imsss:minNormalizedMeasure>${module.passMark / 100}</imsss:minNormalizedMeasure>`
		);
	});
});
