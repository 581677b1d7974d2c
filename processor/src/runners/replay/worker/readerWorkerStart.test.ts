import { enrichesOnWorker, readInWorkerFor, replayInputsOf } from './readerWorkerStart';

describe('starting the reader worker', () => {
  it('finds the files a replay command line names, in both spellings, and nothing else', () => {
    expect(replayInputsOf(['node', 'qoe.js', 'replay', '--views', 'a.ndjson', '--cdn-logs=b.log', '--cdn-format', 'cloudfront', '--out', 'x.lp'])).toEqual({ views: 'a.ndjson', cdnLogs: 'b.log', cdnFormat: 'cloudfront' });
    expect(replayInputsOf(['node', 'qoe.js', 'replay', '--cdn-logs', 'c.log', '--out', 'x.lp'])).toEqual({ cdnLogs: 'c.log' });
    expect(replayInputsOf(['node', 'qoe.js', 'replay', '--out', 'x.lp', '--views'])).toEqual({});
    expect(replayInputsOf(['node', 'qoe.js', 'replay', '--viewsx', 'a'])).toEqual({});
  });

  it('follows QOE_REPLAY_READER: worker always, main never, auto not for stdin or a missing file', () => {
    expect(readInWorkerFor('worker', '-')).toBe(true);
    expect(readInWorkerFor('main', __filename)).toBe(false);
    expect(readInWorkerFor('auto', '-')).toBe(false);
    expect(readInWorkerFor('auto', '/nonexistent/file.ndjson')).toBe(false);
    expect(readInWorkerFor('nonsense', __filename)).toBe(false);
  });

  it('enriches CloudFront logs on the worker (cheap to parse), JSON formats on the main thread', () => {
    expect(['cloudfront', 'cloudfront-realtime'].every((f) => enrichesOnWorker(f as never))).toBe(true);
    expect(['fastly', 'akamai-ds2', 'cloudflare'].some((f) => enrichesOnWorker(f as never))).toBe(false);
  });
});
