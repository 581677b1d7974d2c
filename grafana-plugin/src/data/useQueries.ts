import { useCallback, useEffect, useRef, useState } from 'react';
import { runQueries } from './dsQuery';
import type { Row } from './frames';
import type { TimeRange } from './influxql';
import type { PageQuery } from './queries';

export interface QueriesState {
  data: Record<string, Row[]> | undefined;
  error: Error | undefined;
  loading: boolean;
  /** When the data shown was fetched, epoch ms. */
  fetchedAtMs: number | undefined;
  reload: () => void;
}

/**
 * Runs a page's queries for a range computed at each run (so "the last 24 h" moves), again
 * every `refreshSec` seconds when given. `key` changes when the queries' inputs do.
 */
export function useQueries(datasourceUid: string | undefined, build: (nowMs: number) => { queries: PageQuery[]; range: TimeRange }, key: string, refreshSec?: number): QueriesState {
  const [state, setState] = useState<Omit<QueriesState, 'reload'>>({ data: undefined, error: undefined, loading: true, fetchedAtMs: undefined });
  const buildRef = useRef(build);
  buildRef.current = build;
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((t) => t + 1), []);

  useEffect(() => {
    let cancelled = false;
    const now = Date.now();
    const { queries, range } = buildRef.current(now);
    setState((s) => ({ ...s, loading: true }));
    runQueries(datasourceUid, queries, range).then(
      (data) => !cancelled && setState({ data, error: undefined, loading: false, fetchedAtMs: now }),
      (error: Error) => !cancelled && setState((s) => ({ ...s, error, loading: false })),
    );
    return () => {
      cancelled = true;
    };
  }, [datasourceUid, key, tick]);

  useEffect(() => {
    if (!refreshSec || refreshSec <= 0) return undefined;
    const timer = setInterval(reload, refreshSec * 1000);
    return () => clearInterval(timer);
  }, [refreshSec, reload]);

  return { ...state, reload };
}
