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
  const script = path.resolve(__dirname, '../../test/support/kafkaMockBroker.js');
  const child: ChildProcess = spawn(process.execPath, [script, '1', ...(opts.groupLog ? [opts.groupLog] : [])], { stdio: ['pipe', 'pipe', 'inherit'] });
  const brokers = await new Promise<string[]>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('mock Kafka cluster did not start in 20 s')), 20_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const nl = out.indexOf('\n');
      if (nl >= 0) {
        clearTimeout(timer);
        resolve((JSON.parse(out.slice(0, nl)) as { brokers: string[] }).brokers);
      }
    });
    child.once('exit', (code) => reject(new Error(`mock Kafka cluster exited with ${String(code)}`)));
  });
  return {
    brokers,
    mock: true,
    ...(opts.groupLog ? { groupLog: opts.groupLog } : {}),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.stdin!.end();
        setTimeout(() => child.kill('SIGKILL'), 3_000).unref();
      }),
  };
}
