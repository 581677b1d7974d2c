import { Reader } from 'protobufjs/minimal';
import { pb } from '../proto';
import { deadLetter, type DeadLetter, type ViewRecord } from './viewRecord';
import { normalizeView, type RawView, type ViewLimits } from './normalizeView';
import { splitExactly } from './delimitedFrames';

export type MessageResult = { view: ViewRecord } | { dead: DeadLetter };

/** Why decodeViewMessage dead-letters bytes that are not a VideoView at all (not a view that fails validation). */
export const UNDECODABLE_VIEW = 'undecodable VideoView';

/** Whether the bytes decode as a VideoView (what decodeViewMessage needs before it validates). */
export function decodesAsVideoView(bytes: Uint8Array): boolean {
  try {
    pb.VideoView.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Whether the bytes are a VideoView with a view id: how a search through a corrupt stream knows a view (DelimitedFrames). */
export function isVideoView(bytes: Uint8Array): boolean {
  try {
    const v = pb.VideoView.decode(bytes) as unknown as { view_id?: string };
    return typeof v.view_id === 'string' && v.view_id !== '';
  } catch {
    return false;
  }
}

/** Decodes one VideoView protobuf message (a Kafka message value or one delimited record). */
export function decodeViewMessage(bytes: Uint8Array, limits: ViewLimits, source: string, position?: number | string): MessageResult {
  let message: RawView;
  try {
    message = pb.VideoView.decode(bytes) as unknown as RawView;
  } catch (err) {
    return { dead: deadLetter(`${UNDECODABLE_VIEW}: ${(err as Error).message}`, source, bytes, position) };
  }
  const result = normalizeView(message, limits);
  if (!result.ok) return { dead: deadLetter(result.reason, source, pb.VideoView.toObject(message as never, { longs: Number }), position) };
  return { view: result.value };
}

/**
 * The raw bytes of each `views` entry (field 1) of a VideoViewBatch, so one bad view is
 * dead-lettered alone instead of failing the batch. Throws when the bytes are not protobuf.
 */
export function splitBatch(body: Uint8Array): Uint8Array[] {
  const reader = Reader.create(body);
  const views: Uint8Array[] = [];
  while (reader.pos < reader.len) {
    const tag = reader.uint32();
    if (tag >>> 3 === 1 && (tag & 7) === 2) views.push(reader.bytes());
    else reader.skipType(tag & 7);
  }
  return views;
}

/** How a whole protobuf file or body of views is framed. */
export type ViewFraming = 'delimited' | 'single' | 'batch';

/** A message that decodes as a VideoView with its identity (not a batch, not noise). */
function looksLikeView(m: Uint8Array): boolean {
  try {
    const v = pb.VideoView.decode(m) as unknown as Record<string, unknown>;
    const has = (k: string) => Object.prototype.hasOwnProperty.call(v, k);
    return has('property_id') || (has('view_id') && has('view_end'));
  } catch {
    return false;
  }
}

/**
 * Tells apart, on the whole content, the three ways views come as protobuf: length-delimited
 * VideoViews (the lengths split the content exactly into views), one unframed VideoView (a
 * single Mux record: the content is itself a view), and a VideoViewBatch (only field 1
 * entries that are views). Undecidable content is read as delimited, whose reader
 * dead-letters what it cannot split.
 */
export function detectViewFraming(buf: Uint8Array): ViewFraming {
  const messages = splitExactly(buf);
  if (messages !== undefined && messages.length > 0 && messages.slice(0, 3).every(looksLikeView)) return 'delimited';
  if (looksLikeView(buf)) return 'single';
  try {
    const entries = splitBatch(buf);
    if (entries.length > 0 && entries.slice(0, 3).every(looksLikeView)) return 'batch';
  } catch {
    /* not protobuf at all */
  }
  return 'delimited';
}

/** Encodes views as length-delimited VideoView messages. */
export function encodeDelimitedViews(views: RawView[]): Uint8Array {
  const chunks = views.map((v) => pb.VideoView.encodeDelimited(v as never).finish());
  return Buffer.concat(chunks);
}

