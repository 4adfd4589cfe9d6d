/** The SCORM 1.2 runtime API an LMS puts on a window as `API`. */
export interface Scorm12Api {
	LMSInitialize(arg: ''): string | boolean;
	LMSFinish(arg: ''): string | boolean;
	LMSGetValue(element: string): string;
	LMSSetValue(element: string, value: string): string | boolean;
	LMSCommit(arg: ''): string | boolean;
	LMSGetLastError(): string | number;
}

/** The SCORM 2004 runtime API an LMS puts on a window as `API_1484_11`. */
export interface Scorm2004Api {
	Initialize(arg: ''): string | boolean;
	Terminate(arg: ''): string | boolean;
	GetValue(element: string): string;
	SetValue(element: string, value: string): string | boolean;
	Commit(arg: ''): string | boolean;
	GetLastError(): string | number;
}

/** The bits of a window the API search walks. */
export interface ApiWindow {
	API?: Scorm12Api;
	API_1484_11?: Scorm2004Api;
	parent?: ApiWindow | null;
	opener?: ApiWindow | null;
}

/** Where the LMS API was found, and which version it speaks. */
export type FoundApi = { version: '1.2'; api: Scorm12Api } | { version: '2004'; api: Scorm2004Api };

// The ADL's recommended search depth: an LMS nests the SCO a few frames deep at most.
const MAX_DEPTH = 7;

function search(start: ApiWindow | null | undefined, prefer: '1.2' | '2004'): FoundApi | undefined {
	let win = start;
	for (let depth = 0; win && depth <= MAX_DEPTH; depth++) {
		try {
			if (prefer === '2004' && win.API_1484_11) return { version: '2004', api: win.API_1484_11 };
			if (prefer === '1.2' && win.API) return { version: '1.2', api: win.API };
			if (!win.parent || win.parent === win) break;
			win = win.parent;
		} catch {
			// A cross-origin frame cannot be read: the API is not above it.
			break;
		}
	}
	return undefined;
}

/** The LMS API of this window, its parents, then its opener's chain; undefined outside an LMS. */
export function findApi(win: ApiWindow, prefer: '1.2' | '2004' = '1.2'): FoundApi | undefined {
	let opener: ApiWindow | null | undefined;
	try {
		opener = win.opener;
	} catch {
		opener = undefined;
	}
	return search(win, prefer) ?? search(opener, prefer);
}

/** What the SCO reports about the learner's quiz. */
export type LessonStatus = 'passed' | 'failed' | 'completed' | 'incomplete';

/** One session with the LMS, the same calls whichever SCORM version it speaks. */
export class LmsSession {
	readonly version: '1.2' | '2004';
	#found: FoundApi;
	#open = false;

	constructor(found: FoundApi) {
		this.version = found.version;
		this.#found = found;
	}

	#get(element12: string, element2004: string): string {
		const f = this.#found;
		return String(f.version === '1.2' ? f.api.LMSGetValue(element12) : f.api.GetValue(element2004));
	}

	#set(element12: string | null, element2004: string | null, value: string): void {
		const f = this.#found;
		if (f.version === '1.2' && element12) f.api.LMSSetValue(element12, value);
		if (f.version === '2004' && element2004) f.api.SetValue(element2004, value);
	}

	/** Opens the session; false when the LMS refuses it. */
	initialize(): boolean {
		const f = this.#found;
		const ok = f.version === '1.2' ? f.api.LMSInitialize('') : f.api.Initialize('');
		this.#open = String(ok) === 'true';
		return this.#open;
	}

	/** Whether the session is open. */
	get open(): boolean {
		return this.#open;
	}

	/** The suspend data the LMS kept from the learner's last session ('' on a first launch). */
	suspendData(): string {
		return this.#get('cmi.suspend_data', 'cmi.suspend_data');
	}

	/** Largest suspend data the version allows. */
	get suspendLimit(): number {
		return this.version === '1.2' ? 4096 : 64000;
	}

	/** Stores suspend data; says the learner's exit is a suspension so the next launch resumes. */
	setSuspendData(data: string): void {
		this.#set('cmi.suspend_data', 'cmi.suspend_data', data);
		this.#set('cmi.core.exit', 'cmi.exit', 'suspend');
	}

	/** Reports a score in percent, with min 0 and max 100 (and the scaled score for 2004). */
	setScore(percent: number): void {
		const raw = String(Math.round(percent * 10) / 10);
		this.#set('cmi.core.score.raw', 'cmi.score.raw', raw);
		this.#set('cmi.core.score.min', 'cmi.score.min', '0');
		this.#set('cmi.core.score.max', 'cmi.score.max', '100');
		this.#set(null, 'cmi.score.scaled', String(Math.round(percent * 10) / 1000));
	}

	/** Reports the status: 1.2 has one lesson status; 2004 splits completion and success. */
	setStatus(status: LessonStatus): void {
		this.#set('cmi.core.lesson_status', null, status);
		this.#set(null, 'cmi.completion_status', status === 'incomplete' ? 'incomplete' : 'completed');
		if (status === 'passed' || status === 'failed') this.#set(null, 'cmi.success_status', status);
	}

	/** The status the LMS holds (1.2 lesson status, or 2004 success status else completion status). */
	status(): string {
		if (this.version === '1.2') return this.#get('cmi.core.lesson_status', '');
		const success = this.#get('', 'cmi.success_status');
		return success === 'unknown' ? this.#get('', 'cmi.completion_status') : success;
	}

	/** Asks the LMS to store what was set. */
	commit(): void {
		const f = this.#found;
		if (f.version === '1.2') f.api.LMSCommit('');
		else f.api.Commit('');
	}

	/** Ends the session (on leaving the page). */
	finish(): void {
		if (!this.#open) return;
		this.commit();
		const f = this.#found;
		if (f.version === '1.2') f.api.LMSFinish('');
		else f.api.Terminate('');
		this.#open = false;
	}
}
