import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ALERT_TOPICS } from './index';
import { kapacitorProblems, tickTasks, topicHandlers } from './kapacitorContract';

describe('kapacitor/load against the schema', () => {
  it('names only measurements, fields, tags and topics of the schema, and routes every topic', () => {
    const tasks = tickTasks();
    expect(tasks.map((t) => t.name)).toEqual(expect.arrayContaining(['qoe_incidents', 'qoe_cdn_errors', 'qoe_pipeline_health']));
    expect(kapacitorProblems()).toEqual([]);
    expect(new Set(topicHandlers().map((h) => h.topic))).toEqual(new Set(Object.values(ALERT_TOPICS)));
  });

  it('finds what a broken script gets wrong', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qoe-tick-'));
    fs.writeFileSync(
      path.join(dir, 'bad.tick'),
      `dbrp "qoe"."per_minute"\nbatch\n    |query('''\n        SELECT mean("rtt_ms_p97") FROM "qoe"."long"."cdn_health" WHERE time > now() - 1h\n    ''')\n        .period(5m)\n        .groupBy('region')\n    |alert()\n        .topic('qoe-nowhere')\n`,
    );
    const problems = kapacitorProblems(tickTasks(dir), []);
    expect(problems).toEqual(
      expect.arrayContaining([
        'bad: cdn_health lives in per_minute, not long',
        "bad: the time range is Kapacitor's (.period), not the query's",
        'bad: unknown tag or field "rtt_ms_p97" of cdn_health',
        "bad: groupBy 'region' is not a tag of cdn_health",
        'bad: topic qoe-nowhere is not in ALERT_TOPICS',
        'topic qoe-incidents has no handler',
      ]),
    );
  });
});

describe('kapacitor/load: paging handlers', () => {
  it('routes incidents and the pipeline to OpsGenie with a PagerDuty handler beside each, disabled in kapacitor.conf', () => {
    const handlers = topicHandlers();
    for (const topic of [ALERT_TOPICS.incidents, ALERT_TOPICS.pipeline]) {
      expect(handlers.filter((h) => h.topic === topic).map((h) => h.kind)).toEqual(expect.arrayContaining(['opsgenie2', 'pagerduty2']));
    }
    const conf = fs.readFileSync(path.resolve(__dirname, '../../../kapacitor/kapacitor.conf'), 'utf8');
    expect(conf).toMatch(/\[pagerduty2\]\s*\n(?:\s*#[^\n]*\n)*\s*enabled = false/);
    expect(conf).toMatch(/\[opsgenie2\]/);
  });

  it('has the alerts of the catalogue in docs/alerting.md, and the catalogue names every alert', () => {
    const doc = fs.readFileSync(path.resolve(__dirname, '../../../docs/alerting.md'), 'utf8');
    const ids = tickTasks().flatMap((t) => [...fs.readFileSync(path.resolve(__dirname, `../../../kapacitor/load/tasks/${t.name}.tick`), 'utf8').matchAll(/\.id\('([a-z0-9-]+)/g)].map((m) => m[1]!));
    expect(ids.length).toBeGreaterThan(12);
    for (const id of ids) expect([id, doc.includes(`\`${id}`)]).toEqual([id, true]);
  });
});
