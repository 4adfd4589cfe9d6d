import type { ScorePoint } from './dashboard.ts';

/** Size of the chart's drawing area, in SVG units; it scales to the page width. */
export const CHART = { width: 400, height: 200, left: 44, right: 16, top: 12, bottom: 28 };

/** One point placed on the chart. */
export interface PlacedPoint extends ScorePoint {
	/** Horizontal position. */
	x: number;
	/** Vertical position. */
	y: number;
}

/**
 * Places attempts evenly from left to right, oldest first (attempts can be minutes or months apart; even
 * steps keep every point readable), and percent from 0 at the bottom to 100 at the top.
 */
export function placePoints(points: readonly ScorePoint[]): PlacedPoint[] {
	const { width, height, left, right, top, bottom } = CHART;
	const span = width - left - right;
	const step = points.length > 1 ? span / (points.length - 1) : 0;
	return points.map((p, i) => ({
		...p,
		x: left + (points.length > 1 ? i * step : span / 2),
		y: top + (1 - p.percent / 100) * (height - top - bottom)
	}));
}

/** The chart's text alternative, in one sentence. */
export function chartLabel(title: string, points: readonly ScorePoint[]): string {
	if (points.length === 0) return `Scores over time for ${title}: no finished quiz yet.`;
	const first = points[0].percent;
	const last = points[points.length - 1].percent;
	const best = Math.max(...points.map((p) => p.percent));
	const n = points.length;
	return `Scores over time for ${title}: ${n} ${n === 1 ? 'attempt' : 'attempts'}, first ${first}%, last ${last}%, best ${best}%.`;
}
