import { pb } from '../../proto';
import { recordFromMessage } from './fromMessage';

const NOW = Date.parse('2026-11-21T00:00:00Z');
const T = Date.parse('2026-11-20T10:00:00Z');

/** A record as it comes off a topic: encoded and decoded again (int64 values come back as Longs). */
function viaWire(fields: Record<string, unknown>) {
  return pb.CdnAccessRecord.decode(pb.CdnAccessRecord.encode(pb.CdnAccessRecord.fromObject({ record_id: 'r1', cdn: 'fastly', pop: 'FRA', request_time_ms: T, status: 200, bytes_sent: 5000, ...fields })).finish());
}

describe('recordFromMessage', () => {
  it('turns int64 values into numbers and keeps a clean record as it is', () => {
    const r = recordFromMessage(viaWire({ country: 'DE', asn: 3320, environment_id: 'env-a', asset_id: 'asset-b' }), NOW);
    expect(r).toEqual({ record: expect.objectContaining({ request_time_ms: T, bytes_sent: 5000, cdn: 'fastly', pop: 'FRA', country: 'DE', asn: 3320, environment_id: 'env-a', asset_id: 'asset-b' }) });
    if ('record' in r) expect(typeof r.record.request_time_ms).toBe('number');
  });

  it('cleans and bounds what becomes a window key, tag or breakdown value', () => {
    const r = recordFromMessage(viaWire({ cdn: `evil\n${'c'.repeat(500)}`, pop: 'P\u0000OP', country: 'Not a country', asn: -7, environment_id: 'e'.repeat(1000), asset_id: 'a\tb' }), NOW);
    expect(r).toEqual({ record: expect.objectContaining({ cdn: `evil${'c'.repeat(60)}`, pop: 'POP', country: '', asn: 0, environment_id: 'e'.repeat(128), asset_id: 'ab' }) });
  });

  it('says why a record cannot be used, as the parsers do', () => {
    expect(recordFromMessage(viaWire({ request_time_ms: 0 }), NOW)).toEqual({ dead: 'missing or invalid request time' });
    expect(recordFromMessage(viaWire({ request_time_ms: NOW + 10 * 3_600_000 }), NOW)).toEqual({ dead: 'request time too far in the future' });
    expect(recordFromMessage(viaWire({ status: 42 }), NOW)).toEqual({ dead: 'missing or invalid HTTP status' });
    expect(recordFromMessage(viaWire({ bytes_sent: -1 }), NOW)).toEqual({ dead: 'invalid byte count' });
    expect(recordFromMessage(viaWire({ ttfb_ms: -3 }), NOW)).toEqual({ dead: 'invalid ttfb_ms' });
  });
});
