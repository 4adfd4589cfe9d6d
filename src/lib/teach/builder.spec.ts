import { describe, expect, it } from 'vitest';
import { assignmentItems, decodeAssignment, encodeAssignment } from './assignment.ts';
import {
	buildAssignment,
	defaultForm,
	describeAssignment,
	filterItems,
	localOffset
} from './builder.ts';
import { T0, bank } from '../testing/teach.ts';

const offset = () => 60;

describe('the assignment builder', () => {
	it('builds a draw with the form’s settings that survives the share link', () => {
		const form = {
			...defaultForm(70),
			title: '  Year 10B  ',
			seed: 'monday',
			count: '6',
			due: '2026-12-04'
		};
		const built = buildAssignment(form, 'summit', bank, T0, offset);
		expect(built.ok).toBe(true);
		if (!built.ok) return;
		expect(built.assignment).toMatchObject({
			title: 'Year 10B',
			selection: { kind: 'draw', count: 6, seed: 'monday' },
			mode: 'practice',
			attempts: 1,
			passMark: 70,
			due: '2026-12-04',
			dueOffset: 60
		});
		const decoded = decodeAssignment(encodeAssignment(built.assignment, bank), bank);
		expect(decoded.ok && assignmentItems(decoded.assignment, bank)).toHaveLength(6);
	});

	it('keeps picked questions that exist, sorted, and no limit when attempts are empty', () => {
		const ids = [bank[5].id, bank[1].id, 'gone', bank[5].id];
		const form = {
			...defaultForm(70),
			title: 'T',
			choose: 'picked' as const,
			picked: ids,
			attempts: ''
		};
		const built = buildAssignment(form, 'summit', bank, T0, offset);
		expect(built.ok && built.assignment.selection).toEqual({
			kind: 'picked',
			ids: [bank[1].id, bank[5].id].sort()
		});
		expect(built.ok && built.assignment.attempts).toBe('unlimited');
	});

	it('names every field that needs fixing', () => {
		const form = {
			...defaultForm(70),
			title: ' ',
			count: '0',
			seed: '',
			attempts: '1.5',
			passMark: '101',
			due: 'next week'
		};
		const built = buildAssignment(form, 'summit', bank, T0, offset);
		expect(built.ok).toBe(false);
		expect(!built.ok && built.errors.map((e) => e.field)).toEqual([
			'title',
			'count',
			'seed',
			'attempts',
			'passMark',
			'due'
		]);
		const picked = buildAssignment(
			{ ...defaultForm(70), title: 'T', choose: 'picked', picked: [] },
			'summit',
			bank,
			T0,
			offset
		);
		expect(!picked.ok && picked.errors).toEqual([
			{ field: 'picked', message: 'Pick at least one question.' }
		]);
	});

	it('reads number inputs, which bind numbers or null, like their text', () => {
		const form = {
			...defaultForm(70),
			title: 'T',
			seed: 's',
			count: 4 as unknown as string,
			attempts: null as unknown as string,
			passMark: 55 as unknown as string
		};
		const built = buildAssignment(form, 'summit', bank, T0, offset);
		expect(built.ok && built.assignment).toMatchObject({
			selection: { kind: 'draw', count: 4 },
			attempts: 'unlimited',
			passMark: 55
		});
	});

	it('refuses a draw larger than the bank', () => {
		const form = { ...defaultForm(70), title: 'T', seed: 's', count: String(bank.length + 1) };
		const built = buildAssignment(form, 'summit', bank, T0, offset);
		expect(!built.ok && built.errors[0].message).toContain(`from 1 to ${bank.length}`);
	});

	it('filters the bank by type and section', () => {
		expect(
			filterItems(bank, { type: 'matching', section: '' }).every((i) => i.type === 'matching')
		).toBe(true);
		expect(filterItems(bank, { type: '', section: '' })).toHaveLength(bank.length);
		const section = bank[0].section;
		expect(filterItems(bank, { type: '', section }).every((i) => i.section === section)).toBe(true);
	});

	it('describes the assignment in one sentence', () => {
		const form = {
			...defaultForm(60),
			title: 'T',
			seed: 's',
			count: '6',
			attempts: '2',
			mode: 'test' as const
		};
		const built = buildAssignment(form, 'summit', bank, T0, offset);
		expect(built.ok && describeAssignment(built.assignment, bank)).toBe(
			'6 questions, test (marked at the end), 2 attempts, pass mark 60%.'
		);
	});

	it('takes the offset of the teacher’s own time zone', () => {
		expect(localOffset('2026-07-01')).toBe(-new Date(2026, 6, 1, 23, 59).getTimezoneOffset());
	});
});
