import type { DeadLetter, ViewRecord } from '../../decode/viewRecord';
import type { ViewLimits } from '../../decode/normalizeView';
import { decodeViewLine } from '../../decode/viewsNdjson';
import { CHUNK_BYTES, openChunkedInput, openInput, plainFileSize } from './openInput';
import { readLines } from './readLines';
import { inputFiles, isDirectory } from './inputFiles';
import { MERGED_CHUNK_BYTES, MERGED_FILE_BATCH, mergeByEventTime, type MergePosition, type RecordBatch } from './mergeByEventTime';
import type { ViewFileFormat } from './viewFileFormat';

export { formatOfFile, formatOfInput, VIEW_FILE_FORMATS, type ViewFileFormat } from './viewFileFormat';

export interface ViewBatch {
  views: ViewRecord[];
  dead: DeadLetter[];
  /** Bytes of the input consumed so far (for progress). */
  bytesRead: number;
  /** Records (lines or messages, good or bad) consumed so far: the resume position. */
  recordsConsumed: number;
  /** Event time of the last view in the batch, ms. */
  lastEventMs?: number;
  /** A directory's: where each of its files stands (a resume opens them there). */
  position?: MergePosition;
}

/** Puts a decoded record into the batch: a view (the batch's event time moves to it) or a dead letter. */
function addDecoded(batch: ViewBatch, r: { view: ViewRecord } | { dead: DeadLetter }): void {
  if ('view' in r) {
    batch.views.push(r.view);
    batch.lastEventMs = r.view.viewEndMs;
  } else batch.dead.push(r.dead);
}

/** Closes the batch at a position of the input and starts the next one there. */
function closeBatch(batch: ViewBatch, bytesRead: number, recordsConsumed: number): ViewBatch {
  batch.bytesRead = bytesRead;
  batch.recordsConsumed = recordsConsumed;
  return { views: [], dead: [], bytesRead, recordsConsumed };
}

/**
 * Reads views from a file ("-" = stdin; gzip content inflated), or the files of a directory
 * merged in event time (readViewDirectory), in batches of `batchSize` records. NDJSON: one
 * view a line. Protobuf: length-delimited VideoView messages, or (in content of up to
 * 16 MiB, where the whole can be judged) one unframed VideoView such as a single Mux record,
 * or a VideoViewBatch (detectViewFraming). Bad records come out as dead letters in the batch
 * where they were read; nothing stops the stream.
 */
export function readViewFile(file: string, format: ViewFileFormat, batchSize: number, limits: () => ViewLimits, skipRecords = 0, mergeFrom?: MergePosition): AsyncGenerator<ViewBatch> {
  return isDirectory(file) ? readViewDirectory(file, format, batchSize, limits, skipRecords, mergeFrom) : readOneViewFile(file, format, batchSize, limits, skipRecords);
}

async function* readOneViewFile(file: string, format: ViewFileFormat, batchSize: number, limits: () => ViewLimits, skipRecords: number, chunkBytes = CHUNK_BYTES): AsyncGenerator<ViewBatch> {
  if (format === 'ndjson') yield* readNdjson(openChunkedInput(file, chunkBytes), file, batchSize, limits, skipRecords);
  else yield* readProtobuf(openInput(file, chunkBytes), file, batchSize, limits, skipRecords);
}

/**
 * The views files of a directory (an export delivered a file a day or an hour, in its folders
 * too: inputFiles) read side by side in event time (view_end) by mergeByEventTime, as one
 * stream: files that cover the same hours are read together, so the windows see their views in
 * time order, where one file after another would make every view of an overlapping file late.
 * Every file is read in `format`. recordsConsumed counts the merged stream's records (views and
 * dead letters) and `position` says where each file stands; a resume opens each file where it
 * stood (mergeFrom: the files read to their end are not read again), or without a position
 * merges the files again and passes over skipRecords of the merged stream. The stream is the
 * same whatever `batchSize` (each file is read in batches of MERGED_FILE_BATCH), so a replay
 * resumed with another --batch-size continues where it stood.
 */
async function* readViewDirectory(dir: string, format: ViewFileFormat, batchSize: number, limits: () => ViewLimits, skipRecords: number, mergeFrom: MergePosition | undefined): AsyncGenerator<ViewBatch> {
  const open = (file: string, skip: number) => asRecordBatches(readOneViewFile(file, format, MERGED_FILE_BATCH, limits, skip, MERGED_CHUNK_BYTES));
  let recordsConsumed = skipRecords;
  for await (const b of mergeByEventTime(dir, inputFiles(dir), open, (v) => v.viewEndMs, batchSize, mergeFrom ?? skipRecords)) {
    recordsConsumed += b.records.length + b.dead.length;
    const batch: ViewBatch = { views: b.records, dead: b.dead, bytesRead: b.bytesRead, recordsConsumed, position: b.position };
    const last = b.records[b.records.length - 1];
    if (last !== undefined) batch.lastEventMs = last.viewEndMs;
    yield batch;
  }
}

async function* asRecordBatches(batches: AsyncGenerator<ViewBatch>): AsyncGenerator<RecordBatch<ViewRecord>> {
  for await (const b of batches) yield { records: b.views, dead: b.dead, bytesRead: b.bytesRead, recordsConsumed: b.recordsConsumed };
}

/** Content up to this size is read whole to tell its framing; larger content is delimited. */
const WHOLE_CONTENT_BYTES = 16 * 1024 * 1024;

/**
 * Whether a file is surely delimited before any of it is read: a plain (not gzip) file
 * larger than WHOLE_CONTENT_BYTES, whose content is its bytes. It is then read as such from
 * its first byte instead of after 16 MiB gathered ahead. (A gzip file's content size is only
 * known once inflated.)
 */
function plainFileOverWholeContentSize(file: string): boolean {
  return (plainFileSize(file) ?? 0) > WHOLE_CONTENT_BYTES;
}

async function* readProtobuf(input: NodeJS.ReadableStream, source: string, batchSize: number, limits: () => ViewLimits, skipRecords: number): AsyncGenerator<ViewBatch> {
  if (plainFileOverWholeContentSize(source)) {
    yield* readDelimited(input, source, batchSize, limits, skipRecords);
    return;
  }
  // protobufjs and the generated code load only for protobuf input.
  const { detectViewFraming, splitBatch } = await import('../../decode/viewsProtobuf');
  const it = (input as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let size = 0;
  let ended = false;
  // An input that fails before its framing is known is read as delimited views up to the failure.
  let failure: unknown;
  try {
    while (size <= WHOLE_CONTENT_BYTES) {
      const r = await it.next();
      if (r.done) {
        ended = true;
        break;
      }
      head.push(r.value);
      size += r.value.length;
    }
  } catch (err) {
    failure = err;
  }
  if (ended) {
    const all = Buffer.concat(head);
    const framing = detectViewFraming(all);
    if (framing !== 'delimited') {
      yield* decodeWhole(framing === 'single' ? [all] : splitBatch(all), source, batchSize, limits, skipRecords, all.length);
      return;
    }
  }
  async function* rest(): AsyncGenerator<Buffer> {
    yield* head;
    if (failure !== undefined) throw failure;
    if (ended) return;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  }
  yield* readDelimited(rest() as unknown as NodeJS.ReadableStream, source, batchSize, limits, skipRecords);
}

/** The views of a single-view or batch file, in batches; the position is the message index. */
async function* decodeWhole(messages: Uint8Array[], source: string, batchSize: number, limits: () => ViewLimits, skipRecords: number, bytes: number): AsyncGenerator<ViewBatch> {
  const { decodeViewMessage } = await import('../../decode/viewsProtobuf');
  for (let from = skipRecords; from < messages.length; from += batchSize) {
    const batch: ViewBatch = { views: [], dead: [], bytesRead: 0, recordsConsumed: 0 };
    const to = Math.min(messages.length, from + batchSize);
    for (let i = from; i < to; i++) {
      addDecoded(batch, decodeViewMessage(messages[i]!, limits(), source, i));
    }
    batch.recordsConsumed = to;
    batch.bytesRead = to === messages.length ? bytes : Math.floor((bytes * to) / messages.length);
    yield batch;
  }
}

async function* readNdjson(input: AsyncIterable<Buffer>, source: string, batchSize: number, limits: () => ViewLimits, skipRecords: number): AsyncGenerator<ViewBatch> {
  let batch: ViewBatch = { views: [], dead: [], bytesRead: 0, recordsConsumed: 0 };
  let bytes = 0;
  let lineNo = 0;
  let inBatch = 0;
  // An input that fails part-way (a truncated gzip) fails after the batch of what was read before it.
  let failure: unknown;
  try {
    for await (const lines of readLines(input, { blocks: true })) {
      for (let i = 0; i < lines.count; i++) {
        lineNo++;
        bytes += lines.bytes(i);
        if (lineNo <= skipRecords) continue;
        const r = decodeViewLine(lines.text(i), limits(), source, lineNo);
        if ('skip' in r) continue;
        addDecoded(batch, r);
        if (++inBatch >= batchSize) {
          const full = batch;
          batch = closeBatch(full, bytes, lineNo);
          yield full;
          inBatch = 0;
        }
      }
    }
  } catch (err) {
    failure = err;
  }
  closeBatch(batch, bytes, lineNo);
  if (inBatch > 0) yield batch;
  if (failure !== undefined) throw failure;
}

async function* readDelimited(input: NodeJS.ReadableStream, source: string, batchSize: number, limits: () => ViewLimits, skipRecords: number): AsyncGenerator<ViewBatch> {
  const { DelimitedViews } = await import('../../decode/delimitedViews');
  // Corrupt framing is skipped to the next view: a stretch skipped is one dead letter and one record.
  const records = new DelimitedViews(limits, source);
  let offset = 0;
  let index = 0;
  let batch: ViewBatch = { views: [], dead: [], bytesRead: 0, recordsConsumed: 0 };
  let inBatch = 0;
  const take = function* (atEnd: boolean): Generator<ViewBatch> {
    // Records already consumed (a resumed replay) are passed over undecoded.
    for (let r = records.next(atEnd, index >= skipRecords); r !== undefined; r = records.next(atEnd, index >= skipRecords)) {
      index++;
      offset = r.end;
      if (r.result === undefined) continue;
      addDecoded(batch, r.result);
      if (++inBatch >= batchSize) {
        const full = batch;
        batch = closeBatch(full, offset, index);
        yield full;
        inBatch = 0;
      }
    }
  };
  // An input that fails part-way (a truncated gzip) fails after the batch of what was read
  // before it (a frame it cut short is a dead letter, as at the end of a file).
  let failure: unknown;
  try {
    for await (const chunk of input) {
      records.push(chunk as Buffer);
      yield* take(false);
    }
  } catch (err) {
    failure = err;
  }
  yield* take(true);
  closeBatch(batch, offset, index);
  if (inBatch > 0 || batch.dead.length > 0) yield batch;
  if (failure !== undefined) throw failure;
}
