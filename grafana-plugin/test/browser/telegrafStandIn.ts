import * as dgram from 'node:dgram';

/**
 * A stand-in for Telegraf (which cannot run here): a statsd UDP listener that stores what the
 * processor sends the way telegraf/telegraf.conf's statsd input would (metric_separator "_",
 * DogStatsD tags, field `value`, a metric_type tag) into InfluxDB's `self` retention policy,
 * so the processor-health dashboard has real self-metrics to read.
 */
export async function startTelegrafStandIn(influxUrl: string, db: string, rp = 'self'): Promise<{ port: number; received: () => number; close: () => Promise<void> }> {
  const socket = dgram.createSocket('udp4');
  const lines: string[] = [];
  let received = 0;
  const types: Record<string, string> = { c: 'counter', g: 'gauge', ms: 'timing', h: 'histogram', s: 'set' };
  const esc = (s: string) => s.replace(/[ ,=]/g, (c) => `\\${c}`);
  socket.on('message', (msg) => {
    for (const line of msg.toString('utf8').split('\n')) {
      const m = /^([^:]+):([-\d.eE+]+)\|(\w+)(?:\|@[\d.]+)?(?:\|#(.*))?$/.exec(line.trim());
      if (!m) continue;
      received++;
      const tags = (m[4] ?? '')
        .split(',')
        .filter(Boolean)
        .map((t) => t.split(':'))
        .map(([k, v]) => `${esc(k!)}=${esc(v ?? '')}`);
      tags.push(`metric_type=${types[m[3]!] ?? m[3]}`);
      lines.push(`${esc(m[1]!.replace(/\./g, '_'))},${tags.sort().join(',')} value=${Number(m[2])} ${Date.now()}`);
    }
  });
  const flush = async () => {
    if (lines.length === 0) return;
    const body = lines.splice(0).join('\n');
    await fetch(`${influxUrl}/write?${new URLSearchParams({ db, rp, precision: 'ms' })}`, { method: 'POST', body }).catch(() => undefined);
  };
  const timer = setInterval(() => void flush(), 1000);
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', () => resolve()));
  return {
    port: socket.address().port,
    received: () => received,
    close: async () => {
      clearInterval(timer);
      await flush();
      await new Promise<void>((resolve) => socket.close(() => resolve()));
    },
  };
}
