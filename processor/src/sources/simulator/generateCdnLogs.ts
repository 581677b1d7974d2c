import type { CdnAccessRecordMessage } from '../../proto';
import { buildCatalog, COUNTRIES, diurnalFactor, RENDITIONS, SEGMENT_MS, title, type Catalog } from './catalog';
import { isActive, type SimulationClock } from './generateViews';
import { hexId, Random } from './random';
import { clientIpOf, userAgentOf } from './players';
import type { Scenario } from './scenario';

export const STREAM_CDN = 2;
/** Its own random stream, so drawing aborts leaves every other draw of a scenario as it was. */
const STREAM_CDN_ABORT = 3;

/**
 * Generates normalized CDN access records (as a collector would produce them) for one
 * second of event time: segment and manifest requests with CMCD, status, timing and cache
 * outcome; pop_rtt and cdn_failure incidents degrade them.
 */
export class CdnLogGenerator {
  private readonly catalog: Catalog;

  constructor(
    private readonly scenario: Scenario,
    private readonly clock: SimulationClock,
  ) {
    this.catalog = buildCatalog(scenario);
  }

  rateAt(timeMs: number): number {
    const d = this.scenario.diurnal;
    return this.scenario.cdnRequestsPerSecond * diurnalFactor(timeMs, d.amplitude, d.peakHourUtc);
  }

  recordsInSecond(secondMs: number): CdnAccessRecordMessage[] {
    const second = Math.floor(secondMs / 1000);
    const rng = new Random(this.scenario.seed, STREAM_CDN, second);
    const n = rng.poisson(this.rateAt(second * 1000));
    const out: CdnAccessRecordMessage[] = [];
    for (let i = 0; i < n; i++) out.push(this.record(rng, second * 1000 + Math.floor((i * 1000) / n), second, i));
    return out;
  }

  private record(rng: Random, timeMs: number, second: number, index: number): CdnAccessRecordMessage {
    const c = this.catalog;
    const prop = c.properties[rng.pick(c.propertyCdf)]!;
    const rank = rng.pick(prop.titleCdf) + 1;
    const t = title(prop.spec.id, rank);
    const cdn = this.scenario.cdns[rng.pick(c.cdnCdf)]!;
    const pop = cdn.pops[rng.int(cdn.pops.length)]!;
    const country = COUNTRIES[rng.pick(c.countryCdf)]!;
    const asn = country.asns[rng.int(country.asns.length)]!;
    const rendition = RENDITIONS[rng.int(RENDITIONS.length)]!;
    const manifest = rng.chance(0.08);
    const session = [this.scenario.seed, prop.environmentId.length, rank, rng.int(50)];
    const sessionId = hexId(...session);

    let rttFactor = 1;
    let failPct = 0.15;
    for (const inc of this.scenario.incidents) {
      if (!isActive(inc, this.clock.scenarioStartMs, timeMs)) continue;
      if (inc.type === 'pop_rtt' && inc.cdn === cdn.name && inc.pop === pop) rttFactor = Math.max(rttFactor, inc.rttMultiplier);
      if (inc.type === 'cdn_failure' && inc.cdn === cdn.name && (inc.property === undefined || inc.property === prop.spec.id)) failPct = Math.max(failPct, inc.errorRatePct);
    }
    const status = rng.chance(failPct / 100) ? (rng.chance(0.7) ? 503 : 504) : rng.chance(0.004) ? 404 : manifest ? 200 : rng.chance(0.1) ? 206 : 200;
    const ok = status < 400;
    const cacheHit = ok && rng.chance(cdn.cacheHitRatio);
    const segmentBytes = manifest ? 1500 + rng.int(3000) : Math.round((rendition.kbps * 1000 * SEGMENT_MS) / 8000 * Math.max(0.5, rng.normal(1, 0.1)));
    // Players give up on some segments before a response (rendition switches, viewers
    // leaving), more of them when round trips are slow: status 0, CloudFront's "000".
    const abort = new Random(this.scenario.seed, STREAM_CDN_ABORT, second, index);
    const aborted = ok && !manifest && abort.chance(Math.min(0.2, 0.003 * rttFactor * rttFactor));
    const bytes = aborted ? abort.int(segmentBytes) : ok ? segmentBytes : 200 + rng.int(300);
    const ttfb = rng.logNormal(cdn.ttfbMs * (cacheHit ? 1 : 4) * rttFactor, 0.4);
    const throughputKbps = Math.max(500, rng.logNormal(25_000 / rttFactor, 0.5));
    const total = ttfb + (bytes * 8) / throughputKbps;
    const path = manifest ? `/${prop.environmentId}/${t.id}/${rendition.name}/index.m3u8` : `/${prop.environmentId}/${t.id}/${rendition.name}/seg_${rng.int(900)}.m4s`;
    // The draw that once chose one of 254 test addresses for the client stays, so every later draw is as it was.
    rng.int(254);

    return {
      record_id: hexId(this.scenario.seed, STREAM_CDN, second, index),
      source_format: 'simulator',
      cdn: cdn.name,
      pop,
      request_time_ms: timeMs,
      client_ip: clientIpOf(...session),
      asn,
      country: country.code,
      method: 'GET',
      scheme: 'https',
      host: `${prop.spec.id}.video.example`,
      path,
      protocol: 'HTTP/2.0',
      user_agent: userAgentOf(...session),
      // The player's page, as the browser sends it.
      referer: `https://www.${prop.spec.id}.example/watch/${t.id}`,
      content_type: manifest ? 'application/vnd.apple.mpegurl' : 'video/iso.segment',
      status: aborted ? 0 : status,
      bytes_sent: bytes,
      ttfb_ms: round1(ttfb),
      total_ms: round1(total),
      cache_status: cacheHit ? 'Hit' : 'Miss',
      cache_hit: cacheHit,
      client_rtt_ms: round1(rng.logNormal(cdn.rttMs * rttFactor, 0.3)),
      cmcd: {
        session_id: sessionId,
        content_id: t.id,
        object_type: manifest ? 'm' : 'av',
        encoded_bitrate_kbps: manifest ? 0 : rendition.kbps,
        buffer_length_ms: manifest ? 0 : Math.round(Math.max(0, rng.normal(18_000 / rttFactor, 6000))),
        buffer_starvation: rng.chance(0.01 * rttFactor),
        measured_throughput_kbps: Math.round(throughputKbps),
        startup: rng.chance(0.05),
        object_duration_ms: manifest ? 0 : SEGMENT_MS,
        stream_type: 'v',
        streaming_format: 'h',
        version: 1,
      },
    };
  }
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
