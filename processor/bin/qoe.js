#!/usr/bin/env node
'use strict';
// Runs the compiled CLI (npm run build -w processor; `npm ci` at the root builds it).
// A closed pipe on stdout (qoe simulate | head) ends the program quietly.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
// A replay's reader worker loads its modules, and its CDN logs' geo tables are read (by that
// worker when it enriches them, else here), while the CLI loads its own modules (see
// readerWorkerStart.ts, bundledGeoFiles.ts).
if (process.argv[2] === 'replay') {
  const { cdnEnrichedOnWorker } = require('../dist/runners/replay/worker/readerWorkerStart.js').startReaderWorkerEarly();
  const cdn = process.argv.some((a) => a === '--cdn-logs' || a.startsWith('--cdn-logs='));
  if (cdn && !cdnEnrichedOnWorker) require('../dist/enrich/bundledGeoFiles.js').readBundledGeoAhead();
}
require('../dist/cli/main.js').main();
