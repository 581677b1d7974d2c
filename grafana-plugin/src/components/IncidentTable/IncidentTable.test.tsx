import React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { IncidentView } from '../../data/incidents';
import { testIds } from '../testIds';
import { IncidentTable } from './IncidentTable';

const base: IncidentView = {
  incidentId: 'a',
  propertyId: 'prop-news',
  scope: 'property',
  errorType: 'networkError',
  severity: 'critical',
  status: 'open',
  videoTitle: '',
  message: 'Property prop-news is failing',
  openedMs: 1_000_000,
  closedMs: null,
  lastUpdateMs: 1_000_000,
  errorRatePct: 30,
  baselinePct: 1,
  viewsImpacted: 120,
  viewsImpactedPerHour: 240,
};

describe('IncidentTable', () => {
  const list = [base, { ...base, incidentId: 'b', status: 'closed' as const, closedMs: 2_000_000, viewsImpacted: 500, message: 'second' }];

  it('shows every column and opens a row', () => {
    const onOpen = jest.fn();
    render(<IncidentTable incidents={list} nowMs={4_600_000} onOpen={onOpen} />);
    const rows = screen.getAllByTestId(testIds.incidents.row);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByText('Property prop-news is failing')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('1 h 0 min')).toBeInTheDocument();
    fireEvent.click(rows[1]!);
    expect(onOpen).toHaveBeenCalledWith('b');
  });

  it('sorts by a column, then the other way', () => {
    render(<IncidentTable incidents={list} nowMs={4_600_000} onOpen={() => undefined} />);
    fireEvent.click(screen.getByText('Views impacted'));
    expect(screen.getAllByTestId(testIds.incidents.row).map((r) => r.getAttribute('data-incident-id'))).toEqual(['a', 'b']);
    fireEvent.click(screen.getByText('Views impacted'));
    expect(screen.getAllByTestId(testIds.incidents.row).map((r) => r.getAttribute('data-incident-id'))).toEqual(['b', 'a']);
  });
});
