import type { CdnRecord } from '../decode/cdn';
import { rawLineOf } from './rawPoints';

describe('rawLineOf (the bench raw alternative: one point a CDN request)', () => {
  const record: CdnRecord = {
    record_id: 'r-1',
    cdn: 'cloudfront',
    pop: 'FRA 56',
    request_time_ms: 1_795_176_000_123,
    client_ip: '198.51.100.7',
    country: 'DE',
    asn: 3320,
    path: '/env-a/asset "x"/seg_1.m4s',
    status: 200,
    bytes_sent: 2_956_294,
    ttfb_ms: 41.5,
    total_ms: 1072,
    cache_status: 'Hit',
    cache_hit: true,
    user_agent: 'not stored',
    cmcd: { session_id: 's,1', encoded_bitrate_kbps: 3000, buffer_length_ms: 20_553, startup: false },
  };

  it('tags what dashboards group by, keeps the fields the series need, escapes values, and leaves out what no series reads', () => {
    expect(rawLineOf(record)).toBe(
      'cdn_request,cache_status=Hit,cdn=cloudfront,country=DE,pop=FRA\\ 56 ' +
        'asn=3320i,bytes=2956294i,cache_hit=true,client_ip="198.51.100.7",path="/env-a/asset \\"x\\"/seg_1.m4s",record_id="r-1",status=200i,total_ms=1072,ttfb_ms=41.5,' +
        'cmcd_bitrate_kbps=3000,cmcd_buffer_ms=20553,cmcd_session="s,1",cmcd_startup=false 1795176000123',
    );
  });

  it('leaves out absent and non-finite values', () => {
    const line = rawLineOf({ cdn: 'fastly', request_time_ms: 1_795_176_000_000, status: 503, ttfb_ms: Number.NaN, pop: '' });
    expect(line).toBe('cdn_request,cdn=fastly status=503i 1795176000000');
  });
});
