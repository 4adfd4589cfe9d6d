// The script of the SCORM package's one page: mounts the site's quiz and, inside an LMS, reports to it.
// Outside an LMS it behaves like the site: progress stays in local storage.
import { mount } from 'svelte';
import QuizView from '../lib/components/quiz/QuizView.svelte';
import { decodeSuspend, encodeSuspend } from '../lib/exchange/suspend.ts';
import { findApi, LmsSession, type ApiWindow } from '../lib/exchange/scorm-lms.ts';
import { progress } from '../lib/progress/progress.svelte.ts';
import { inProgressAttempt, moduleProgress } from '../lib/progress/queries.ts';
import { isFinished, newAttempt, randomSeed, type Attempt } from '../lib/quiz/attempt.ts';
import { islandDataId, islandRootId } from '../lib/islands/islands.ts';
import type { Item } from '../lib/questions/types.ts';

/** What the package page embeds for this script. */
interface ScoData {
	module: string;
	bank: Item[];
	passMark: number;
	sections: Record<string, string>;
	/** Which SCORM version the package was made for: the API searched first. */
	scorm: '1.2' | '2004';
}

const LESSON_LINK = '#lesson/';

const root = document.getElementById(islandRootId('quiz'));
const dataElement = document.getElementById(islandDataId('quiz'));
const status = document.getElementById('lms-status');

if (root && dataElement?.textContent) start(JSON.parse(dataElement.textContent) as ScoData);

function say(text: string) {
	if (status) status.textContent = text;
}

function start(data: ScoData) {
	const found = findApi(window as unknown as ApiWindow, data.scorm);
	const lms = found ? new LmsSession(found) : undefined;
	if (lms && !lms.initialize())
		say(
			'The learning platform did not accept this activity: your work is saved on this device only.'
		);
	else if (lms) say('Connected to your learning platform: your progress and score are sent to it.');
	// Set before the quiz mounts, so it connects to the same store and opens the resumed attempt.
	const disconnect = progress.connect();
	const launchedAt = Date.now();
	let tracked: string | undefined;
	if (lms?.open) {
		const resumed = decodeSuspend(lms.suspendData(), data.module, data.bank, data.passMark);
		if (resumed) {
			tracked = resumed.id;
			progress.save(resumed);
		}
		if (!resumed && ['not attempted', 'unknown', ''].includes(lms.status()))
			lms.setStatus('incomplete');
		lms.commit();
	}
	const initial = newAttempt({
		moduleSlug: data.module,
		bank: data.bank,
		mode: 'practice',
		length: 10,
		seed: randomSeed(),
		history: {},
		now: launchedAt
	});
	root!.replaceChildren();
	mount(QuizView, {
		target: root!,
		props: {
			module: data.module,
			lessons: LESSON_LINK.slice(0, -1),
			bank: data.bank,
			initial,
			passMark: data.passMark,
			sections: data.sections
		}
	});

	if (lms?.open) {
		let last = '';
		$effect.root(() => {
			$effect(() => {
				const all = progress.data;
				if (!all) return;
				const attempt = latest(all, data.module, tracked, launchedAt);
				if (!attempt) return;
				tracked = attempt.id;
				const suspend = encodeSuspend(attempt, data.bank);
				const key = `${suspend}|${attempt.updatedAt}`;
				if (key === last) return;
				last = key;
				report(lms, attempt, suspend);
			});
		});
		addEventListener('pagehide', () => {
			lms.finish();
			disconnect();
		});
	}

	// The quiz links to lesson passages as "#lesson/<section>#<anchor>": here they are on this page.
	document.addEventListener('click', (event) => {
		const link = (event.target as Element | null)?.closest?.('a');
		const href = link?.getAttribute('href');
		if (!href?.startsWith(LESSON_LINK)) return;
		const [section, anchor] = href.slice(LESSON_LINK.length).split('#');
		const target = document.getElementById(anchor ? `${section}--${anchor}` : section);
		if (!target) return;
		event.preventDefault();
		target.setAttribute('tabindex', '-1');
		target.focus();
		target.scrollIntoView();
	});
}

/** The attempt this LMS session follows: the resumed one, or any started or changed since launch. */
function latest(
	all: NonNullable<typeof progress.data>,
	module: string,
	tracked: string | undefined,
	launchedAt: number
): Attempt | undefined {
	const mp = moduleProgress(all, module);
	const candidates = [inProgressAttempt(all, module), ...(mp?.attempts ?? [])].filter(
		(a): a is Attempt => !!a && (a.id === tracked || a.updatedAt >= launchedAt)
	);
	return candidates.sort((a, b) => b.updatedAt - a.updatedAt)[0];
}

function report(lms: LmsSession, attempt: Attempt, suspend: string) {
	// Too long for the LMS (SCORM 1.2 keeps 4,096 characters): the score still goes; local storage keeps the rest.
	lms.setSuspendData(suspend.length <= lms.suspendLimit ? suspend : '');
	if (isFinished(attempt)) {
		lms.setScore(attempt.score.percent);
		lms.setStatus(attempt.score.passed ? 'passed' : 'failed');
	} else if (!['passed', 'failed', 'completed'].includes(lms.status())) {
		// A new attempt after a finished one keeps the status and score the LMS already holds.
		lms.setStatus('incomplete');
	}
	lms.commit();
}
