import type { ViewRecord } from '../decode/viewRecord';
import { benchView } from '../bench/benchView';
import { Random } from '../sources/simulator/random';
import { Detector } from './detector';
import type { DetectorOptions } from './options';
import type { IncidentEvent } from './incident';

/**
 * The sweep skips titles it has already handled (idle past titleIdleCloseMs, incidents
 * closed) instead of walking every idle title at every property hop. A restored detector
 * has handled nothing yet, so a detector snapshotted and restored before every view sweeps
 * every idle title each time, as the exhaustive sweep did: both must give the same events.
 */
const OPTIONS: Partial<DetectorOptions> = { titleIdleCloseMs: 60_000, titleTtlMs: 5 * 60_000, maxTitles: 60, warmupViews: 200, propertyHop: 10, titleHop: 3, titleMinViews: 6, minErrors: 3 };

/**
 * Two properties whose titles come and go: each minute a few titles are "in season" (most
 * views), an old title comes back now and then, and a title that returns after being idle
 * fails hard for a while (opening title incidents on titles the sweep had handled).
 */
function stream(seed: number, count: number): ViewRecord[] {
  const random = new Random(seed);
  const rnd = () => random.next();
  const out: ViewRecord[] = [];
  let t = Date.parse('2026-11-20T12:00:00Z');
  for (let n = 0; n < count; n++) {
    t += Math.floor(rnd() * 600); // about two views a second
    if (n === Math.floor(count / 2)) t += 6 * 60_000; // a quiet spell longer than the TTL: every title dropped
    const minute = Math.floor(n / 120);
    const propertyId = rnd() < 0.7 ? 'p1' : 'p2';
    // Now and then an old title is played again; in odd minutes one from three minutes ago
    // (idle past titleIdleCloseMs, handled by the sweep) comes back failing.
    const comeback = minute >= 3 && minute % 2 === 1 && rnd() < 0.2;
    const revival = !comeback && rnd() < 0.05;
    const title = comeback ? (minute - 3) * 3 : revival ? Math.floor(rnd() * (minute * 3 + 5)) : minute * 3 + Math.floor(rnd() * 5);
    const failing = comeback;
    out.push(benchView(propertyId, `${propertyId}-t${title}`, t, rnd() < (failing ? 0.8 : 0.01)));
  }
  return out;
}

function events(d: Detector, vs: readonly ViewRecord[], restoreEachView: boolean): IncidentEvent[] {
  const out: IncidentEvent[] = [];
  for (const v of vs) {
    if (restoreEachView) d = Detector.restore(JSON.parse(JSON.stringify(d.snapshot())), OPTIONS);
    out.push(...d.process(v));
  }
  return out;
}

describe('Detector sweep', () => {
  it.each([1, 2, 3, 4])('gives the same events as sweeping every idle title each hop (seed %i)', (seed) => {
    const vs = stream(seed, 4000);
    const fast = events(new Detector(OPTIONS), vs, false);
    const exhaustive = events(new Detector(OPTIONS), vs, true);
    expect(fast.map((e) => `${e.kind} ${e.incident.incidentId} ${e.incident.closedAtMs ?? ''}`)).toEqual(exhaustive.map((e) => `${e.kind} ${e.incident.incidentId} ${e.incident.closedAtMs ?? ''}`));
    // The stream reaches what the sweep does: title incidents opened and closed by idleness.
    expect(fast.filter((e) => e.kind === 'open' && e.incident.scope === 'title').length).toBeGreaterThan(0);
    expect(fast.filter((e) => e.kind === 'close').length).toBeGreaterThan(0);
  });
});
