import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { silentLogger } from '../../log/logger';
import { MemoryDeadLetterSink } from '../../sinks/deadLetterSink';
import { LineProtocolFileSink } from '../../sinks/pointSink';
import { crashingSink } from '../../test-support/crashingSink';
import { parseLineProtocol } from '../../test-support/lineProtocol';
import { simulatedViews, tempDir, tempFile, toNdjson } from '../../test-support/viewFiles';
import { encodeDelimitedViews } from '../../decode/viewsProtobuf';
import type { RawView } from '../../decode/normalizeView';
import { loadCheckpoint, replayViews } from './replayViews';
import type { IncidentEvent } from '../../detect/incident';
import { MEASUREMENTS } from '../../schema';

const FROM = Date.parse('2026-11-20T18:00:00Z');

async function replay(file: string, batchSize: number, format: 'ndjson' | 'protobuf' = 'ndjson') {
  const out = tempFile('out.lp', '');
  const dead = new MemoryDeadLetterSink();
  const sink = new LineProtocolFileSink(out, 'qoe');
  const stats = await replayViews({ viewsFile: file, viewsFormat: format, batchSize, speed: 0, job: { outOfOrdernessMs: 10_000, allowedLatenessMs: 60_000 }, maxFutureMs: 3_600_000 }, sink, dead, silentLogger);
  await sink.close();
  return { stats, dead, text: fs.readFileSync(out, 'utf8') };
}

/** What an incident event says of the incident's life: which one, and when. */
function incidentTimeline(e: IncidentEvent): { what: string; times: number[] } {
  const i = e.incident;
  return { what: `${e.kind} ${i.incidentId} ${i.scope} ${i.propertyId} ${i.errorType}`, times: [i.openedAtMs, i.updatedAtMs, i.closedAtMs ?? 0] };
}

/** Final value of each point (the last write of a measurement+tags+time wins, as in InfluxDB). */
function finalPoints(text: string) {
  const byId = new Map<string, ReturnType<typeof parseLineProtocol>[number]>();
  for (const p of parseLineProtocol(text)) byId.set(`${p.measurement}|${JSON.stringify(p.tags)}|${p.time}`, p);
  return [...byId.values()];
}

describe('replay', () => {
  const views = simulatedViews(FROM, 8);
  const file = tempFile('views.ndjson', toNdjson(views));

  it('writes view_qoe and view_errors equal to totals computed independently from the input', async () => {
    const { text, stats, dead } = await replay(file, 1000);
    expect(dead.count()).toBe(0);
    expect(stats.views).toBe(views.length);
    const expected = new Map<string, { views: number; failures: number; startup: number; ebvs: number; errors: Map<string, number> }>();
    for (const v of views) {
      const minute = Math.floor(Date.parse(v.view_end) / 60_000) * 60_000;
      const key = `${v.property_id}|${minute}`;
      let e = expected.get(key);
      if (!e) expected.set(key, (e = { views: 0, failures: 0, startup: 0, ebvs: 0, errors: new Map() }));
      e.views++;
      if (v.playback_failure) {
        e.failures++;
        e.errors.set(String(v.player_error_code), (e.errors.get(String(v.player_error_code)) ?? 0) + 1);
      }
      if (v.video_startup_failure) e.startup++;
      if (v.exit_before_video_start) e.ebvs++;
    }
    const points = finalPoints(text);
    const qoe = points.filter((p) => p.measurement === 'view_qoe');
    expect(qoe).toHaveLength(expected.size);
    for (const p of qoe) {
      const e = expected.get(`${p.tags.property_id}|${p.time}`)!;
      expect(p.fields).toMatchObject({ views: e.views, failures: e.failures, startup_failures: e.startup, ebvs: e.ebvs });
    }
    const errors = points.filter((p) => p.measurement === 'view_errors');
    expect(errors.length).toBe([...expected.values()].reduce((n, e) => n + e.errors.size, 0));
    for (const p of errors) {
      const e = expected.get(`${p.tags.property_id}|${p.time}`)!;
      expect(p.fields.errors).toBe(e.errors.get(p.tags.error_type!));
      expect(p.fields.views).toBe(e.views);
      expect(p.fields.rate_pct).toBeCloseTo((100 * e.errors.get(p.tags.error_type!)!) / e.views, 3);
    }
  });

  it('produces byte-identical line protocol for batch sizes 1, 1000 and 100000', async () => {
    const outputs = await Promise.all([1, 1000, 100_000].map(async (n) => (await replay(file, n)).text));
    expect(outputs[0]!.length).toBeGreaterThan(1000);
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
  });

  it('gives the same points from length-delimited protobuf as from NDJSON', async () => {
    const proto = views.map((v) => {
      const ts = (s: string) => ({ seconds: Math.floor(Date.parse(s) / 1000), nanos: (Date.parse(s) % 1000) * 1e6 });
      return { ...v, view_start: ts(v.view_start), view_end: ts(v.view_end) } as unknown as RawView;
    });
    const pbFile = tempFile('views.pb', Buffer.from(encodeDelimitedViews(proto)));
    const [a, b] = await Promise.all([replay(file, 500), replay(pbFile, 500, 'protobuf')]);
    expect(b.text).toBe(a.text);
  });

  it('survives 10,000 hostile lines: every good view counted, every bad one dead-lettered with a reason', async () => {
    const hostile = [
      '{',
      'null',
      '[]',
      '"just a string"',
      '{"view_id":"x"}',
      '{"view_id":"x","property_id":"p","view_start":"2026-11-20T18:00:00Z","view_end":"2026-11-20T17:00:00Z"}',
      '{"view_id":"x","property_id":"p","view_start":"2026-11-20T18:00:00Z","view_end":"2099-01-01T00:00:00Z"}',
      '{"view_id":"x","property_id":"p","view_start":"2026-11-20T18:00:00Z","view_end":"2026-11-20T18:01:00Z","watch_time":-1}',
      '{"view_id":"x","property_id":"p","view_start":"2026-11-20T18:00:00Z","view_end":"2026-11-20T18:01:00Z","video_startup_time":"NaN"}',
      '{"view_id":"x","property_id":{"$gt":""},"view_start":"2026-11-20T18:00:00Z","view_end":"2026-11-20T18:01:00Z"}',
      '{"__proto__":{"polluted":true},"view_id":"x"}',
      'x'.repeat(70_000),
      '\u0000\u0001\u0002binary',
      '{"view_id":"x","property_id":"p","view_start":1e400,"view_end":1}',
    ];
    const lines: string[] = [];
    let bad = 0;
    views.forEach((v, i) => {
      lines.push(JSON.stringify(v));
      if (i % 2 === 0 && bad < 10_000) {
        lines.push(hostile[bad % hostile.length]!);
        bad++;
      }
    });
    while (bad < 10_000) {
      lines.push(hostile[bad % hostile.length]!);
      bad++;
    }
    const mixed = tempFile('mixed.ndjson', lines.join('\n') + '\n');
    const [clean, dirty] = await Promise.all([replay(file, 1000), replay(mixed, 777)]);
    expect(dirty.stats.views).toBe(views.length);
    expect(dirty.dead.count()).toBe(10_000);
    for (const d of dirty.dead.records) {
      expect(d.reason.length).toBeGreaterThan(5);
      expect(typeof d.position).toBe('number');
    }
    expect(Object.keys(dirty.dead.reasons()).length).toBeGreaterThan(8);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(dirty.text).toBe(clean.text);
  });

  it('sends views later than the allowed lateness to the dead letters, counted', async () => {
    const late = { ...views[0]!, view_id: 'very-late', view_end: new Date(FROM + 1000).toISOString(), view_start: new Date(FROM).toISOString() };
    const f = tempFile('late.ndjson', toNdjson([...views, late]));
    const r = await replay(f, 1000);
    expect(r.stats.lateViews).toBe(1);
    expect(r.dead.records[0]!.reason).toMatch(/^late: /);
  });

  it('one view dated two days ahead (a wrong client clock) costs no other view and no incident: it adds only its own points', async () => {
    const run = async (f: string) => {
      const out = tempFile('out.lp', '');
      const sink = new LineProtocolFileSink(out, 'qoe');
      const incidents: ReturnType<typeof incidentTimeline>[] = [];
      const stats = await replayViews({ viewsFile: f, viewsFormat: 'ndjson', batchSize: 500, speed: 0, job: { outOfOrdernessMs: 10_000, allowedLatenessMs: 60_000 }, maxFutureMs: 3_600_000, onIncident: (e) => incidents.push(incidentTimeline(e)) }, sink, new MemoryDeadLetterSink(), silentLogger);
      await sink.close();
      return { stats, incidents, lines: new Set(fs.readFileSync(out, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'))) };
    };
    const shift = (t: string) => new Date(Date.parse(t) + 2 * 86_400_000).toISOString();
    const middle = Math.floor(views.length / 2);
    const wrong = { ...views[middle]!, view_id: 'wrong-clock', view_start: shift(views[middle]!.view_start), view_end: shift(views[middle]!.view_end) };
    const clean = await run(file);
    const poisoned = await run(tempFile('wrong-clock.ndjson', toNdjson([...views.slice(0, middle), wrong, ...views.slice(middle)])));
    expect(clean.incidents.length).toBeGreaterThan(0);
    expect(poisoned.stats.lateViews).toBe(0);
    // The same incidents, opened, updated and closed at the same times, give or take the few
    // views that the one more view in its property's window shifts a judgement by.
    expect(poisoned.incidents.map((e) => e.what)).toEqual(clean.incidents.map((e) => e.what));
    poisoned.incidents.forEach((e, i) => e.times.forEach((t, k) => expect(Math.abs(t - clean.incidents[i]!.times[k]!)).toBeLessThan(5_000)));
    // Every QoE point of the clean replay, unchanged (incident points above); and the view's own: the minute it claims, two days on.
    const qoe = (lines: Set<string>) => [...lines].filter((l) => !l.startsWith(`${MEASUREMENTS.incidents.name},`));
    expect(qoe(clean.lines).filter((l) => !poisoned.lines.has(l))).toEqual([]);
    const extra = qoe(poisoned.lines).filter((l) => !clean.lines.has(l));
    expect(extra.length).toBeGreaterThan(0);
    for (const l of extra) expect(Number(l.slice(l.lastIndexOf(' ') + 1))).toBeGreaterThan(FROM + 86_400_000);
  });

  it('resumes an interrupted replay from its checkpoint with byte-identical output', async () => {
    const clean = await replay(file, 400);
    const out = tempFile('interrupted.lp', '');
    const checkpoint = `${out}.checkpoint`;
    const opts = { viewsFile: file, viewsFormat: 'ndjson' as const, batchSize: 400, speed: 0, job: { outOfOrdernessMs: 10_000, allowedLatenessMs: 60_000 }, maxFutureMs: 3_600_000, checkpointFile: checkpoint, checkpointEvery: 3 };

    // A sink that dies after its 7th write: the process "crashes" with output past the last checkpoint.
    const first = new LineProtocolFileSink(out, 'qoe');
    const crashing = crashingSink(first, 7);
    await expect(replayViews(opts, crashing, new MemoryDeadLetterSink(), silentLogger)).rejects.toThrow('simulated crash');
    await first.close();
    const cp = loadCheckpoint(checkpoint, file)!;
    expect(cp.recordsConsumed).toBeGreaterThan(0);
    expect(fs.statSync(out).size).toBeGreaterThan(cp.sink!.bytes);

    const second = new LineProtocolFileSink(out, 'qoe', cp.sink);
    const stats = await replayViews({ ...opts, resume: cp }, second, new MemoryDeadLetterSink(), silentLogger);
    await second.close();
    expect(stats.views).toBe(views.length);
    expect(fs.readFileSync(out, 'utf8')).toBe(clean.text);
    expect(fs.existsSync(checkpoint)).toBe(false);
  });

  it('refuses a checkpoint taken on another input', async () => {
    const cpFile = tempFile('cp.json', JSON.stringify({ version: 1, input: '/elsewhere.ndjson', inputBytes: 1 }));
    expect(() => loadCheckpoint(cpFile, file)).toThrow(/belongs to input/);
  });

  it('refuses a damaged checkpoint with its name and what to do', () => {
    const cpFile = tempFile('damaged-cp.json', '{"version":1,"inp');
    expect(() => loadCheckpoint(cpFile, file)).toThrow(new RegExp(`^checkpoint ${cpFile} cannot be read \\(.*\\); remove it to replay from the start$`));
  });
});

describe('replay of a truncated gzip views file', () => {
  it('replays every complete line before the cut (the points and incidents those lines alone give), dead-letters the cut, says so and leaves no checkpoint', async () => {
    const text = toNdjson(simulatedViews(FROM, 6));
    const gz = zlib.gzipSync(text);
    const cut = gz.subarray(0, Math.floor(gz.length * 0.6));
    const readable = zlib.gunzipSync(cut, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString('utf8');
    const cutFile = tempFile('views.ndjson.gz', cut);
    const checkpointFile = `${cutFile}.checkpoint`;
    const out = tempFile('out.lp', '');
    const sink = new LineProtocolFileSink(out, 'qoe');
    const dead = new MemoryDeadLetterSink();
    const stats = await replayViews(
      { viewsFile: cutFile, viewsFormat: 'ndjson', batchSize: 100, speed: 0, job: { outOfOrdernessMs: 10_000, allowedLatenessMs: 60_000 }, maxFutureMs: 3_600_000, checkpointFile, checkpointEvery: 2 },
      sink,
      dead,
      silentLogger,
    );
    await sink.close();
    const prefix = await replay(tempFile('prefix.ndjson', readable.slice(0, readable.lastIndexOf('\n') + 1)), 100);
    expect(prefix.stats.views).toBeGreaterThan(1_000);
    expect(stats.views).toBe(prefix.stats.views);
    expect(stats.incidentsOpened).toBe(prefix.stats.incidentsOpened);
    expect(fs.readFileSync(out, 'utf8')).toBe(prefix.text);
    expect(stats.inputError).toBe(`${cutFile}: the gzip content ends early (a truncated file); what came before was read`);
    expect(dead.records).toEqual([expect.objectContaining({ reason: expect.stringMatching(/^input not read to its end: the gzip content ends early/), position: prefix.stats.views + 1 })]);
    expect(fs.existsSync(checkpointFile)).toBe(false);
  });
});


describe('replay of a directory of views files', () => {
  // An export delivered a file a property, side by side over the same minutes: one gzipped, one
  // in a folder. In view_end order (no disorder): the order the merge gives, so the whole file's
  // output is what the directory's must be (the detector's updates fall at the views they follow).
  const views = simulatedViews(FROM, 8, { disorderMs: 0 });
  const whole = tempFile('views.ndjson', toNdjson(views));
  const dir = tempDir();
  const properties = [...new Set(views.map((v) => v.property_id))].sort();
  const fileOf = (p: string, i: number) => path.join(dir, i === 0 ? `${p}.ndjson.gz` : i === 1 ? path.join('day', `${p}.ndjson`) : `${p}.ndjson`);
  fs.mkdirSync(path.join(dir, 'day'));
  properties.forEach((p, i) => {
    const text = toNdjson(views.filter((v) => v.property_id === p));
    fs.writeFileSync(fileOf(p, i), i === 0 ? zlib.gzipSync(text) : text);
  });

  it('reads the files side by side in event time: the points and incidents of the whole file, byte for byte', async () => {
    expect(properties.length).toBeGreaterThanOrEqual(3);
    const fromDir = await replay(dir, 100);
    const fromWhole = await replay(whole, 100);
    expect(fromWhole.stats.incidentsOpened).toBeGreaterThan(0);
    expect(fromDir.stats).toEqual(fromWhole.stats);
    expect(fromDir.text).toBe(fromWhole.text);
  });

  it('where the same files one after another (cat) make the views of every file after the first late', async () => {
    const concatenated = tempFile('cat.ndjson', properties.map((p) => toNdjson(views.filter((v) => v.property_id === p))).join(''));
    const { stats } = await replay(concatenated, 100);
    expect(stats.lateViews).toBeGreaterThan(views.length / 3);
  });

  it('reads a file cut short to its last complete line while the others go on, and names it at the end', async () => {
    const cutDir = tempDir();
    const texts = properties.map((p) => toNdjson(views.filter((v) => v.property_id === p)));
    texts.forEach((text, i) => fs.writeFileSync(path.join(cutDir, `${properties[i]}.ndjson${i === 0 ? '.gz' : ''}`), i === 0 ? zlib.gzipSync(text).subarray(0, 2_000) : text));
    const { stats } = await replay(cutDir, 100);
    const complete = zlib.gunzipSync(zlib.gzipSync(texts[0]!).subarray(0, 2_000), { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString('utf8');
    const completeLines = complete.slice(0, complete.lastIndexOf('\n') + 1).split('\n').filter(Boolean).length;
    const others = texts.slice(1).reduce((n, t) => n + t.split('\n').filter(Boolean).length, 0);
    expect(completeLines).toBeGreaterThan(0);
    expect(stats.views).toBe(completeLines + others);
    expect(stats.inputError).toBe(`${path.join(cutDir, `${properties[0]}.ndjson.gz`)}: the gzip content ends early (a truncated file); what came before was read`);
  });

  it('resumes an interrupted replay of a directory from its checkpoint, with another batch size, byte for byte; its dead letters once each', async () => {
    // Bad lines in the middle of one file: dead letters go out among the views, and the resume passes over those it had.
    const badDir = tempDir();
    properties.forEach((p, i) => {
      const lines = views.filter((v) => v.property_id === p).map((v) => JSON.stringify(v));
      if (i === 1) for (let k = 1; k <= 3; k++) lines.splice(Math.floor((lines.length * k) / 4), 0, `not json ${k}`);
      fs.writeFileSync(path.join(badDir, `${p}.ndjson`), lines.join('\n') + '\n');
    });
    const clean = await replay(badDir, 100);
    expect(clean.text).toBe((await replay(badDir, 250)).text);
    expect(clean.dead.records.map((d) => d.reason)).toEqual([expect.stringMatching(/JSON/), expect.stringMatching(/JSON/), expect.stringMatching(/JSON/)]);
    const out = tempFile('dir-interrupted.lp', '');
    const checkpoint = `${out}.checkpoint`;
    const opts = { viewsFile: badDir, viewsFormat: 'ndjson' as const, batchSize: 100, speed: 0, job: { outOfOrdernessMs: 10_000, allowedLatenessMs: 60_000 }, maxFutureMs: 3_600_000, checkpointFile: checkpoint, checkpointEvery: 5 };
    const first = new LineProtocolFileSink(out, 'qoe');
    const crashing = crashingSink(first, 9);
    const firstDead = new MemoryDeadLetterSink();
    await expect(replayViews(opts, crashing, firstDead, silentLogger)).rejects.toThrow('simulated crash');
    await first.close();
    const cp = loadCheckpoint(checkpoint, badDir)!;
    expect(cp.recordsConsumed).toBeGreaterThan(0);
    expect(fs.statSync(out).size).toBeGreaterThan(cp.sink!.bytes);
    // Where each file stood: the resume opens them there (some read to their end, some open).
    expect(cp.merge!.opened).toBeGreaterThan(0);
    // A checkpoint saved before positions were (the merged count alone) resumes the same way.
    const withoutPositions = tempFile('dir-interrupted-old.lp', fs.readFileSync(out, 'utf8'));
    const old = new LineProtocolFileSink(withoutPositions, 'qoe', cp.sink);
    // (A checkpoint of its own: a resume takes over the detector state it restores.)
    const { merge: _merge, ...oldCheckpoint } = loadCheckpoint(checkpoint, badDir)!;
    expect(await replayViews({ ...opts, checkpointFile: `${withoutPositions}.checkpoint`, batchSize: 250, resume: oldCheckpoint }, old, new MemoryDeadLetterSink(), silentLogger)).toEqual(clean.stats);
    await old.close();
    expect(fs.readFileSync(withoutPositions, 'utf8')).toBe(clean.text);

    const second = new LineProtocolFileSink(out, 'qoe', cp.sink);
    const resumedDead = new MemoryDeadLetterSink();
    const stats = await replayViews({ ...opts, batchSize: 250, resume: cp }, second, resumedDead, silentLogger);
    await second.close();
    expect(stats).toEqual(clean.stats);
    expect(fs.readFileSync(out, 'utf8')).toBe(clean.text);
    expect(fs.existsSync(checkpoint)).toBe(false);
    // The dead letters after the checkpoint, and only those: the first run wrote the others.
    const before = clean.dead.records.length - resumedDead.records.length;
    expect(before).toBeGreaterThan(0);
    expect(resumedDead.records.length).toBeGreaterThan(0);
    expect(resumedDead.records).toEqual(clean.dead.records.slice(before));
    expect(firstDead.records.slice(0, before)).toEqual(clean.dead.records.slice(0, before));
  });

  it('refuses a checkpoint of a directory whose files changed since', async () => {
    const changing = tempDir();
    fs.writeFileSync(path.join(changing, 'a.ndjson'), toNdjson(views.slice(0, 2_000)));
    const cpFile = tempFile('dir-cp.json', JSON.stringify({ version: 1, input: changing, inputBytes: fs.statSync(path.join(changing, 'a.ndjson')).size }));
    expect(loadCheckpoint(cpFile, changing)).toBeDefined();
    fs.writeFileSync(path.join(changing, 'b.ndjson'), toNdjson(views.slice(2_000, 2_010)));
    expect(() => loadCheckpoint(cpFile, changing)).toThrow(/now has \d+ bytes in its files/);
  });
});
