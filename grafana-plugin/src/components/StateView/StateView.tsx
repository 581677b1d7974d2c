import React from 'react';
import { Alert, LoadingPlaceholder } from '@grafana/ui';
import { QueryError } from '../../data/dsQuery';
import { testIds } from '../testIds';

const TITLES: Record<QueryError['kind'], string> = {
  'no-datasource': 'No datasource configured',
  unreachable: 'InfluxDB unreachable',
  query: 'Query failed',
};

/** The loading and error states of a page, saying what is wrong. */
export function StateView({ loading, error, hasData }: { loading: boolean; error: Error | undefined; hasData: boolean }) {
  if (error) {
    const title = error instanceof QueryError ? TITLES[error.kind] : 'Something went wrong';
    return (
      <div data-testid={testIds.state.error}>
        <Alert title={title} severity="error">
          {error.message}
        </Alert>
      </div>
    );
  }
  if (loading && !hasData) {
    return (
      <div data-testid={testIds.state.loading}>
        <LoadingPlaceholder text="Loading…" />
      </div>
    );
  }
  return null;
}
