import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseScenario, simulateRange, type SimulatedView } from '../sources/simulator';

/** Simulated views over [fromMs, toMs) with a little realistic disorder (tests only). */
export function simulatedViews(fromMs: number, minutes: number, opts: { rate?: number; seed?: number; disorderMs?: number } = {}): SimulatedView[] {
  const scenario = parseScenario({
    seed: opts.seed ?? 11,
    viewsPerSecond: opts.rate ?? 20,
    incidents: [{ type: 'cdn_failure', property: 'prop-sport', cdn: 'akamai', startMin: 2, durationMin: 3, errorRatePct: 50 }],
  });
  const views: SimulatedView[] = [];
  for (const s of simulateRange(scenario, fromMs, fromMs + minutes * 60_000, { scenarioStartMs: fromMs })) views.push(...s.views);
  // Deterministic disorder: swap neighbours a few seconds apart.
  const disorder = opts.disorderMs ?? 5_000;
  if (disorder > 0) {
    for (let i = 0; i + 7 < views.length; i += 13) {
      const a = views[i]!;
      const b = views[i + 7]!;
      if (Math.abs(Date.parse(b.view_end) - Date.parse(a.view_end)) < disorder) {
        views[i] = b;
        views[i + 7] = a;
      }
    }
  }
  return views;
}

/** A new empty directory under the system's temporary one (tests only). */
export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'qoe-test-'));
}

export function tempFile(name: string, content: string | Buffer): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, content);
  return file;
}

export function toNdjson(objs: readonly unknown[]): string {
  return objs.map((o) => JSON.stringify(o)).join('\n') + '\n';
}
