import { MemoryDeadLetterSink, reasonCategory } from './deadLetterSink';

describe('dead-letter reasons', () => {
  it('are grouped in categories without their details and numbers', () => {
    expect(reasonCategory('late: view_end 2026-12-02T10:00:00Z beyond allowed lateness')).toBe('late');
    expect(reasonCategory('watch_time is absurdly large (9e99)')).toBe('watch_time is absurdly large');
    expect(reasonCategory('view_id longer than 256 characters')).toBe('view_id longer than N characters');
    expect(reasonCategory('')).toBe('unknown');
  });

  it('stay few however many distinct reasons hostile input brings', () => {
    const sink = new MemoryDeadLetterSink();
    for (let i = 0; i < 500; i++) sink.write([{ reason: `field_${'x'.repeat(i % 97)} is bad`, source: 's', payload: '' } as never]);
    const reasons = sink.reasons();
    expect(Object.keys(reasons).length).toBeLessThanOrEqual(31);
    expect(reasons.other).toBeGreaterThan(0);
    expect(Object.values(reasons).reduce((a, b) => a + b, 0)).toBe(500);
  });
});
