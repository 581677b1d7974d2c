#!/usr/bin/env node
'use strict';
// Runs the compiled CLI (npm run build -w processor; `npm ci` at the root builds it).
// A closed pipe on stdout (qoe simulate | head) ends the program quietly.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
require('../dist/cli/main.js').main();
