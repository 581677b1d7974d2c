/**
 * `npm run eval:detector`: runs the labelled scenarios through the detector and through a
 * static threshold and a sigma rule, and prints precision, recall, F1 and time to detect.
 */
import { EVAL_SCENARIOS } from './scenarios';
import { runScenario } from './run';
import type { Score } from './score';

type Method = 'detector' | 'static' | 'sigma';
const METHODS: Method[] = ['detector', 'static', 'sigma'];

function fmt(x: number): string {
  return x.toFixed(2);
}

function ttd(s: Score): string {
  if (s.timeToDetectS.length === 0) return '-';
  const sorted = [...s.timeToDetectS].sort((a, b) => a - b);
  return `${Math.round(sorted[Math.floor(sorted.length / 2)]!)} s`;
}

const totals: Record<Method, { tp: number; det: number; labels: number; found: number; ttd: number[] }> = {
  detector: { tp: 0, det: 0, labels: 0, found: 0, ttd: [] },
  static: { tp: 0, det: 0, labels: 0, found: 0, ttd: [] },
  sigma: { tp: 0, det: 0, labels: 0, found: 0, ttd: [] },
};
const verbose = process.argv.includes('--verbose');
const rows: string[] = ['| scenario | views | incidents (>= 50 views) | detector P / R / TTD | static 5% P / R / TTD | 3-sigma P / R / TTD |', '|---|---|---|---|---|---|'];
for (const s of EVAL_SCENARIOS) {
  const r = runScenario(s);
  const cells = METHODS.map((m) => {
    const sc = r.scores[m];
    const t = totals[m];
    t.tp += sc.truePositives;
    t.det += sc.detections;
    t.labels += sc.labels;
    t.found += sc.detected;
    t.ttd.push(...sc.timeToDetectS);
    return `${fmt(sc.precision)} / ${fmt(sc.recall)} / ${ttd(sc)} (${sc.detections} raised)`;
  });
  rows.push(`| ${r.name} | ${r.views} | ${r.scores.detector.labels} | ${cells.join(' | ')} |`);
  if (verbose) {
    process.stderr.write(`${r.name}: labels ${JSON.stringify(r.labels)}\n`);
    for (const m of METHODS) process.stderr.write(`  ${m}: ${JSON.stringify(r.detections[m].slice(0, 12))}${r.detections[m].length > 12 ? ` ... (${r.detections[m].length})` : ''}\n`);
  }
}
const summary = METHODS.map((m) => {
  const t = totals[m];
  const p = t.det === 0 ? 1 : t.tp / t.det;
  const rc = t.labels === 0 ? 1 : t.found / t.labels;
  const f1 = p + rc === 0 ? 0 : (2 * p * rc) / (p + rc);
  const sorted = [...t.ttd].sort((a, b) => a - b);
  const med = sorted.length ? `${Math.round(sorted[Math.floor(sorted.length / 2)]!)} s` : '-';
  return `| ${m} | ${fmt(p)} | ${fmt(rc)} | ${fmt(f1)} | ${med} | ${t.det} |`;
});
process.stdout.write(rows.join('\n') + '\n\n| method | precision | recall | F1 | median time to detect | incidents raised |\n|---|---|---|---|---|---|\n' + summary.join('\n') + '\n');
