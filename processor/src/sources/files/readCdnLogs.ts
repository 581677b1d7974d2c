import { parseCdnLine, parserFor, passOverCdnLine, type CdnFormat, type CdnJobRecord, type PendingCmcd } from '../../decode/cdn';
import { deadLetter, type DeadLetter } from '../../decode/viewRecord';
import { CHUNK_BYTES, openChunkedInput } from './openInput';
import { readLines } from './readLines';
import { inputFiles, isDirectory } from './inputFiles';
import { MERGED_CHUNK_BYTES, MERGED_FILE_BATCH, mergeByEventTime, type MergePosition } from './mergeByEventTime';

/** Parsed records (the fields enrichment and the CDN jobs read) and the lines' dead letters. */
export interface CdnBatch<R extends CdnJobRecord = CdnJobRecord> {
  records: R[];
  dead: DeadLetter[];
  bytesRead: number;
  /**
   * Where the input stands after this batch, as a resume counts it (skipRecords): a file's
   * lines read (header and blank lines too); a directory's records and dead letters merged.
   */
  recordsConsumed: number;
  /** A directory's: where each of its files stands (a resume opens them there). */
  position?: MergePosition;
}

/**
 * Reads a CDN log file ("-" = stdin; gzip content inflated), or the files of a directory
 * merged in event time (mergeByEventTime), in batches of parsed records and dead letters. A
 * file's records go to enrichment and the CDN jobs (or their bench), so only what those read
 * is read (ParserOptions.jobFieldsOnly). With `cmcd: 'payloads'` a record's CMCD is left
 * unread, in cmcdPayloads.
 */
export function readCdnLogFile(file: string, format: CdnFormat, batchSize: number, opts: CdnReadOptions = {}, skipRecords = 0, mergeFrom?: MergePosition): AsyncGenerator<CdnBatch<CdnJobRecord & PendingCmcd>> {
  return isDirectory(file) ? readCdnLogDirectory(file, format, batchSize, opts, skipRecords, mergeFrom) : readOneCdnLogFile(file, format, batchSize, opts, skipRecords);
}

/**
 * A directory of a log delivery's files: read side by side, in event-time order, in smaller
 * chunks (the files that cover the same minutes, tens or hundreds of them, are open at once).
 * A resume opens each file where it stood (mergeFrom: files read to their end are not read
 * again), or without a position merges them again and passes over the first skipRecords
 * records and dead letters.
 */
async function* readCdnLogDirectory(dir: string, format: CdnFormat, batchSize: number, opts: CdnReadOptions, skipRecords: number, mergeFrom: MergePosition | undefined): AsyncGenerator<CdnBatch<CdnJobRecord & PendingCmcd>> {
  const open = (f: string, skip: number) => readOneCdnLogFile(f, format, MERGED_FILE_BATCH, opts, skip, MERGED_CHUNK_BYTES);
  let recordsConsumed = skipRecords;
  for await (const b of mergeByEventTime(dir, inputFiles(dir), open, (r) => Number(r.request_time_ms), batchSize, mergeFrom ?? skipRecords)) {
    recordsConsumed += b.records.length + b.dead.length;
    yield { records: b.records, dead: b.dead, bytesRead: b.bytesRead, recordsConsumed, position: b.position };
  }
}

export interface CdnReadOptions {
  fields?: readonly string[];
  nowMs?: number;
  cmcd?: 'read' | 'payloads';
}

/**
 * One file's batches. A resume (skipRecords) passes over that many lines: each is shown to
 * the parser (passOverCdnLine) for what it tells about the lines after it (a #Fields line, a
 * Logpush header line, a delivery's delimiter), as the interrupted run read it, and its
 * record is not made.
 */
async function* readOneCdnLogFile(file: string, format: CdnFormat, batchSize: number, opts: CdnReadOptions, skipRecords: number, chunkBytes = CHUNK_BYTES): AsyncGenerator<CdnBatch<CdnJobRecord & PendingCmcd>> {
  const input = openChunkedInput(file, chunkBytes);
  const parser = parserFor(format, { fields: opts.fields, jobFieldsOnly: true });
  const nowMs = opts.nowMs ?? Date.now();
  const cmcd = opts.cmcd ?? 'read';
  let batch: CdnBatch<CdnJobRecord & PendingCmcd> = { records: [], dead: [], bytesRead: 0, recordsConsumed: 0 };
  let bytes = 0;
  let lineNo = 0;
  // An input that fails part-way (a truncated gzip) fails after the batch of what was read before it.
  let failure: unknown;
  try {
    for await (const lines of readLines(input)) {
      for (let i = 0; i < lines.count; i++) {
        const line = lines.text(i);
        lineNo++;
        bytes += lines.bytes(i);
        if (lineNo <= skipRecords) {
          passOverCdnLine(parser, line);
          continue;
        }
        const r = parseCdnLine(parser, line, nowMs, { cmcd });
        if ('skip' in r) continue;
        if ('record' in r) {
          const record: CdnJobRecord & PendingCmcd = r.record;
          if (r.cmcdPayloads) record.cmcdPayloads = r.cmcdPayloads;
          batch.records.push(record);
        }
        else batch.dead.push(deadLetter(r.dead, `${format}:${file}`, line, lineNo));
        if (batch.records.length + batch.dead.length >= batchSize) {
          batch.bytesRead = bytes;
          batch.recordsConsumed = lineNo;
          yield batch;
          batch = { records: [], dead: [], bytesRead: bytes, recordsConsumed: lineNo };
        }
      }
    }
  } catch (err) {
    failure = err;
  }
  batch.bytesRead = bytes;
  batch.recordsConsumed = lineNo;
  if (batch.records.length + batch.dead.length > 0) yield batch;
  if (failure !== undefined) throw failure;
}
