import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FULL, reliabilityMarkdown, resultsFile, type FaultRow } from './faultReport';

/**
 * Writes the table of the cases that ran: docs/reliability.md for the whole suite, a file in
 * the temporary folder for CI's bounded subset (which must not rewrite the documented figures).
 */
export default function globalTeardown(): void {
  const file = resultsFile();
  if (!fs.existsSync(file)) return;
  const rows = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as FaultRow);
  const heading = `Last run: ${new Date().toISOString()}, ${FULL ? 'whole suite' : 'CI subset (QOE_FAULTS=ci)'}; node ${process.version}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB.`;
  const target = FULL ? path.resolve(__dirname, '../../../docs/reliability.md') : path.join(os.tmpdir(), 'qoe-reliability-ci.md');
  fs.writeFileSync(target, reliabilityMarkdown(rows, heading));
  process.stderr.write(`fault suite: ${rows.length} cases, table in ${target}\n`);
}
