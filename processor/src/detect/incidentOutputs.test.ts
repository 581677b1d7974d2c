import { MEASUREMENTS } from '../schema';
import type { Incident, IncidentEvent } from './incident';
import { incidentPoints } from './incidentOutputs';

const incident: Incident = {
  incidentId: 'abc',
  status: 'open',
  scope: 'property',
  propertyId: 'prop-news',
  videoId: '',
  videoTitle: '',
  errorType: 'networkError',
  severity: 'critical',
  openedAtMs: 1_700_000_000_000,
  updatedAtMs: 1_700_000_000_000,
  errorRatePct: 20,
  baselinePct: 0.5,
  views: 500,
  errors: 100,
  viewsImpacted: 100,
  viewsImpactedPerHour: 0,
  message: 'm',
  breakdowns: [
    { dimension: 'cdn', value: 'fastly', sharePct: 95, normalSharePct: 30 },
    { dimension: 'country', value: 'DE', sharePct: 40, normalSharePct: 35 },
  ],
  muted: false,
};

describe('incidentPoints', () => {
  it('writes the breakdown the detector recorded with the opening, one point per value, at the opening time', () => {
    const points = incidentPoints({ kind: 'open', incident });
    expect(points.map((p) => p.measurement)).toEqual([MEASUREMENTS.incidents.name, MEASUREMENTS.incidentBreakdown.name, MEASUREMENTS.incidentBreakdown.name]);
    expect(points[1]).toEqual({
      measurement: 'incident_breakdown',
      rp: 'long',
      tags: { incident_id: 'abc', property_id: 'prop-news', dimension: 'cdn', value: 'fastly' },
      fields: { share_pct: 95, normal_share_pct: 30 },
      timeMs: incident.openedAtMs,
    });
  });

  it('writes only the incident point for updates and closes', () => {
    for (const kind of ['update', 'close'] as IncidentEvent['kind'][]) {
      expect(incidentPoints({ kind, incident: { ...incident, status: kind === 'close' ? 'closed' : 'open', closedAtMs: incident.openedAtMs + 60_000 } }).map((p) => p.measurement)).toEqual(['incidents']);
    }
  });
});
