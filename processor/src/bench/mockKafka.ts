import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';

export interface TestKafka {
  brokers: string[];
  /** Whether this is librdkafka's mock cluster (true) or a real Kafka from KAFKA_BROKERS. */
  mock: boolean;
  /** The mock coordinator's log of group decisions, when one was asked for. */
  groupLog?: string;
  stop(): Promise<void>;
}

/**
 * Kafka for tests and the bench: the real cluster named by KAFKA_BROKERS (docker-compose), else
 * librdkafka's mock cluster, started in a child process through node-rdkafka.
 */
export async function startTestKafka(opts: { groupLog?: string } = {}): Promise<TestKafka> {
  const env = process.env.KAFKA_BROKERS;
  if (env) return { brokers: env.split(',').map((b) => b.trim()), mock: false, stop: async () => {} };
  let started: { child: ChildProcess; brokers: string[] } | undefined;
  // The mock cluster's process was seen to die by a signal before it was ready, with no
  // output, once in many CI runs (under the fault suite's load; librdkafka's mock cluster
  // and node-rdkafka's log callback are third-party code): a start that dies before it is
  // ready is tried again, and each such death is reported with its exit code and signal.
  for (let attempt = 1; started === undefined; attempt++) {
    try {
      started = await startMockCluster(opts.groupLog);
    } catch (err) {
      if (!(err instanceof MockClusterDied) || attempt >= MOCK_START_ATTEMPTS) throw err;
      process.stderr.write(`test Kafka: ${err.message}; starting it again (attempt ${attempt + 1} of ${MOCK_START_ATTEMPTS})\n`);
    }
  }
  const { child, brokers } = started;
  return {
    brokers,
    mock: true,
    ...(opts.groupLog ? { groupLog: opts.groupLog } : {}),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.stdin!.end();
        setTimeout(() => child.kill('SIGKILL'), 3_000).unref();
      }),
  };
}

const MOCK_START_ATTEMPTS = 3;

/** The mock cluster's process ended before it printed its bootstrap servers. */
class MockClusterDied extends Error {}

async function startMockCluster(groupLog: string | undefined): Promise<{ child: ChildProcess; brokers: string[] }> {
  const script = path.resolve(__dirname, '../../test/support/kafkaMockBroker.js');
  const child: ChildProcess = spawn(process.execPath, [script, '1', ...(groupLog ? [groupLog] : [])], { stdio: ['pipe', 'pipe', 'inherit'] });
  const brokers = await new Promise<string[]>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('mock Kafka cluster did not start in 20 s'));
    }, 20_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const nl = out.indexOf('\n');
      if (nl >= 0) {
        clearTimeout(timer);
        resolve((JSON.parse(out.slice(0, nl)) as { brokers: string[] }).brokers);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new MockClusterDied(`mock Kafka cluster exited before it was ready (exit code ${String(code)}, signal ${String(signal)})`));
    });
  });
  return { child, brokers };
}
