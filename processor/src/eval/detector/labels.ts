import type { SimulatedView } from '../../sources/simulator';
import type { EvalScenario } from './scenarios';

/** An incident the detector should raise. */
export interface Label {
  scope: 'property' | 'title';
  propertyId: string;
  videoId: string;
  errorType: string;
  startMs: number;
  endMs: number;
  /** Failed views of the error type in scope during the incident. */
  impactedViews: number;
}

/** Labels of a scenario's injected incidents (drifts and RTT degradations are not incidents). */
export function labelsOf(s: EvalScenario, views: readonly SimulatedView[]): Label[] {
  const t0 = Date.parse(s.start);
  const out: Label[] = [];
  for (const i of s.scenario.incidents) {
    if (i.type === 'drift' || i.type === 'pop_rtt') continue;
    if (i.type === 'cdn_failure' && !i.property) continue;
    const startMs = t0 + i.startMin * 60_000;
    const endMs = startMs + i.durationMin * 60_000;
    const propertyId = i.property!;
    const videoId = i.type === 'bad_title' ? `${propertyId}-v${i.titleRank}` : '';
    const inScope = (v: SimulatedView) => {
      const t = Date.parse(v.view_end);
      return t >= startMs && t < endMs && v.property_id === propertyId && (!videoId || v.video_id === videoId) && (i.type !== 'cdn_failure' || v.cdn === i.cdn);
    };
    const impactedViews = views.filter((v) => inScope(v) && v.playback_failure && v.player_error_code === i.errorType).length;
    out.push({ scope: videoId ? 'title' : 'property', propertyId, videoId, errorType: i.errorType, startMs, endMs, impactedViews });
  }
  return out;
}
