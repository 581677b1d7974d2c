import React from 'react';
import { render, screen } from '@testing-library/react';
import { QueryError } from '../../data/dsQuery';
import { StateView } from './StateView';

describe('StateView', () => {
  it('names a missing datasource', () => {
    render(<StateView loading={false} hasData={false} error={new QueryError('set the uid', 'no-datasource')} />);
    expect(screen.getByText('No datasource configured')).toBeInTheDocument();
    expect(screen.getByText('set the uid')).toBeInTheDocument();
  });
  it('names an unreachable InfluxDB', () => {
    render(<StateView loading={false} hasData={false} error={new QueryError('connection refused', 'unreachable')} />);
    expect(screen.getByText('InfluxDB unreachable')).toBeInTheDocument();
  });
  it('shows loading only until there is data', () => {
    const { rerender, container } = render(<StateView loading hasData={false} error={undefined} />);
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    rerender(<StateView loading hasData error={undefined} />);
    expect(container).toBeEmptyDOMElement();
  });
});
