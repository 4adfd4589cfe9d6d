import { describe, expect, it } from 'vitest';
import { CHART, chartLabel, placePoints } from './chart.ts';

const points = [
	{ attempt: 'a', finishedAt: 1, percent: 0 },
	{ attempt: 'b', finishedAt: 2, percent: 50 },
	{ attempt: 'c', finishedAt: 3, percent: 100 }
];

describe('placePoints', () => {
	it('spreads attempts evenly and maps 0..100% from bottom to top', () => {
		const placed = placePoints(points);
		expect(placed.map((p) => p.x)).toEqual([CHART.left, 214, CHART.width - CHART.right]);
		expect(placed[0].y).toBe(CHART.height - CHART.bottom);
		expect(placed[2].y).toBe(CHART.top);
		expect(placed[1].y).toBe((placed[0].y + placed[2].y) / 2);
	});

	it('centres a single attempt', () => {
		expect(placePoints([points[1]])[0].x).toBe(214);
	});
});

describe('chartLabel', () => {
	it('sums the chart up in words', () => {
		expect(chartLabel('Tides', points)).toBe(
			'Scores over time for Tides: 3 attempts, first 0%, last 100%, best 100%.'
		);
		expect(chartLabel('Tides', [])).toBe('Scores over time for Tides: no finished quiz yet.');
	});
});
