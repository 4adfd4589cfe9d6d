const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** A source date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) in words, no more precise than written. */
export function formatSourceDate(date: string): string {
	const [year, month, day] = date.split('-');
	if (!month) return year;
	const monthName = MONTHS[Number(month) - 1] ?? month;
	return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** "1 minute", "12 minutes". */
export function minutes(n: number): string {
	return n === 1 ? '1 minute' : `${n} minutes`;
}

/** "Introductory" from "introductory". */
export function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
