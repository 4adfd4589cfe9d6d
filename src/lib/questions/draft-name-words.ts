/**
 * The words name-finding knows: month and day names, capitalised words that name nothing, titles, the head
 * and first words that say what a name is, people's roles and verbs of speech, and compromise's lexicon
 * tags for a word.
 */
import { tagsOf } from './draft-text.ts';

const MONTHS =
	'January February March April May June July August September October November December'.split(
		' '
	);
const WEEKDAYS = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' ');

/** Capitalised words that open sentences without naming anything. */
export const FUNCTION_CAPS = new Set(
	(
		'The A An In On At By For From To With Without Despite Since After Before During When While Although Though But And Or ' +
		'If As According Speaking Even Not Only Its Their His Her Our My Your This That These Those Some Several Many Most Other ' +
		'Another Each Every All Both No None Whoever Whatever What Why How Where Who Which It He She They We I You There Here Then ' +
		'Now So Yet Still Also Instead Meanwhile However Further Unlike Like Among Between Under Over About Around Against Until ' +
		'Once Whether Although Because Across Through Toward Towards Within Except Besides Following Including Than Just Last Next'
	).split(' ')
);

/** Capitalised nouns that name no particular thing in news prose. */
export const COMMON_PROPER = new Set([
	'Sun',
	'Earth',
	'Moon',
	'Big Bang',
	'Internet',
	'God',
	'Celsius',
	'Fahrenheit'
]);

/** Short forms compromise's lexicon does not file as countries. */
export const KNOWN_KINDS: Record<string, string> = {
	UK: 'country',
	US: 'country',
	USA: 'country',
	EU: 'organisation',
	UN: 'organisation'
};

/** First words of two-word kinds ("market town", "space agency", "research institute"). */
export const COMPOUND_FIRST = new Set(
	'space research market county city governing football sports news health conciliation trade oil car technology media investment energy water rail bus shipping insurance parents'.split(
		' '
	)
);

/** Nouns after a name that say what it does or has, not what it is ("the UK government"). */
export const NOT_KINDS = new Set(
	'government administration authorities authority officials official economy people team leader side stance border minister police army forces market capital coast public press media'.split(
		' '
	)
);

/** Words that may sit inside a name between capitalised words. */
export const PARTICLES = new Set([
	'of',
	'for',
	'and',
	'de',
	'van',
	'von',
	'der',
	'den',
	'da',
	'di',
	'del',
	'la',
	'le',
	'du',
	'bin',
	'al',
	'el',
	'on'
]);

/** Titles written before a person's name; the longest first. */
export const TITLES = [
	'Deputy Prime Minister',
	'Prime Minister',
	'Vice President',
	'Foreign Secretary',
	'Home Secretary',
	'Health Secretary',
	'Chief Executive',
	'Secretary-General',
	'Secretary General',
	'President',
	'Chancellor',
	'Minister',
	'Secretary',
	'Senator',
	'Governor',
	'Mayor',
	'King',
	'Queen',
	'Prince',
	'Princess',
	'Pope',
	'Judge',
	'Justice',
	'Professor',
	'Prof',
	'Dr',
	'Doctor',
	'Mr',
	'Mrs',
	'Ms',
	'Miss',
	'Sir',
	'Dame',
	'Lord',
	'Lady',
	'Captain',
	'Coach',
	'Commissioner',
	'Ambassador',
	'Inspector',
	'Reverend',
	'Rev',
	'Bishop',
	'Archbishop',
	'Cardinal',
	'Rabbi',
	'Imam',
	'Sheikh',
	'General',
	'Chairman',
	'Chairwoman'
].map((t) => t.split(/\s+/));

/** The last word of a name says what it is ("Northfield University", "Brennmouth Port Holdings"). */
export const HEAD_KINDS: Record<string, string> = {
	telescope: 'telescope',
	observatory: 'observatory',
	array: 'telescope',
	satellite: 'satellite',
	university: 'university',
	college: 'college',
	school: 'school',
	academy: 'school',
	institute: 'research institute',
	agency: 'agency',
	council: 'council',
	union: 'union',
	party: 'party',
	hospital: 'hospital',
	clinic: 'clinic',
	fund: 'fund',
	trust: 'charity',
	charity: 'charity',
	foundation: 'foundation',
	association: 'association',
	society: 'organisation',
	organization: 'organisation',
	organisation: 'organisation',
	federation: 'organisation',
	league: 'league',
	club: 'club',
	index: 'index',
	marathon: 'race',
	summit: 'summit',
	conference: 'conference',
	festival: 'festival',
	bridge: 'place',
	airport: 'airport',
	station: 'station',
	museum: 'museum',
	gallery: 'gallery',
	holdings: 'company',
	ltd: 'company',
	plc: 'company',
	inc: 'company',
	group: 'company',
	company: 'company',
	corporation: 'company',
	airlines: 'company',
	airways: 'company',
	bank: 'bank',
	ministry: 'ministry',
	department: 'department',
	commission: 'commission',
	committee: 'committee',
	court: 'court',
	police: 'police force',
	service: 'service',
	authority: 'authority',
	board: 'board',
	office: 'office',
	valley: 'region',
	mountains: 'region',
	islands: 'region',
	island: 'island',
	coast: 'region',
	sea: 'sea',
	ocean: 'ocean',
	river: 'river',
	lake: 'lake',
	programme: 'programme',
	program: 'programme',
	project: 'project',
	mission: 'mission',
	prize: 'prize',
	award: 'award',
	act: 'law',
	bill: 'bill',
	treaty: 'treaty',
	agreement: 'agreement',
	partnership: 'organisation',
	alliance: 'organisation',
	coalition: 'organisation',
	network: 'organisation',
	centre: 'centre',
	center: 'centre',
	laboratory: 'laboratory',
	laboratories: 'laboratory',
	journal: 'journal',
	international: 'organisation',
	watch: 'organisation'
};

/** Names whose first word says what they are ("River Wendle", "Port of Brennmouth"). */
export const FIRST_KINDS: Record<string, string> = {
	river: 'river',
	lake: 'lake',
	mount: 'mountain',
	port: 'port',
	university: 'university',
	bank: 'bank'
};

/** Words that do not identify a name on their own ("Space", "National"), never read as a short form. */
export const GENERIC = new Set(
	(
		'space agency national international university institute council union port river united kingdom states ' +
		'general hospital trust fund association index group the of and for new north south east west northern ' +
		'southern eastern western central great royal european american british world global city county district'
	).split(' ')
);

/** Nouns for people's roles: a name set beside one of them is a person. */
export const PERSON_ROLES = new Set(
	(
		'astronomer scientist cosmologist physiologist physicist chemist biologist geologist ecologist epidemiologist ' +
		'virologist doctor physician nurse surgeon director founder coach secretary executive chief minister president ' +
		'chair chairman chairwoman spokesperson spokesman spokeswoman leader mayor councillor officer official professor ' +
		'researcher economist analyst lawyer judge teacher headteacher manager owner farmer runner athlete player captain ' +
		'author writer journalist reporter editor campaigner activist expert engineer resident student pilot historian ' +
		'curator artist singer actor boss governor senator ambassador commissioner inspector detective chancellor deputy ' +
		'adviser advisor consultant pacemaker winner champion midwife paramedic vet dean principal head'
	).split(' ')
);

/** Verbs of speech and opinion, present and past. */
export const SPEECH_VERBS =
	'said|says|say|stated|states|told|tells|added|adds|insists|insisted|argues|argued|warns|warned|wrote|writes|asked|asks|explained|explains|noted|notes|replied|replies|claims|claimed|believes|believed|urges|urged|wants|wanted|rejects|rejected|accepts|accepted|emphasized|emphasised|emphasizes|emphasises|stressed|stresses|maintains|maintained|fears|feared|expects|expected|estimate|estimates|estimated|criticized|criticised|criticizes|criticises|opposes|opposed|supports|supported|points|pointed|called|calls|agrees|agreed|denies|denied|admits|admitted|predicts|predicted|hopes|hoped|demands|demanded';

const tagMemo = new Map<string, Set<string>>();
export function tags(text: string): Set<string> {
	let t = tagMemo.get(text);
	if (!t) {
		t = tagsOf(text);
		tagMemo.set(text, t);
	}
	return t;
}

const PROPER_TAGS = [
	'ProperNoun',
	'Person',
	'Place',
	'Organization',
	'Acronym',
	'FirstName',
	'LastName',
	'Country',
	'City',
	'Region'
];

export function properByLexicon(word: string): boolean {
	const t = tags(word);
	return PROPER_TAGS.some((p) => t.has(p));
}

export function isMonthOrDay(word: string): boolean {
	return MONTHS.includes(word) || WEEKDAYS.includes(word);
}
