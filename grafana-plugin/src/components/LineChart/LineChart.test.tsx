import React from 'react';
import { render, screen } from '@testing-library/react';
import { LineChart } from './LineChart';
import { seriesPath, yRange } from './scale';

describe('LineChart geometry', () => {
  const box = { width: 100, height: 50, fromMs: 0, toMs: 100 };
  it('scales points into the box and breaks the line at gaps', () => {
    const s = { name: 'a', color: 'red', points: [[0, 0], [50, 10], [60, null], [100, 5]] as Array<[number, number | null]> };
    expect(seriesPath(s, box, { min: 0, max: 10 })).toBe('M0.0,50.0 L50.0,0.0 M100.0,25.0');
  });
  it('keeps a flat zero series drawable', () => {
    expect(yRange([{ name: 'z', color: 'red', points: [[0, 0]] }])).toEqual({ min: 0, max: 1 });
  });
});

describe('LineChart', () => {
  it('names its series', () => {
    render(<LineChart testId="chart" fromMs={0} toMs={100} series={[{ name: 'error rate', color: 'red', points: [[10, 1]] }]} />);
    expect(screen.getByTestId('chart')).toHaveTextContent('error rate');
  });
});
