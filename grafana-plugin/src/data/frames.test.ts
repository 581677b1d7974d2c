import { frameRows, num, resultRows } from './frames';

// A table frame as Grafana's InfluxQL backend returns it: Time, tag fields in no fixed order, values.
const tableFrame = {
  schema: {
    name: 'cdn_health',
    refId: 'current',
    fields: [
      { name: 'Time', type: 'time' },
      { name: 'pop', type: 'string' },
      { name: 'cdn', type: 'string' },
      { name: 'rtt_ms_p95', type: 'number' },
    ],
  },
  data: { values: [[1000, 1000], ['FRA', 'LHR'], ['akamai', 'akamai'], [120.5, null]] },
};

describe('frameRows', () => {
  it('reads fields by name, whatever their order', () => {
    expect(frameRows(tableFrame)).toEqual([
      { time: 1000, pop: 'FRA', cdn: 'akamai', rtt_ms_p95: 120.5 },
      { time: 1000, pop: 'LHR', cdn: 'akamai', rtt_ms_p95: null },
    ]);
  });
  it('takes RFC 3339 times too, and survives frames without data', () => {
    expect(frameRows({ schema: { fields: [{ name: 'time' }] }, data: { values: [['1970-01-01T00:00:01Z']] } })).toEqual([{ time: 1000 }]);
    expect(frameRows({})).toEqual([]);
    expect(resultRows(undefined)).toEqual([]);
    expect(resultRows([tableFrame, tableFrame])).toHaveLength(4);
  });
  it('reads numbers strictly', () => {
    expect([num(3), num('4.5'), num(''), num('x'), num(null), num(NaN)]).toEqual([3, 4.5, null, null, null, null]);
  });
});
