import type { ViewLimits } from './normalizeView';
import { deadLetter } from './viewRecord';
import { DelimitedFrames } from './delimitedFrames';
import { decodesAsVideoView, decodeViewMessage, isVideoView, UNDECODABLE_VIEW, type MessageResult } from './viewsProtobuf';

/** One record of a delimited stream: a view or a dead letter (a bad view, or a stretch of corrupt framing skipped), and where the next record starts. */
export interface DelimitedRecord {
  /** The decoded record; undefined when it was only passed over (next(atEnd, false)). */
  result: MessageResult | undefined;
  /** Stream offset just past the record. */
  end: number;
}

/**
 * Length-delimited VideoViews read from a stream (files and HTTP bodies alike). A message
 * that does not decode as a VideoView at all may have a wrong length: its framing is searched
 * again from its second byte (DelimitedFrames), and the stretch skipped to the next view is
 * one dead letter, one record.
 */
export class DelimitedViews {
  private readonly frames = new DelimitedFrames(isVideoView);

  constructor(
    private readonly limits: () => ViewLimits,
    private readonly source: string,
  ) {}

  push(chunk: Buffer): void {
    this.frames.push(chunk);
  }

  /**
   * The next record; undefined when more input is needed (or, atEnd, when all was read).
   * With decode false a record is only passed over (a resumed replay skipping what it has
   * consumed), and yet framed exactly as when it is decoded, so positions stay the same.
   */
  next(atEnd: boolean, decode = true): DelimitedRecord | undefined {
    for (let f = this.frames.next(atEnd); f !== undefined; f = this.frames.next(atEnd)) {
      if (f.kind === 'skipped') {
        const reason = `corrupt length-delimited stream: ${f.reason}; ${f.length} bytes skipped to the next view`;
        return { result: decode ? { dead: deadLetter(reason, this.source, f.bytes, f.offset) } : undefined, end: f.offset + f.length };
      }
      if (!decode) {
        if (decodesAsVideoView(f.bytes)) return { result: undefined, end: f.end };
        this.frames.resync(f, UNDECODABLE_VIEW);
        continue;
      }
      const result = decodeViewMessage(f.bytes, this.limits(), this.source, f.offset);
      if ('dead' in result && result.dead.reason.startsWith(UNDECODABLE_VIEW)) {
        this.frames.resync(f, result.dead.reason);
        continue;
      }
      return { result, end: f.end };
    }
    return undefined;
  }
}
