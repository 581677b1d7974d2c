import * as fs from 'node:fs';
import { CdnLogGenerator } from './generateCdnLogs';
import { ViewGenerator, type SimulatedView } from './generateViews';
import { DEFAULT_SCENARIO, parseScenario, type Scenario } from './scenario';
import type { CdnAccessRecordMessage } from '../../proto';

export { DEFAULT_SCENARIO, parseScenario, type Scenario } from './scenario';
export { ViewGenerator, type SimulatedView } from './generateViews';
export { CdnLogGenerator } from './generateCdnLogs';

export function loadScenario(file: string | undefined): Scenario {
  if (!file) return DEFAULT_SCENARIO;
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`cannot read scenario ${file}: ${(err as Error).message}`);
  }
  return parseScenario(json);
}

export interface SimulatedSecond {
  secondMs: number;
  views: SimulatedView[];
  cdn: CdnAccessRecordMessage[];
}

/** The traffic of [fromMs, toMs), second by second. */
export function* simulateRange(scenario: Scenario, fromMs: number, toMs: number, opts: { views?: boolean; cdn?: boolean; scenarioStartMs?: number } = {}): Generator<SimulatedSecond> {
  const scenarioStartMs = opts.scenarioStartMs ?? (scenario.start ? Date.parse(scenario.start) : fromMs);
  const clock = { scenarioStartMs };
  const views = opts.views === false ? undefined : new ViewGenerator(scenario, clock);
  const cdn = opts.cdn ? new CdnLogGenerator(scenario, clock) : undefined;
  // Seconds s with fromMs <= s < toMs: adjacent ranges never share a second.
  for (let s = Math.ceil(fromMs / 1000) * 1000; s < toMs; s += 1000) {
    yield { secondMs: s, views: views?.viewsInSecond(s) ?? [], cdn: cdn?.recordsInSecond(s) ?? [] };
  }
}
