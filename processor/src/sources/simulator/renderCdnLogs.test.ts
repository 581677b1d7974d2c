import { parseCdnLine, parserFor, type CdnRecord } from '../../decode/cdn';
import { parseScenario } from './scenario';
import { CdnLogGenerator } from './generateCdnLogs';
import { cdnFileHeader, SIMULATOR_CDN_FORMATS, toVendorLine, type VendorFormat } from './renderCdnLogs';

const START = Date.parse('2026-11-20T10:00:00Z');
const NOW = START + 3_600_000;

function simulated(n: number): CdnRecord[] {
  const gen = new CdnLogGenerator(parseScenario({ seed: 9, cdnRequestsPerSecond: 40 }), { scenarioStartMs: START });
  const out: CdnRecord[] = [];
  for (let s = START; out.length < n; s += 1000) out.push(...(gen.recordsInSecond(s) as CdnRecord[]));
  return out.slice(0, n);
}

/** Which normalized fields each vendor format carries (what a round trip must keep). */
const CARRIES: Record<VendorFormat, { country: boolean; asn: boolean; pop: boolean; rtt: boolean; timeToleranceMs: number }> = {
  cloudflare: { country: true, asn: true, pop: true, rtt: true, timeToleranceMs: 0 },
  cloudfront: { country: false, asn: false, pop: true, rtt: false, timeToleranceMs: 1000 },
  // Real-time lines carry the end time and the duration, each rounded to the millisecond.
  'cloudfront-realtime': { country: true, asn: false, pop: true, rtt: false, timeToleranceMs: 1 },
  fastly: { country: true, asn: true, pop: true, rtt: true, timeToleranceMs: 0 },
  'akamai-ds2': { country: true, asn: false, pop: false, rtt: false, timeToleranceMs: 0 },
};

describe('simulated CDN logs in vendor formats parse back to the same records', () => {
  const records = simulated(400);
  const formats = SIMULATOR_CDN_FORMATS.filter((f): f is VendorFormat => f !== 'record');

  it.each(formats)('%s', (format) => {
    const text = cdnFileHeader(format) + records.map((r) => toVendorLine(format, r)).join('\n') + '\n';
    const parser = parserFor(format);
    const parsed: CdnRecord[] = [];
    const dead: string[] = [];
    for (const line of text.split('\n')) {
      const r = parseCdnLine(parser, line, NOW);
      if ('record' in r) parsed.push(r.record);
      else if ('dead' in r) dead.push(r.dead);
    }
    expect(dead).toEqual([]);
    expect(parsed).toHaveLength(records.length);
    const c = CARRIES[format];
    parsed.forEach((p, i) => {
      const r = records[i]!;
      expect({ i, id: p.record_id, status: p.status, bytes: Number(p.bytes_sent), hit: p.cache_hit, ip: p.client_ip, host: p.host, path: p.path }).toEqual({
        i, id: r.record_id, status: r.status, bytes: Number(r.bytes_sent), hit: r.cache_hit, ip: r.client_ip, host: r.host, path: r.path,
      });
      expect(Math.abs(Number(p.request_time_ms) - Number(r.request_time_ms))).toBeLessThanOrEqual(c.timeToleranceMs);
      expect(Math.abs(Number(p.ttfb_ms) - Number(r.ttfb_ms))).toBeLessThanOrEqual(1);
      expect(Math.abs(Number(p.total_ms) - Number(r.total_ms))).toBeLessThanOrEqual(1);
      if (c.country) expect(p.country).toBe(r.country);
      if (c.asn) expect(p.asn).toBe(r.asn);
      if (c.pop) expect(p.pop).toBe(r.pop);
      if (c.rtt) expect(Math.abs(Number(p.client_rtt_ms) - Number(r.client_rtt_ms))).toBeLessThanOrEqual(1);
      expect(p.cmcd?.session_id).toBe(r.cmcd?.session_id);
      expect(p.cmcd?.buffer_length_ms ?? 0).toBe(r.cmcd?.buffer_length_ms ?? 0);
      expect(Boolean(p.cmcd?.buffer_starvation)).toBe(Boolean(r.cmcd?.buffer_starvation));
      expect(p.cmcd?.encoded_bitrate_kbps ?? 0).toBe(r.cmcd?.encoded_bitrate_kbps ?? 0);
    });
  });
});
