// The quiz's rule, for an assignment: one tab at a time takes the answers of a student's work. The tab that
// starts or continues the work names itself under the assignment's owner key; another tab shows the work as
// it is saved until the student moves it there, and a save from a tab that does not hold it is refused, so
// two tabs never write one attempt. Which tabs are still open is told by their Web Locks ($lib/quiz/tab).
import { isFinished } from '../quiz/finished.ts';
import { parseOwner, type QuizOwner, type SaveResult } from '../progress/store.ts';
import type { LocalRecords } from './local.ts';
import {
	emptyWork,
	parseWork,
	putAttempt,
	workKey,
	type AssignmentWork,
	type WorkAttempt
} from './work.ts';
import { WORK_OWNER_PREFIX } from '../storage/keys.ts';

/** The owner key of an assignment's work. */
export function workOwnerKey(assignmentId: string): string {
	return `${WORK_OWNER_PREFIX}${assignmentId}`;
}

/** The tab that takes the assignment's answers, read afresh; null when none does (or the claim is damaged). */
export function workOwner(records: LocalRecords, assignmentId: string): QuizOwner | null {
	return parseOwner(records.raw(workOwnerKey(assignmentId)));
}

/** Makes `tab` the one that takes the assignment's answers; every other tab's saves are refused from now on. */
export function claimWork(
	records: LocalRecords,
	assignmentId: string,
	tab: string,
	now: number
): void {
	const owner: QuizOwner = { tab, since: now };
	records.setRaw(workOwnerKey(assignmentId), JSON.stringify(owner));
	records.notify();
}

/** Gives the assignment up when `tab` holds it (the attempt ended or the page is closing). */
export function releaseWork(records: LocalRecords, assignmentId: string, tab: string): void {
	if (workOwner(records, assignmentId)?.tab === tab) records.remove(workOwnerKey(assignmentId));
}

/** The student's work as stored now. */
export function readWork(records: LocalRecords, assignmentId: string): AssignmentWork {
	return records.read(workKey(assignmentId), parseWork, emptyWork);
}

/**
 * Saves an attempt of the work from `tab`: refused while another tab takes the answers, and refused for an
 * unfinished copy of an attempt already finished (in another tab). A refusal writes nothing; either way the
 * work as stored comes back.
 */
export function saveWork(
	records: LocalRecords,
	assignmentId: string,
	tab: string,
	entry: WorkAttempt
): { result: SaveResult; work: AssignmentWork } {
	const owner = workOwner(records, assignmentId);
	if (owner && owner.tab !== tab)
		return { result: 'not-owner', work: readWork(records, assignmentId) };
	const stored = readWork(records, assignmentId);
	const same = stored.attempts.find((w) => w.attempt.id === entry.attempt.id);
	if (same && isFinished(same.attempt) && !isFinished(entry.attempt))
		return { result: 'finished', work: stored };
	const work = records.update(workKey(assignmentId), parseWork, emptyWork, (w) =>
		putAttempt(w, entry)
	);
	return { result: 'saved', work };
}
