import { pb } from '../proto';
import { deadLetter, type DeadLetter, type ViewRecord } from './viewRecord';
import { normalizeView, type RawView, type ViewLimits } from './normalizeView';

export type MessageResult = { view: ViewRecord } | { dead: DeadLetter };

/** Decodes one VideoView protobuf message (a Kafka message value or one delimited record). */
export function decodeViewMessage(bytes: Uint8Array, limits: ViewLimits, source: string, position?: number | string): MessageResult {
  let message: RawView;
  try {
    message = pb.VideoView.decode(bytes) as unknown as RawView;
  } catch (err) {
    return { dead: deadLetter(`undecodable VideoView: ${(err as Error).message}`, source, bytes, position) };
  }
  const result = normalizeView(message, limits);
  if (!result.ok) return { dead: deadLetter(result.reason, source, pb.VideoView.toObject(message as never, { longs: Number }), position) };
  return { view: result.value };
}

/**
 * Splits a buffer of length-delimited messages (varint length prefix, as written by
 * encodeDelimited). Returns the complete messages and the number of bytes consumed, so a
 * streaming reader keeps the incomplete tail for the next chunk.
 */
export function splitDelimited(buffer: Uint8Array, maxMessageBytes = 16 * 1024 * 1024): { messages: Uint8Array[]; consumed: number; error?: string } {
  const messages: Uint8Array[] = [];
  let pos = 0;
  while (pos < buffer.length) {
    const header = readVarint(buffer, pos);
    if (header === null) break; // incomplete length prefix
    if (header.value > maxMessageBytes) return { messages, consumed: pos, error: `message length ${header.value} exceeds ${maxMessageBytes}` };
    const start = header.next;
    const end = start + header.value;
    if (end > buffer.length) break;
    messages.push(buffer.subarray(start, end));
    pos = end;
  }
  return { messages, consumed: pos };
}

function readVarint(buf: Uint8Array, pos: number): { value: number; next: number } | null {
  let value = 0;
  let shift = 0;
  for (let i = pos; i < buf.length && i < pos + 5; i++) {
    const b = buf[i]!;
    value += (b & 0x7f) * 2 ** shift;
    if ((b & 0x80) === 0) return { value, next: i + 1 };
    shift += 7;
  }
  if (buf.length - pos >= 5) return { value: Number.MAX_SAFE_INTEGER, next: pos + 5 };
  return null;
}

/** Encodes views as length-delimited VideoView messages. */
export function encodeDelimitedViews(views: RawView[]): Uint8Array {
  const chunks = views.map((v) => pb.VideoView.encodeDelimited(v as never).finish());
  return Buffer.concat(chunks);
}

