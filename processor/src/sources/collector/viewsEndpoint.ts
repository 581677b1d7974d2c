import type { ViewLimits } from '../../decode/normalizeView';
import type { DeadLetter, ViewRecord } from '../../decode/viewRecord';
import { decodeViewLine } from '../../decode/viewsNdjson';
import { decodeViewMessage, detectViewFraming, splitBatch } from '../../decode/viewsProtobuf';
import { splitExactly } from '../../decode/delimitedFrames';
import { DelimitedViews } from '../../decode/delimitedViews';
import { HttpRequestError } from './httpBody';

export interface DecodedBody {
  views: ViewRecord[];
  dead: DeadLetter[];
}

/**
 * Decodes a POSTed body of views by content type:
 * - application/x-ndjson, application/json, text/plain: NDJSON, or one JSON array of views;
 * - application/x-protobuf, application/protobuf: a VideoViewBatch message or one unframed
 *   VideoView (a single Mux record), told apart by their content; with `;delimited=true`
 *   (or when the lengths split the body exactly into views) length-delimited VideoViews,
 *   read past damaged framing as files are (DelimitedViews); content that is neither a
 *   batch nor cleanly delimited is read as damaged delimited views when views are found so.
 */
export function decodeViewsBody(body: Buffer, contentType: string, limits: ViewLimits, source: string): DecodedBody {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  const out: DecodedBody = { views: [], dead: [] };
  if (type === 'application/x-protobuf' || type === 'application/protobuf' || type === 'application/octet-stream') {
    const framing = /delimited=true/i.test(contentType) ? 'delimited' : detectViewFraming(body);
    if (framing === 'single') {
      push(out, decodeViewMessage(body, limits, source, 0));
      return out;
    }
    if (framing === 'delimited' && (/delimited=true/i.test(contentType) || splitExactly(body) !== undefined)) return readDelimited(body, limits, source);
    let batch: { views: Uint8Array[] };
    try {
      // Decode the wrapper only; each view is decoded (and can fail) on its own.
      batch = { views: splitBatch(body) };
    } catch (err) {
      // Content that is no clean batch nor cleanly delimited (detectViewFraming could not
      // tell) may be delimited views with damaged framing: kept when views are found so.
      const delimited = framing === 'delimited' ? readDelimited(body, limits, source) : undefined;
      if (delimited && delimited.views.length > 0) return delimited;
      throw new HttpRequestError(400, `body is not a VideoViewBatch (nor length-delimited VideoViews): ${(err as Error).message}`);
    }
    batch.views.forEach((m, i) => push(out, decodeViewMessage(m, limits, source, i)));
    return out;
  }
  // `curl --data-binary @views.ndjson` sends application/x-www-form-urlencoded: take it as text too.
  if (type === 'application/x-ndjson' || type === 'application/json' || type === 'text/plain' || type === 'application/jsonl' || type === 'application/x-www-form-urlencoded' || type === '') {
    const text = body.toString('utf8');
    const trimmed = text.trimStart();
    if (trimmed.startsWith('[')) {
      let arr: unknown;
      try {
        arr = JSON.parse(trimmed);
      } catch (err) {
        throw new HttpRequestError(400, `body is not valid JSON: ${(err as Error).message}`);
      }
      if (!Array.isArray(arr)) throw new HttpRequestError(400, 'JSON body must be an array of views or NDJSON');
      arr.forEach((v, i) => push(out, decodeViewLine(JSON.stringify(v) ?? 'null', limits, source, i + 1)));
      return out;
    }
    let lineNo = 0;
    for (const line of text.split('\n')) push(out, decodeViewLine(line, limits, source, ++lineNo));
    return out;
  }
  throw new HttpRequestError(415, `unsupported Content-Type ${type}; use application/x-ndjson or application/x-protobuf`);
}

/** Length-delimited views, read as files are: corrupt framing is skipped to the next view, one dead letter. */
function readDelimited(body: Buffer, limits: ViewLimits, source: string): DecodedBody {
  const out: DecodedBody = { views: [], dead: [] };
  const records = new DelimitedViews(() => limits, source);
  records.push(body);
  for (let r = records.next(true); r !== undefined; r = records.next(true)) if (r.result) push(out, r.result);
  return out;
}

function push(out: DecodedBody, r: { view: ViewRecord } | { dead: DeadLetter } | { skip: true }): void {
  if ('view' in r) out.views.push(r.view);
  else if ('dead' in r) out.dead.push(r.dead);
}
