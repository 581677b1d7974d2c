import { MEASUREMENTS, RETENTION_POLICIES, TOPICS, SELF_METRICS, SELF_METRIC_DESCRIPTIONS, SELF_METRIC_METRIC_TAGS, type SelfMetricName, VIEW_DIMENSIONS, CDN_DIMENSIONS, OTHER_VALUE, UNKNOWN_VALUE, DEFAULT_DATABASE } from './index';

const UNIT_TEXT: Record<string, string> = {
  count: 'count',
  ms: 'milliseconds',
  s: 'seconds',
  pct: 'percent (0-100)',
  per_min: 'per minute',
  kbps: 'kbit/s',
  bytes: 'bytes',
  score: 'score 0-100',
  string: 'text',
};

/** The measurement reference (markdown), generated from the schema module. */
export function measurementReferenceMarkdown(): string {
  const out: string[] = [];
  out.push(`Database \`${DEFAULT_DATABASE}\`. Retention policies:`, '');
  out.push('| retention policy | duration | default |', '|---|---|---|');
  for (const rp of Object.values(RETENTION_POLICIES)) out.push(`| \`${rp.name}\` | ${rp.duration} | ${rp.isDefault ? 'yes' : ''} |`);
  out.push('');
  for (const m of Object.values(MEASUREMENTS)) {
    out.push(`### \`${m.name}\``, '', m.description, '');
    out.push(`- retention policy: \`${m.rp.name}\``);
    out.push(`- point time: ${m.windowMs === 60_000 ? 'start of the minute (UTC)' : m.windowMs === 3_600_000 ? 'start of the hour (UTC)' : 'event time of the change'}`);
    out.push(`- tags: ${m.tags.map((t) => `\`${t}\``).join(', ')}`, '');
    out.push('| field | type | unit | definition |', '|---|---|---|---|');
    for (const [name, f] of Object.entries(m.fields)) out.push(`| \`${name}\` | ${f.type} | ${UNIT_TEXT[f.unit]} | ${f.description.replace(/\|/g, '\\|')} |`);
    out.push('');
  }
  out.push('### Tag values', '');
  out.push(`- \`dimension\` of \`view_qoe_by\`: ${Object.entries(VIEW_DIMENSIONS).map(([d, field]) => `\`${d}\` (VideoView \`${field}\`)`).join(', ')}.`);
  out.push(`- \`dimension\` of \`cdn_health_by\`: ${CDN_DIMENSIONS.map((d) => `\`${d}\``).join(', ')}.`);
  out.push(`- \`value\`: the top N values per property (or CDN) and dimension in the minute by views (requests); the rest together as \`${OTHER_VALUE}\`; absent values as \`${UNKNOWN_VALUE}\`.`);
  out.push('');
  out.push('### Topics', '', '| topic | carries |', '|---|---|');
  const topicDoc: Record<string, string> = {
    views: 'VideoView protobuf, key property_id',
    cdnLogsRaw: 'CdnLogBatch protobuf from collectors',
    cdnLogsEnriched: 'CdnAccessRecord protobuf with enrichment (long retention)',
    incidents: 'Incident protobuf, key incident_id',
    control: 'ControlCommand protobuf, read by every instance',
    controlReplies: 'ControlReply protobuf',
    deadLetter: 'dead-letter records (JSON: reason, source, position, payload)',
  };
  for (const [k, name] of Object.entries(TOPICS)) out.push(`| \`${name}\` | ${topicDoc[k] ?? ''} |`);
  out.push('');
  out.push('### Self-metrics (statsd -> Telegraf, retention policy `self`)', '');
  out.push(`With \`QOE_STATSD_HOST\` set, every 10 s (timings at each event). Stat \`${SELF_METRICS.prefix}.NAME\` becomes measurement \`${SELF_METRICS.prefix}_NAME\` (field \`value\`, tags \`instance\`, \`mode\` and the metric's own below). The metrics come from the modules' instrumentation events (log/instrumentation.ts; each module declares its events in one \`*_EVENTS\` constant) and from their totals, sampled at each report.`, '');
  out.push('| name | kind | own tags | meaning |', '|---|---|---|---|');
  const tags = (name: SelfMetricName) => (SELF_METRIC_METRIC_TAGS[name] ?? []).map((t) => `\`${t}\``).join(', ');
  for (const name of Object.values(SELF_METRICS.counters)) out.push(`| \`${name}\` | counter (increase since the last report) | ${tags(name)} | ${SELF_METRIC_DESCRIPTIONS[name]} |`);
  for (const name of Object.values(SELF_METRICS.gauges)) out.push(`| \`${name}\` | gauge | ${tags(name)} | ${SELF_METRIC_DESCRIPTIONS[name]} |`);
  for (const name of Object.values(SELF_METRICS.timings)) out.push(`| \`${name}\` | timing (every event; percentiles in Telegraf) | ${tags(name)} | ${SELF_METRIC_DESCRIPTIONS[name]} |`);
  out.push('');
  return out.join('\n');
}

export const REFERENCE_BEGIN = '<!-- BEGIN GENERATED: schema reference (npm run docs) -->';
export const REFERENCE_END = '<!-- END GENERATED -->';

/** Replaces the generated block of a document with the current reference. */
export function withReference(doc: string): string {
  const begin = doc.indexOf(REFERENCE_BEGIN);
  const end = doc.indexOf(REFERENCE_END);
  if (begin < 0 || end < begin) throw new Error('document has no generated reference block');
  return doc.slice(0, begin + REFERENCE_BEGIN.length) + '\n\n' + measurementReferenceMarkdown() + '\n' + doc.slice(end);
}
