import { benchView as view } from './benchView';
import { Detector } from '../detect/detector';
import { mib, timed, type BenchRow } from './table';


const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

/** Heap a tracked title costs the detector, and its checkpoint at the largest size. */
export function detectorScale(sizes: readonly number[]): BenchRow[] {
  const rows: BenchRow[] = [];
  const largest = Math.max(...sizes);
  for (const n of sizes) {
    gc();
    const before = process.memoryUsage().heapUsed;
    const d = new Detector({ maxTitles: n * 2 });
    // One view each: the state a title keeps however little it is played.
    for (let i = 0; i < n; i++) d.process(view('prop-1', `video-${i}`, 1_795_000_000_000 + i, false));
    gc();
    const perTitle = (process.memoryUsage().heapUsed - before) / n;
    rows.push({ section: 'scale', figure: `detector heap per tracked title at ${n.toLocaleString('en-US')} titles (video id, window, LRU place, index)`, value: `${perTitle.toFixed(0)} bytes`, goal: '< 300 bytes', met: perTitle < 300 });
    if (n === largest) {
      const snap = timed(() => JSON.stringify(d.snapshot()));
      const restore = timed(() => Detector.restore(JSON.parse(snap.value)));
      rows.push({ section: 'scale', figure: `detector checkpoint at ${n.toLocaleString('en-US')} titles (JSON)`, value: `${mib(snap.value.length)}; snapshot ${snap.ms.toFixed(0)} ms, restore ${restore.ms.toFixed(0)} ms (${restore.value.stateSize().titles.toLocaleString('en-US')} titles back)` });
    }
  }
  return rows;
}

/**
 * Event time from the first failing view to the incident opening, for a property with a
 * 1% normal error rate whose failures jump to 20%, at 10 and 1,000 views/s. (The incident
 * point is then written within the writer's flush interval: see the latency row.)
 */
export function timeToDetect(rates: readonly number[]): BenchRow[] {
  return rates.map((perSecond) => {
    let seed = 42;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const d = new Detector();
    const start = 1_795_000_000_000;
    const warmViews = Math.max(20_000, perSecond * 120);
    const step = 1000 / perSecond;
    let t = start;
    for (let i = 0; i < warmViews; i++, t += step) d.process(view('prop-1', `video-${i % 500}`, Math.round(t), rnd() < 0.01));
    const failingFrom = Math.round(t);
    let openedAt: number | undefined;
    for (let i = 0; i < perSecond * 600 && openedAt === undefined; i++, t += step) {
      for (const e of d.process(view('prop-1', `video-${i % 500}`, Math.round(t), rnd() < 0.2))) if (e.kind === 'open' && e.incident.scope === 'property') openedAt = e.incident.openedAtMs;
    }
    const delay = openedAt === undefined ? undefined : (openedAt - failingFrom) / 1000;
    return { section: 'latency', figure: `time to detect, property at ${perSecond.toLocaleString('en-US')} views/s, 1% -> 20% failures (event time)`, value: delay === undefined ? 'not detected in 10 min' : `${delay.toFixed(1)} s` };
  });
}
