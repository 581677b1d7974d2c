/**
 * The Apache common and combined log formats (`%h %l %u %t "%r" %>s %b` and
 * `... "%{Referer}i" "%{User-agent}i"`): Fastly's default for a new logging endpoint and
 * what many origin shields and smaller CDNs write.
 */
export interface CommonLogLine {
  clientIp: string;
  timeMs: number;
  method: string;
  target: string;
  protocol: string;
  status: number;
  bytes: number;
  referer: string;
  userAgent: string;
}

const LINE = /^(\S+) \S+ \S+ \[([^\]]+)\] "((?:[^"\\]|\\.)*)" (\d{3}) (\d+|-)(?: "((?:[^"\\]|\\.)*)" "((?:[^"\\]|\\.)*)")?/;
const TIME = /^(\d{2})\/([A-Za-z]{3})\/(\d{4}):(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))? ([+-])(\d{2}):?(\d{2})$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Fastly's classic default line: the time in RFC 1123 (`Mon, 07 Mar 2016 15:22:01 GMT`, as
 * `%t` printed it) and the request method and URL unquoted (`GET /x 200`), or quoted.
 */
const RFC1123_LINE = /^(\S+) (?:"[^"]*"|\S+) (?:"[^"]*"|\S+) ([A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT) (?:"((?:[^"\\]|\\.)*)"|([A-Z]+ \S+(?: HTTP\/[\d.]+)?)) (\d{3})(?: (\d+|-|\(null\)))?(?: "((?:[^"\\]|\\.)*)" "((?:[^"\\]|\\.)*)")?/;

export function parseCommonLog(line: string): CommonLogLine | { dead: string } {
  const m = LINE.exec(line);
  if (!m) return parseRfc1123Line(line);
  const timeMs = commonLogTime(m[2]!);
  if (timeMs === undefined) return { dead: `invalid common log time [${m[2]!.slice(0, 40)}]` };
  return logLine(m[1]!, timeMs, m[3]!, m[4]!, m[5], m[6], m[7]);
}

function parseRfc1123Line(line: string): CommonLogLine | { dead: string } {
  const m = RFC1123_LINE.exec(line);
  if (!m) return { dead: 'neither a JSON object nor a common/combined log line (nor one with an RFC 1123 time)' };
  const timeMs = Date.parse(m[2]!);
  if (!Number.isFinite(timeMs)) return { dead: `invalid RFC 1123 time ${m[2]}` };
  return logLine(m[1]!, timeMs, m[3] ?? m[4]!, m[5]!, m[6], m[7], m[8]);
}

/** The fields both line shapes share; `-` (and Fastly's `(null)` byte count) are absent. */
function logLine(ip: string, timeMs: number, request: string, status: string, bytes: string | undefined, referer: string | undefined, userAgent: string | undefined): CommonLogLine {
  const [method = '', target = '', protocol = ''] = unescape(request).split(' ');
  const text = (v: string | undefined) => (v === undefined || v === '-' ? '' : unescape(v));
  return {
    clientIp: ip === '-' ? '' : ip,
    timeMs,
    method,
    target,
    protocol,
    status: Number(status),
    bytes: bytes === undefined || !/^\d+$/.test(bytes) ? 0 : Number(bytes),
    referer: text(referer),
    userAgent: text(userAgent),
  };
}

/** `20/Nov/2026:10:00:00 +0000` -> epoch ms. */
export function commonLogTime(s: string): number | undefined {
  const m = TIME.exec(s.trim());
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[2]!.toLowerCase());
  if (month < 0) return undefined;
  const ms = m[7] ? Number(m[7].padEnd(3, '0').slice(0, 3)) : 0;
  const utc = Date.UTC(Number(m[3]), month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6]), ms);
  const offsetMin = (Number(m[9]) * 60 + Number(m[10])) * (m[8] === '-' ? -1 : 1);
  const t = utc - offsetMin * 60_000;
  return Number.isFinite(t) && new Date(utc).getUTCDate() === Number(m[1]) ? t : undefined;
}

function unescape(s: string): string {
  return s.replace(/\\(.)/g, '$1');
}
