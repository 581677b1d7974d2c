import { normalizeView } from '../../decode/normalizeView';
import type { ViewRecord } from '../../decode/viewRecord';
import { simulateRange, type SimulatedView } from '../../sources/simulator';
import { Detector } from '../../detect/detector';
import type { DetectorOptions } from '../../detect/options';
import { SigmaRule, StaticThresholdRule } from './baselineRules';
import { labelsOf, type Label } from './labels';
import type { EvalScenario } from './scenarios';
import { score, type Detection, type Score } from './score';

export interface ScenarioResult {
  name: string;
  views: number;
  labels: Label[];
  scores: Record<'detector' | 'static' | 'sigma', Score>;
  detections: Record<'detector' | 'static' | 'sigma', Detection[]>;
}

export function generate(s: EvalScenario): SimulatedView[] {
  const from = Date.parse(s.start);
  const views: SimulatedView[] = [];
  for (const sec of simulateRange(s.scenario, from, from + s.minutes * 60_000, { scenarioStartMs: from })) views.push(...sec.views);
  return views;
}

export function runScenario(s: EvalScenario, options: Partial<DetectorOptions> = {}): ScenarioResult {
  const raw = generate(s);
  const limits = { nowMs: Number.MAX_SAFE_INTEGER / 2, maxFutureMs: 0 };
  const views: ViewRecord[] = [];
  for (const r of raw) {
    const n = normalizeView(r, limits);
    if (n.ok) views.push(n.value);
  }
  const labels = labelsOf(s, raw);
  const detector = new Detector(options);
  const staticRule = new StaticThresholdRule();
  const sigmaRule = new SigmaRule();
  const found: Detection[] = [];
  for (const v of views) {
    for (const e of detector.process(v)) if (e.kind === 'open') found.push({ scope: e.incident.scope, propertyId: e.incident.propertyId, videoId: e.incident.videoId, errorType: e.incident.errorType, openedAtMs: e.incident.openedAtMs });
    staticRule.process(v);
    sigmaRule.process(v);
  }
  staticRule.finish();
  sigmaRule.finish();
  const detections = { detector: found, static: staticRule.alarms, sigma: sigmaRule.alarms };
  return {
    name: s.name,
    views: views.length,
    labels,
    detections,
    scores: { detector: score(labels, found), static: score(labels, staticRule.alarms), sigma: score(labels, sigmaRule.alarms) },
  };
}
