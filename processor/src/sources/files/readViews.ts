import * as readline from 'node:readline';
import type { DeadLetter, ViewRecord } from '../../decode/viewRecord';
import { deadLetter } from '../../decode/viewRecord';
import type { ViewLimits } from '../../decode/normalizeView';
import { decodeViewLine } from '../../decode/viewsNdjson';
import { decodeViewMessage, splitDelimited } from '../../decode/viewsProtobuf';
import { openInput } from './openInput';

/** The encodings of view files: NDJSON, or length-delimited VideoView protobuf. */
export const VIEW_FILE_FORMATS = ['ndjson', 'protobuf'] as const;
export type ViewFileFormat = (typeof VIEW_FILE_FORMATS)[number];

export interface ViewBatch {
  views: ViewRecord[];
  dead: DeadLetter[];
  /** Bytes of the input consumed so far (for progress). */
  bytesRead: number;
  /** Records (lines or messages, good or bad) consumed so far: the resume position. */
  recordsConsumed: number;
  /** Event time of the last view in the batch, ms. */
  lastEventMs?: number;
}

/** ndjson unless the name says protobuf (.pb, .bin, .protobuf, .delimited; then maybe .gz). */
export function formatOfFile(file: string): ViewFileFormat {
  return /\.(pb|bin|protobuf|delimited)(\.gz)?$/i.test(file) ? 'protobuf' : 'ndjson';
}

/**
 * Reads views from a file ("-" = stdin; gzip content inflated) in batches of `batchSize` records. NDJSON: one
 * view a line. Protobuf: length-delimited VideoView messages. Bad records come out as
 * dead letters in the batch where they were read; nothing stops the stream.
 */
export async function* readViewFile(file: string, format: ViewFileFormat, batchSize: number, limits: () => ViewLimits, skipRecords = 0): AsyncGenerator<ViewBatch> {
  const input = openInput(file);
  if (format === 'ndjson') yield* readNdjson(input, file, batchSize, limits, skipRecords);
  else yield* readDelimited(input, file, batchSize, limits, skipRecords);
}

async function* readNdjson(input: NodeJS.ReadableStream, source: string, batchSize: number, limits: () => ViewLimits, skipRecords: number): AsyncGenerator<ViewBatch> {
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  let batch: ViewBatch = { views: [], dead: [], bytesRead: 0, recordsConsumed: 0 };
  let bytes = 0;
  let lineNo = 0;
  let inBatch = 0;
  for await (const line of rl) {
    lineNo++;
    bytes += Buffer.byteLength(line) + 1;
    if (lineNo <= skipRecords) continue;
    const r = decodeViewLine(line, limits(), source, lineNo);
    if ('skip' in r) continue;
    if ('view' in r) {
      batch.views.push(r.view);
      batch.lastEventMs = r.view.viewEndMs;
    } else batch.dead.push(r.dead);
    if (++inBatch >= batchSize) {
      batch.bytesRead = bytes;
      batch.recordsConsumed = lineNo;
      yield batch;
      batch = { views: [], dead: [], bytesRead: bytes, recordsConsumed: lineNo };
      inBatch = 0;
    }
  }
  batch.bytesRead = bytes;
  batch.recordsConsumed = lineNo;
  if (inBatch > 0) yield batch;
}

async function* readDelimited(input: NodeJS.ReadableStream, source: string, batchSize: number, limits: () => ViewLimits, skipRecords: number): AsyncGenerator<ViewBatch> {
  let pending: Buffer = Buffer.alloc(0);
  let offset = 0;
  let index = 0;
  let batch: ViewBatch = { views: [], dead: [], bytesRead: 0, recordsConsumed: 0 };
  let inBatch = 0;
  for await (const chunk of input) {
    pending = pending.length === 0 ? (chunk as Buffer) : Buffer.concat([pending, chunk as Buffer]);
    const { messages, consumed, error } = splitDelimited(pending);
    for (const m of messages) {
      index++;
      if (index <= skipRecords) {
        offset += m.length;
        continue;
      }
      const r = decodeViewMessage(m, limits(), source, offset);
      offset += m.length;
      if ('view' in r) {
        batch.views.push(r.view);
        batch.lastEventMs = r.view.viewEndMs;
      } else batch.dead.push(r.dead);
      if (++inBatch >= batchSize) {
        batch.bytesRead = offset;
        batch.recordsConsumed = index;
        yield batch;
        batch = { views: [], dead: [], bytesRead: offset, recordsConsumed: index };
        inBatch = 0;
      }
    }
    if (error) {
      batch.dead.push(deadLetter(`corrupt length-delimited stream: ${error}; rest of input skipped`, source, pending.subarray(consumed, consumed + 64), offset));
      pending = Buffer.alloc(0);
      break;
    }
    pending = pending.subarray(consumed);
  }
  if (pending.length > 0) batch.dead.push(deadLetter('truncated message at end of input', source, pending.subarray(0, 64), offset));
  batch.bytesRead = offset;
  batch.recordsConsumed = index;
  if (inBatch > 0 || batch.dead.length > 0) yield batch;
}
