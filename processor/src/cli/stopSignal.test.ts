import { spawn } from 'node:child_process';
import * as path from 'node:path';

// Each case runs in a child process (the module installs process-wide signal handlers),
// on the compiled module that `npm test` builds first.
const compiled = path.resolve(__dirname, '../../dist/cli/stopSignal.js');
const script = (body: string) => `
const { listenForStop } = require(${JSON.stringify(compiled)});
const logger = { warn() {}, error() {} };
${body}
process.stdout.write('ready\\n');
`;

function run(body: string): Promise<{ code: number | null; ms: number }> {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn(process.execPath, ['-e', script(body)], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', () => child.kill('SIGTERM'));
    child.on('exit', (code) => resolve({ code, ms: Date.now() - t0 }));
  });
}

describe('stop signal', () => {
  it('a stop during a stuck startup ends the process with 143 after the grace time', async () => {
    const r = await run(`listenForStop(logger, 300); setInterval(() => {}, 1000); /* startup never finishes */`);
    expect(r.code).toBe(143);
  });

  it('a stop during startup waits for it and then shuts down cleanly', async () => {
    // As in qoe start: startup (here 700 ms) runs to its end, then the stop is taken.
    const r = await run(`const s = listenForStop(logger, 5000); setTimeout(async () => { s.running(); await s.stopped; setTimeout(() => process.exit(0), 100); }, 700); setInterval(() => {}, 1000);`);
    expect(r.code).toBe(0);
    expect(r.ms).toBeGreaterThanOrEqual(700);
  });

  it('once running, a stop resolves and the shutdown may take longer than the grace time', async () => {
    const r = await run(`const s = listenForStop(logger, 200); s.running(); s.stopped.then(() => setTimeout(() => process.exit(0), 600)); setInterval(() => {}, 1000);`);
    expect(r.code).toBe(0);
  });
});
