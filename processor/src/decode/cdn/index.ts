import { akamaiParser } from './akamai';
import { CloudflareParser } from './cloudflare';
import { CloudFrontRealtimeParser, CloudFrontStandardParser } from './cloudfront';
import { parseFastly } from './fastly';
import { cmcdOf, validateRecord, type CdnFormat, type ParseResult, type ParserOptions } from './record';

export { CDN_FORMATS, NO_RESPONSE_STATUS, segmentDurationOf, type CdnFormat, type CdnJobRecord, type CdnRecord, type PendingCmcd, type ParseResult, type ParserOptions } from './record';

/** A line parser for one format; stateful for formats with header lines (CloudFront, Cloudflare CSV): one per file, stream or request. */
export interface LineParser {
  parse(line: string): ParseResult;
  /**
   * Reads a line a resumed replay passes over (replayed before its checkpoint) for what it
   * tells the parser about the lines after it (a header line, a delivery's delimiter),
   * without making its record: the parser is left as parse would have left it.
   */
  passOver(line: string): void;
}

/** passOver of a format whose lines tell nothing about the lines after them. */
const STATELESS = (): void => {};

/**
 * The parser of a format. Fastly's and Cloudflare's JSON lines hold every field as a string
 * once parsed, so jobFieldsOnly leaves nothing out there.
 */
export function parserFor(format: CdnFormat, opts: ParserOptions = {}): LineParser {
  switch (format) {
    case 'cloudfront':
      return new CloudFrontStandardParser(opts);
    case 'cloudfront-realtime':
      return new CloudFrontRealtimeParser(opts);
    case 'fastly':
      return { parse: parseFastly, passOver: STATELESS };
    case 'akamai-ds2':
      return { parse: akamaiParser(opts), passOver: STATELESS };
    case 'cloudflare':
      return new CloudflareParser(opts);
  }
}

/**
 * Parses and validates one line; hostile input becomes a reason, never an exception. The
 * record's CMCD payloads are read into record.cmcd, or with `cmcd: 'payloads'` left in the
 * result (cmcdPayloads) for the caller to read later (cmcdOf).
 */
export function parseCdnLine(parser: LineParser, line: string, nowMs: number, opts: { cmcd?: 'read' | 'payloads' } = {}): ParseResult {
  if (line.length > MAX_LINE) return { dead: 'line longer than 64 KiB' };
  let r: ParseResult;
  try {
    r = parser.parse(withoutCr(line));
  } catch (err) {
    return { dead: `unparseable: ${(err as Error).message}` };
  }
  if (!('record' in r)) return r;
  const reason = validateRecord(r.record, nowMs);
  if (reason) return { dead: reason };
  if (opts.cmcd === 'payloads' || r.cmcdPayloads === undefined) return r;
  const cmcd = cmcdOf(r.cmcdPayloads);
  if (cmcd) r.record.cmcd = cmcd;
  r.cmcdPayloads = undefined; // read
  return r;
}

/**
 * A line a resumed replay passes over, given to the parser as parseCdnLine would give it
 * (LineParser.passOver): a resume's parser reads the lines after its checkpoint as the
 * interrupted run's did, at a fraction of the cost of parsing the lines it passes.
 */
export function passOverCdnLine(parser: LineParser, line: string): void {
  if (line.length > MAX_LINE) return;
  try {
    parser.passOver(withoutCr(line));
  } catch {
    // A line whose parse throws is a dead letter there, and tells the parser nothing.
  }
}

const MAX_LINE = 64 * 1024;

function withoutCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
