import React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { testIds } from '../testIds';
import { WallCell } from './WallCell';
import type { WallCell as Cell } from '../../data/wall';

const cell: Cell = {
  cdn: 'akamai',
  pop: 'FRA',
  requests: 1000,
  health: 'bad',
  metrics: {
    rtt: { value: 1200, normal: 300, health: 'bad' },
    ttfb: { value: 80, normal: 75, health: 'ok' },
    errors: { value: 0.5, normal: 0.4, health: 'ok' },
    cacheHit: { value: null, normal: null, health: 'nodata' },
  },
};

describe('WallCell', () => {
  it('shows the values, their normal, and the cell health', () => {
    const onOpen = jest.fn();
    render(<WallCell cell={cell} stale={false} onOpen={onOpen} />);
    const el = screen.getByTestId(testIds.wall.cell);
    expect(el).toHaveAttribute('data-health', 'bad');
    expect(el).toHaveTextContent('1200ms');
    expect(el).toHaveTextContent('normal 300');
    fireEvent.click(el);
    expect(onOpen).toHaveBeenCalled();
  });
  it('is marked stale when data stopped', () => {
    render(<WallCell cell={cell} stale onOpen={() => undefined} />);
    expect(screen.getByTestId(testIds.wall.cell)).toHaveAttribute('data-health', 'stale');
  });
});
