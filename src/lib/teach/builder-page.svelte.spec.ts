import { describe, expect, it } from 'vitest';
import { codeFromLink, decodeAssignment } from './assignment.ts';
import { BuilderPage } from './builder-page.svelte.ts';
import { gradebookKey, parseGradebook } from './gradebook.ts';
import { PageStorage } from './local.ts';
import { T0, bank } from '../testing/teach.ts';

function builder(storage = new PageStorage()) {
	const b = new BuilderPage({
		module: 'summit',
		bank,
		passMark: 70,
		studentPath: '/summit/assignment',
		storage: () => storage,
		offset: () => 60
	});
	b.opened('https://example.org', new Date(2026, 11, 2, 9, 30));
	return b;
}

describe('BuilderPage', () => {
	it('starts with the module’s pass mark, a fresh draw code and the teacher’s today', () => {
		const b = builder();
		expect(b.form.passMark).toBe('70');
		expect(b.form.seed).toMatch(/^.{6}$/);
		expect(b.today).toBe('2026-12-02');
		// A draw code the teacher typed is kept.
		b.form.seed = 'monday';
		b.opened('https://example.org', new Date(2026, 11, 2));
		expect(b.form.seed).toBe('monday');
	});

	it('lists the problems and makes no link while the form has them', () => {
		const b = builder();
		b.form.title = '';
		b.form.count = '0';
		expect(b.make(T0)).toBe(false);
		expect(b.errors.map((e) => e.field)).toEqual(['title', 'count']);
		expect(b.errorOf('title')).toBeTruthy();
		expect(b.errorOf('due')).toBeUndefined();
		expect([b.code, b.link, b.qr]).toEqual(['', '', null]);
	});

	it('makes a share link the student page opens, lists it in the gradebook, and shows it stale after a change', () => {
		const storage = new PageStorage();
		const b = builder(storage);
		b.form.title = 'Year 10B';
		b.form.count = '5';
		expect(b.make(T0)).toBe(true);
		expect(b.errors).toEqual([]);
		expect(b.link.startsWith('https://example.org/summit/assignment#a=')).toBe(true);
		expect(b.fragment).toBe(`#a=${b.code}`);
		expect(b.qr?.size).toBeGreaterThan(0);
		expect(b.status).toBe(`Link made: ${b.summary}`);
		const decoded = decodeAssignment(codeFromLink(b.link), bank, 'summit');
		expect(decoded.ok && decoded.assignment.title).toBe('Year 10B');
		const saved = decoded.ok ? storage.getItem(gradebookKey(decoded.id)) : null;
		expect(saved && parseGradebook(saved).ok).toBe(true);

		expect(b.stale).toBe(false);
		b.form.mode = 'test';
		expect(b.stale).toBe(true);
		b.form.mode = 'practice';
		expect(b.stale).toBe(false);
	});

	it('warns of a due date already past', () => {
		const b = builder();
		expect(b.pastDue).toBe(false);
		b.form.due = '2026-12-01';
		expect(b.pastDue).toBe(true);
		b.form.due = '2026-12-02';
		expect(b.pastDue).toBe(false);
	});

	it('picks and unpicks the questions the filter shows, and says how many are picked', () => {
		const b = builder();
		b.form.choose = 'picked';
		b.typeFilter = 'truefalse';
		const shown = b.shown.map((i) => i.id);
		expect(shown.length).toBeGreaterThan(0);
		expect(b.shown.every((i) => i.type === 'truefalse')).toBe(true);
		b.pickShown(true);
		expect(b.form.picked).toEqual(shown);
		expect(b.status).toBe(`${shown.length} question${shown.length === 1 ? '' : 's'} picked.`);
		b.typeFilter = '';
		b.pickShown(false);
		expect([b.form.picked, b.status]).toEqual([[], '0 questions picked.']);
		expect(b.types).toContain('truefalse');
	});

	it('says so when copying the link is blocked', async () => {
		const b = builder();
		b.form.title = 'Year 10B';
		b.make(T0);
		const copied: string[] = [];
		expect(await b.copy(async (text) => void copied.push(text))).toBe(true);
		expect([copied, b.status]).toEqual([[b.link], 'Link copied.']);
		expect(await b.copy(() => Promise.reject(new Error('blocked')))).toBe(false);
		expect(b.status).toMatch(/^Copying is blocked here/);
	});
});
