import { DEFAULT_GROUP_TIMEOUTS, fetchWaitOf } from './checkpointedConsumer';

describe('fetch wait of a consumer-group member', () => {
  it('is the heartbeat interval, at most kafkajs default of 5 s, so an idle member beats in time', () => {
    expect(fetchWaitOf({ sessionTimeout: 6_000, rebalanceTimeout: 8_000, heartbeatInterval: 500 })).toBe(500);
    expect(fetchWaitOf(DEFAULT_GROUP_TIMEOUTS)).toBe(3_000);
    expect(fetchWaitOf({ sessionTimeout: 60_000, rebalanceTimeout: 90_000, heartbeatInterval: 20_000 })).toBe(5_000);
    // Always well inside the session timeout the group expires a silent member after.
    for (const t of [DEFAULT_GROUP_TIMEOUTS, { sessionTimeout: 6_000, rebalanceTimeout: 8_000, heartbeatInterval: 2_000 }]) expect(fetchWaitOf(t)).toBeLessThanOrEqual(t.sessionTimeout / 2);
  });
});
