import * as fs from 'node:fs';
import { resultsFile } from './faultReport';

/** A fresh results file for this run of the fault suite. */
export default function globalSetup(): void {
  process.env.QOE_FAULTS_RUN = String(process.pid);
  fs.rmSync(resultsFile(), { force: true });
}
