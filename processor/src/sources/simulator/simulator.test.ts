import { simulateRange, parseScenario, DEFAULT_SCENARIO } from './index';
import { diurnalFactor } from './catalog';
import { normalizeView } from '../../decode/normalizeView';
import { isIP } from 'node:net';

const start = Date.parse('2026-11-20T19:00:00Z');
const limits = { nowMs: Date.parse('2026-12-01T00:00:00Z'), maxFutureMs: 0 };

function collect(scenario = DEFAULT_SCENARIO, from = start, to = start + 10 * 60_000, cdn = false) {
  const views = [];
  const records = [];
  for (const s of simulateRange(scenario, from, to, { cdn, scenarioStartMs: start })) {
    views.push(...s.views);
    records.push(...s.cdn);
  }
  return { views, records };
}

describe('simulator', () => {
  it('is deterministic and independent of how the range is split', () => {
    const whole = collect();
    const a = collect(DEFAULT_SCENARIO, start, start + 3 * 60_000 + 500);
    const b = collect(DEFAULT_SCENARIO, start + 3 * 60_000 + 500, start + 10 * 60_000);
    expect([...a.views, ...b.views]).toEqual(whole.views);
    expect(collect().views).toEqual(whole.views);
    expect(collect({ ...DEFAULT_SCENARIO, seed: 7 }).views).not.toEqual(whole.views);
  });

  it('generates valid views at the configured rate, every one accepted by the decoder', () => {
    const { views } = collect();
    const expected = 10 * 60 * DEFAULT_SCENARIO.viewsPerSecond * diurnalFactor(start + 5 * 60_000, 0.6, 20);
    expect(views.length).toBeGreaterThan(expected * 0.9);
    expect(views.length).toBeLessThan(expected * 1.1);
    for (const v of views) expect(normalizeView(v, limits).ok).toBe(true);
    expect(new Set(views.map((v) => v.view_id)).size).toBe(views.length);
  });

  it('gives each customer its own normal error rate and Zipf title popularity', () => {
    const { views } = collect(DEFAULT_SCENARIO, start, start + 60 * 60_000);
    const rate = (p: string) => {
      const vs = views.filter((v) => v.property_id === p);
      return (100 * vs.filter((v) => v.playback_failure).length) / vs.length;
    };
    expect(rate('prop-news')).toBeLessThan(1.5);
    expect(rate('prop-kids')).toBeGreaterThan(3);
    const news = views.filter((v) => v.property_id === 'prop-news');
    const count = (id: string) => news.filter((v) => v.video_id === id).length;
    expect(count('prop-news-v1')).toBeGreaterThan(count('prop-news-v10'));
    expect(count('prop-news-v10')).toBeGreaterThan(count('prop-news-v500'));
  });

  it('injects incidents only where and when the scenario says', () => {
    const scenario = parseScenario({
      viewsPerSecond: 30,
      incidents: [
        { type: 'cdn_failure', property: 'prop-news', cdn: 'fastly', startMin: 5, durationMin: 5, errorRatePct: 60, errorType: 'networkError' },
        { type: 'bad_title', property: 'prop-sport', titleRank: 1, startMin: 0, durationMin: 10, errorRatePct: 90, errorType: 'mediaError' },
      ],
    });
    const { views } = collect(scenario);
    const failPct = (f: (v: (typeof views)[number]) => boolean) => {
      const vs = views.filter(f);
      return (100 * vs.filter((v) => v.playback_failure).length) / vs.length;
    };
    const inWindow = (v: (typeof views)[number]) => Date.parse(v.view_end) >= start + 5 * 60_000;
    expect(failPct((v) => v.property_id === 'prop-news' && v.cdn === 'fastly' && inWindow(v))).toBeGreaterThan(45);
    expect(failPct((v) => v.property_id === 'prop-news' && v.cdn === 'fastly' && !inWindow(v))).toBeLessThan(5);
    expect(failPct((v) => v.property_id === 'prop-news' && v.cdn === 'akamai')).toBeLessThan(5);
    expect(failPct((v) => v.video_id === 'prop-sport-v1')).toBeGreaterThan(80);
    expect(views.filter((v) => v.video_id === 'prop-sport-v1' && v.playback_failure).every((v) => v.player_error_code === 'mediaError' || v.player_error_code !== undefined)).toBe(true);
  });

  it('generates CDN access records with unique ids, and degrades RTT on the POP of a pop_rtt incident', () => {
    const scenario = parseScenario({ cdnRequestsPerSecond: 50, incidents: [{ type: 'pop_rtt', cdn: 'akamai', pop: 'FRA', startMin: 0, durationMin: 10, rttMultiplier: 5 }] });
    const { records } = collect(scenario, start, start + 5 * 60_000, true);
    expect(new Set(records.map((r) => r.record_id)).size).toBe(records.length);
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const rtt = (pop: string) => median(records.filter((r) => r.cdn === 'akamai' && r.pop === pop).map((r) => r.total_ms!));
    expect(rtt('FRA')).toBeGreaterThan(3 * rtt('LHR'));
  });

  it("gives CDN requests their player's user agent and a client address of public space, the same for a session's requests, thousands of them in a few dozen networks, a quarter IPv6", () => {
    const { records } = collect(parseScenario({ cdnRequestsPerSecond: 100 }), start, start + 10 * 60_000, true);
    const bySession = new Map<string, { ua: string; ip: string }>();
    for (const r of records) {
      const version = isIP(r.client_ip!);
      if (version === 6) expect(r.client_ip).toMatch(/^2[0-9a-f]{3}:/); // global unicast (2000::/3)
      else {
        expect(version).toBe(4);
        const first = Number(r.client_ip!.split('.')[0]);
        expect([0, 10, 100, 127, 169, 172, 192, 198, 203].includes(first) || first >= 224).toBe(false);
      }
      expect(r.user_agent!.length).toBeGreaterThan(40);
      const seen = bySession.get(r.cmcd!.session_id!);
      if (seen) expect({ ua: r.user_agent, ip: r.client_ip }).toEqual(seen);
      else bySession.set(r.cmcd!.session_id!, { ua: r.user_agent!, ip: r.client_ip! });
    }
    const clients = new Set(records.map((r) => r.client_ip));
    // A /16 of IPv4 space, a /32 of IPv6 space.
    const networks = new Set(records.map((r) => (r.client_ip!.includes(':') ? r.client_ip!.split(':').slice(0, 2).join(':') : r.client_ip!.split('.').slice(0, 2).join('.'))));
    expect(clients.size).toBeGreaterThan(1_000);
    expect(clients.size).toBeLessThanOrEqual(4096);
    expect(networks.size).toBeGreaterThan(20);
    expect(networks.size).toBeLessThanOrEqual(128 + 16);
    const ipv6 = [...clients].filter((ip) => ip!.includes(':')).length / clients.size;
    expect(ipv6).toBeGreaterThan(0.2);
    expect(ipv6).toBeLessThan(0.3);
    expect(new Set(records.map((r) => r.user_agent)).size).toBeGreaterThan(1_000);
  });

  it('follows the diurnal curve', () => {
    expect(diurnalFactor(Date.parse('2026-11-20T20:00:00Z'), 0.6, 20)).toBeCloseTo(1, 6);
    expect(diurnalFactor(Date.parse('2026-11-20T08:00:00Z'), 0.6, 20)).toBeCloseTo(0.4, 6);
  });

  it('explains a bad scenario', () => {
    expect(() => parseScenario({ incidents: [{ type: 'cdn_failure', startMin: 1 }] })).toThrow(/invalid scenario at incidents\.0\./);
  });
});
