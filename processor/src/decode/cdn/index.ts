import { akamaiStructuredParser, parseAkamaiDs2 } from './akamai';
import { parseCloudflare } from './cloudflare';
import { CloudFrontRealtimeParser, CloudFrontStandardParser } from './cloudfront';
import { parseFastly } from './fastly';
import { validateRecord, type CdnFormat, type ParseResult } from './record';

export { CDN_FORMATS, NO_RESPONSE_STATUS, type CdnFormat, type CdnJobRecord, type CdnRecord, type ParseResult } from './record';

/** A line parser for one format; stateful for formats with header lines (CloudFront). */
export interface LineParser {
  parse(line: string): ParseResult;
}

export function parserFor(format: CdnFormat, opts: { fields?: readonly string[] } = {}): LineParser {
  switch (format) {
    case 'cloudfront':
      return new CloudFrontStandardParser();
    case 'cloudfront-realtime':
      return new CloudFrontRealtimeParser(opts.fields);
    case 'fastly':
      return { parse: parseFastly };
    case 'akamai-ds2':
      return { parse: opts.fields ? akamaiStructuredParser(opts.fields) : parseAkamaiDs2 };
    case 'cloudflare':
      return { parse: parseCloudflare };
  }
}

/** Parses and validates one line; hostile input becomes a reason, never an exception. */
export function parseCdnLine(parser: LineParser, line: string, nowMs: number): ParseResult {
  if (line.length > 64 * 1024) return { dead: 'line longer than 64 KiB' };
  let r: ParseResult;
  try {
    r = parser.parse(line.endsWith('\r') ? line.slice(0, -1) : line);
  } catch (err) {
    return { dead: `unparseable: ${(err as Error).message}` };
  }
  if ('record' in r) {
    const reason = validateRecord(r.record, nowMs);
    if (reason) return { dead: reason };
  }
  return r;
}
