import * as zlib from 'node:zlib';
import { tempFile } from '../../test-support/viewFiles';
import { inputFailure, InputReadError, untilInputFails } from './inputReadError';
import { openChunkedInput } from './openInput';
import { readCdnLogFile } from './readCdnLogs';

const LOG_HEADER = '#Version: 1.0\n#Fields: date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem sc-status cs(Referer) cs(User-Agent) cs-uri-query cs(Cookie) x-edge-result-type x-edge-request-id x-host-header cs-protocol cs-bytes time-taken\n';
/** CloudFront lines of 3,000 requests, varied enough that gzip does not squeeze them to nothing. */
const LOG =
  LOG_HEADER +
  Array.from({ length: 3_000 }, (_, i) => `2026-11-20\t12:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}\tFRA${i % 7}-P1\t${1000 + ((i * 7919) % 100_000)}\t10.0.${i % 256}.${(i * 13) % 256}\tGET\td1.cloudfront.net\t/env/asset-${i % 40}/720p/seg_${i}.m4s\t200\t-\t-\t-\t-\tHit\treq${(i * 2654435761) % 4294967296}\tvideo.example\thttps\t300\t0.0${i % 10}`).join('\n') +
  '\n';

/** The first half of the log's gzip bytes, and the complete lines gzip gives back from them. */
function cutGzip(text: string): { bytes: Buffer; completeLines: string[] } {
  const gz = zlib.gzipSync(text);
  const bytes = gz.subarray(0, Math.floor(gz.length / 2));
  const readable = zlib.gunzipSync(bytes, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString('utf8');
  return { bytes, completeLines: readable.slice(0, readable.lastIndexOf('\n')).split('\n') };
}

describe('inputFailure', () => {
  it("says what zlib's and the file system's errors mean for the input", () => {
    expect(inputFailure(Object.assign(new Error('unexpected end of file'), { code: 'Z_BUF_ERROR' }))).toBe('the gzip content ends early (a truncated file); what came before was read');
    expect(inputFailure(Object.assign(new Error('incorrect data check'), { code: 'Z_DATA_ERROR' }))).toBe('the gzip content is damaged (incorrect data check); what came before the damage was read');
    expect(inputFailure(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' }))).toBe('reading failed (EIO: i/o error, read)');
  });
});

describe('an input that fails part-way', () => {
  it('gives every byte gzip can give before the cut, then an InputReadError naming the file', async () => {
    const { bytes, completeLines } = cutGzip(LOG);
    const file = tempFile('cut.log.gz', bytes);
    const chunks: Buffer[] = [];
    let error: unknown;
    try {
      for await (const c of openChunkedInput(file)) chunks.push(Buffer.from(c));
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(InputReadError);
    expect((error as Error).message).toBe(`${file}: the gzip content ends early (a truncated file); what came before was read`);
    const read = Buffer.concat(chunks).toString('utf8');
    expect(LOG.startsWith(read)).toBe(true);
    expect(read.length).toBeGreaterThanOrEqual(completeLines.join('\n').length);
  });

  it('is read by readCdnLogFile to its last complete line (the batch of the lines before the failure first), then fails', async () => {
    const { bytes, completeLines } = cutGzip(LOG);
    const expected = completeLines.filter((l) => !l.startsWith('#'));
    expect(expected.length).toBeGreaterThan(500);
    expect(expected.length).toBeLessThan(3_000);
    const ids: string[] = [];
    let failure: InputReadError | undefined;
    const batches = readCdnLogFile(tempFile('cut.log.gz', bytes), 'cloudfront', 1_000);
    for await (const batch of untilInputFails(batches, (err) => (failure = err))) {
      expect(batch.dead).toEqual([]);
      for (const r of batch.records) ids.push(r.record_id!);
    }
    expect(failure?.reason).toMatch(/^the gzip content ends early/);
    expect(ids).toEqual(expected.map((l) => l.split('\t')[14]));
  });

  it('untilInputFails lets any other error through', async () => {
    async function* failing(): AsyncGenerator<number> {
      yield 1;
      throw new Error('a bug, not the input');
    }
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const n of untilInputFails(failing(), () => undefined)) seen.push(n);
      })(),
    ).rejects.toThrow('a bug, not the input');
    expect(seen).toEqual([1]);
  });
});
