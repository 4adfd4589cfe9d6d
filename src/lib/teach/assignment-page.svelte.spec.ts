import { describe, expect, it } from 'vitest';
import { encodeAssignment, type Assignment } from './assignment.ts';
import { AssignmentPage } from './assignment-page.svelte.ts';
import { PageStorage } from './local.ts';
import { decodeResult } from './result-decode.ts';
import { T0, bank, makeAssignment } from '../testing/teach.ts';
import { NAME_KEY } from '../storage/keys.ts';
import { workKey } from './work.ts';

const link = (a: Assignment, preview = false) =>
	`#a=${encodeAssignment(a, bank)}${preview ? '&preview' : ''}`;

/** A page on a device whose storage is `storage`, as a tab with id `tab`. */
function page(storage = new PageStorage(), tab = 'tab-1', now = T0) {
	return new AssignmentPage({
		module: 'summit',
		bank,
		storage: () => storage,
		tab,
		now: () => now
	});
}

describe('AssignmentPage: opening the link', () => {
	it('explains a link with no assignment in it, or one for another module', () => {
		const p = page();
		p.read('');
		expect(p.phase).toBe('error');
		expect(p.error).toMatch(/no assignment in it/);
		p.read(link(makeAssignment({ module: 'other' })));
		expect(p.phase).toBe('error');
		expect(p.error).not.toBe('');
	});

	it('shows the intro: the questions, the attempts left, the name remembered on the device', () => {
		const storage = new PageStorage();
		storage.setItem(NAME_KEY, 'Ada');
		const p = page(storage);
		p.read(link(makeAssignment({ attempts: 2 })));
		expect(p.phase).toBe('intro');
		expect(p.items).toHaveLength(bank.length);
		expect([p.left, p.finished, p.open, p.name]).toEqual([2, [], undefined, 'Ada']);
	});

	it('counts the work late once the due day has ended', () => {
		const due = page(new PageStorage(), 'tab-1', Date.UTC(2026, 11, 6));
		due.read(link(makeAssignment({ due: '2026-12-04' })));
		expect(due.pastDue).toBe(true);
		const early = page();
		early.read(link(makeAssignment({ due: '2026-12-04' })));
		expect(early.pastDue).toBe(false);
	});
});

describe('AssignmentPage: doing the work', () => {
	it('asks for a name before starting, then starts and keeps the attempt on the device', async () => {
		const storage = new PageStorage();
		const p = page(storage);
		p.read(link(makeAssignment()));
		expect(await p.start()).toBe('name');
		expect(p.nameError).toMatch(/Type your name/);
		expect(p.phase).toBe('intro');

		p.name = '  Grace  ';
		expect(await p.start()).toBe('started');
		expect([p.phase, p.nameError, p.place]).toEqual(['quiz', '', 'here']);
		expect(p.status).toBe(`Started: ${bank.length} questions.`);
		expect(storage.getItem(NAME_KEY)).toBe('Grace');
		expect(storage.getItem(workKey(p.id))).not.toBeNull();

		// The page opened again, once this one has gone, carries on the same attempt, under its name.
		p.leave();
		const again = page(storage, 'tab-2');
		again.read(link(makeAssignment()));
		expect(again.open?.name).toBe('Grace');
		again.name = 'Someone else';
		expect(await again.start()).toBe('started');
		expect(again.session?.attempt.id).toBe(p.session?.attempt.id);
		expect(again.status).toMatch(/^Your work continues at question 1 of /);
	});

	it('finishes with a result code and a file the gradebook reads back, under the student’s name', async () => {
		const p = page();
		const assignment = makeAssignment({ attempts: 1 });
		p.read(link(assignment));
		p.name = 'Grace';
		await p.start();
		p.session!.finish();
		expect(p.phase).toBe('done');
		expect([p.left, p.reveal, p.finished.length]).toEqual([0, true, 1]);
		const code = decodeResult(p.code, p.assignment!, bank);
		expect(code.ok && code.result.name).toBe('Grace');
		const files: [string, string, string][] = [];
		p.download((...file) => void files.push(file));
		expect(files).toHaveLength(1);
		expect(files[0][2]).toBe('application/json');
		const file = decodeResult(files[0][1], p.assignment!, bank);
		expect(file.ok && file.result.name).toBe('Grace');
		expect(p.status).toBe(`Saved ${files[0][0]}.`);

		// Back to the intro: no attempt is left, the finished one is listed.
		p.back();
		expect([p.phase, p.open, p.finished.length, p.shown]).toEqual(['intro', undefined, 1, null]);
	});

	it('says so when copying the code is blocked', async () => {
		const p = page();
		p.read(link(makeAssignment()));
		p.name = 'Grace';
		await p.start();
		p.session!.finish();
		const copied: string[] = [];
		expect(await p.copy(async (text) => void copied.push(text))).toBe(true);
		expect(copied).toEqual([p.code]);
		expect(p.status).toMatch(/^Result code copied/);
		expect(await p.copy(() => Promise.reject(new Error('blocked')))).toBe(false);
		expect(p.status).toMatch(/^Copying is blocked here/);
	});

	it('keeps nothing in a preview', async () => {
		const storage = new PageStorage();
		const p = page(storage);
		p.read(link(makeAssignment(), true));
		expect([p.preview, p.name]).toEqual([true, 'Preview']);
		await p.start();
		p.session!.finish();
		expect(p.phase).toBe('done');
		expect(storage.length).toBe(0);
	});
});

describe('AssignmentPage: two tabs on the same work', () => {
	it('a second tab follows the one taking the answers, takes them once it has gone, and the first gives way', async () => {
		const storage = new PageStorage();
		const first = page(storage, 'tab-1');
		first.read(link(makeAssignment()));
		first.name = 'Grace';
		await first.start();
		const second = page(storage, 'tab-2');
		second.read(link(makeAssignment()));
		await second.start();
		expect([second.place, second.session?.taking, second.status]).toEqual(['elsewhere', false, '']);

		// The first tab is hidden: the second hears of it through the storage event.
		first.leave();
		second.external(null, null);
		expect(second.ownerGone).toBe(true);
		expect(second.continueHere()).toBe(true);
		expect([second.place, second.session?.taking, second.ownerGone]).toEqual(['here', true, false]);
		expect(second.status).toMatch(/^This tab now takes your answers: question 1 of /);

		// The first tab, back, finds the answers taken elsewhere.
		first.external(null, null);
		expect([first.place, first.session?.taking]).toEqual(['moved', false]);
	});
});
