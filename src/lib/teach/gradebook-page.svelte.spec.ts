import { describe, expect, it } from 'vitest';
import type { Item } from '../questions/types.ts';
import { encodeAssignment, type Assignment } from './assignment.ts';
import { AssignmentPage } from './assignment-page.svelte.ts';
import { GradebookPage, type ModuleInfo } from './gradebook-page.svelte.ts';
import { PageStorage } from './local.ts';
import { FakeStorage } from '../testing/fake-storage.ts';
import { bank, makeAssignment } from '../testing/teach.ts';

const SUMMIT: ModuleInfo = {
	slug: 'summit',
	title: 'The summit',
	bank: '/summit/questions.json',
	sections: { 'the-summit': 'The summit: what happened' },
	studentPath: '/summit/assignment'
};

/** A gradebook page on a device whose storage is `storage`; `answer` is the teacher's reply to confirm. */
function gradebook(storage = new PageStorage(), loadBank = async (): Promise<Item[]> => bank) {
	const addresses: string[] = [];
	const questions: string[] = [];
	let answer = true;
	const page = new GradebookPage({
		modules: [SUMMIT],
		storage: () => storage,
		loadBank,
		confirm: (question) => (questions.push(question), answer),
		setAddress: (fragment) => void addresses.push(fragment)
	});
	return { page, addresses, questions, answer: (yes: boolean) => (answer = yes) };
}

/** The result code a student sends after finishing `assignment` (with no answers) as `name`. */
async function studentCode(assignment: Assignment, name: string): Promise<string> {
	const student = new AssignmentPage({ module: 'summit', bank, storage: () => new PageStorage() });
	student.read(`#a=${encodeAssignment(assignment, bank)}`);
	student.name = name;
	await student.start();
	student.session!.finish();
	return student.code;
}

describe('GradebookPage', () => {
	it('follows another tab: a result it adds shows in the open gradebook, and a new gradebook in the list', async () => {
		const shared = new FakeStorage();
		const thereStorage = new FakeStorage(shared.entries);
		const code = encodeAssignment(makeAssignment(), bank);
		const here = gradebook(shared as unknown as PageStorage);
		const there = gradebook(thereStorage as unknown as PageStorage);
		await here.page.load(`#a=${code}`);
		await there.page.load(`#a=${code}`);
		there.page.add([await studentCode(makeAssignment(), 'Ada')]);
		const other = encodeAssignment(makeAssignment({ title: 'Another one' }), bank);
		await there.page.openLink(other);
		there.page.add([await studentCode(makeAssignment({ title: 'Another one' }), 'Bo')]);
		expect(here.page.entries).toHaveLength(0);
		for (const write of thereStorage.takeWrites())
			await here.page.external(write.key, write.newValue);
		expect(here.page.entries.map((e) => e.result.name)).toEqual(['Ada']);
		expect(here.page.others.map((g) => g.title)).toEqual(['Another one']);
	});

	it('lists no gradebooks on a new device, and opens the one in the address', async () => {
		const empty = gradebook();
		await empty.page.load('');
		expect([empty.page.ready, empty.page.listed, empty.page.open]).toEqual([true, [], null]);

		const { page, addresses } = gradebook();
		const code = encodeAssignment(makeAssignment(), bank);
		await page.load(`#a=${code}`);
		expect(page.open?.assignment.title).toBe('Year 10: the summit');
		expect([page.entries, page.openError, addresses]).toEqual([[], '', [`#a=${code}`]]);
		expect(page.questions).toHaveLength(bank.length);
	});

	it('says why a link cannot be opened, and loads the bank again after a failure', async () => {
		let fail = true;
		const { page } = gradebook(new PageStorage(), async () => {
			if (fail) throw new Error('offline');
			return bank;
		});
		await page.load('');
		expect(await page.openLink('not a link')).toBe(false);
		expect(page.openError).not.toBe('');
		expect(await page.openLink(encodeAssignment(makeAssignment({ module: 'gone' }), bank))).toBe(
			false
		);
		expect(page.openError).toMatch(/module this site does not have \(“gone”\)/);
		const code = encodeAssignment(makeAssignment(), bank);
		expect(await page.openLink(code)).toBe(false);
		expect(page.openError).toMatch(/could not be loaded/);
		fail = false;
		expect(await page.openLink(code)).toBe(true);
		expect(page.openError).toBe('');
	});

	it('adds the class’s result codes once each, with summaries and a CSV of the table', async () => {
		const assignment = makeAssignment({ attempts: 1 });
		const { page } = gradebook();
		await page.load(`#a=${encodeAssignment(assignment, bank)}`);
		const ada = await studentCode(assignment, 'Ada');
		const grace = await studentCode(assignment, 'Grace');
		page.add([ada, grace]);
		expect(page.status).toBe('2 added.');
		expect(page.entries.map((e) => e.result.name).sort()).toEqual(['Ada', 'Grace']);
		page.add([ada]);
		expect(page.status).toBe('0 added, 1 not added: see the list.');
		expect(page.report.map((l) => l.status)).toEqual(['duplicate']);
		expect(page.entries).toHaveLength(2);

		expect(page.bySkill.length).toBeGreaterThan(0);
		expect(page.bySkill.every((g) => g.title !== '')).toBe(true);
		expect(page.bySection.find((g) => g.key === 'the-summit')?.title).toBe(
			'The summit: what happened'
		);
		const files: string[][] = [];
		page.downloadCsv((...file) => void files.push(file));
		expect(files[0][0]).toBe(`briefing-gradebook-summit-${page.open!.id}.csv`);
		expect(files[0][1]).toContain('Grace');
		expect(files[0][2]).toBe('text/csv');
		expect(page.status).toBe(`Saved ${files[0][0]}.`);
	});

	it('deletes a result or a whole gradebook only once the teacher confirms', async () => {
		const assignment = makeAssignment();
		const storage = new PageStorage();
		const { page, answer, questions, addresses } = gradebook(storage);
		await page.load(`#a=${encodeAssignment(assignment, bank)}`);
		page.add([await studentCode(assignment, 'Ada')]);
		const checksum = page.entries[0].checksum;

		answer(false);
		page.remove(checksum, 'Ada');
		expect(page.entries).toHaveLength(1);
		answer(true);
		page.remove(checksum, 'Ada');
		expect([page.entries, page.status]).toEqual([[], "Ada's result deleted."]);
		expect(questions[0]).toBe("Delete Ada's result from this gradebook?");

		// The gradebook stays listed (it was stored): deleting it closes it.
		const other = gradebook(storage);
		await other.page.load('');
		expect(other.page.listed.map((l) => l.title)).toEqual(['Year 10: the summit']);
		await page.removeBook(other.page.listed[0].key, 'Year 10: the summit');
		expect([page.open, page.book, addresses.at(-1)]).toEqual([null, null, '']);
		expect(page.status).toBe('Gradebook of “Year 10: the summit” deleted.');
		expect(storage.length).toBe(0);
	});

	it('lists the other gradebooks by title, and opens one of them', async () => {
		const storage = new PageStorage();
		const first = makeAssignment({ title: 'B: second title' });
		const second = makeAssignment({ title: 'A: first title' });
		const { page } = gradebook(storage);
		await page.load('');
		for (const a of [first, second]) {
			await page.openLink(encodeAssignment(a, bank));
			page.add([await studentCode(a, 'Ada')]);
		}
		await page.load('');
		expect(page.listed.map((l) => [l.title, l.moduleTitle, l.count])).toEqual([
			['A: first title', 'The summit', 1],
			['B: second title', 'The summit', 1]
		]);
		// The open one (the second) is not among the others.
		expect(page.others.map((l) => l.title)).toEqual(['B: second title']);
		expect(await page.openListed(page.others[0].key)).toBe(true);
		expect(page.open?.assignment.title).toBe('B: second title');
		expect(page.others.map((l) => l.title)).toEqual(['A: first title']);
	});
});
