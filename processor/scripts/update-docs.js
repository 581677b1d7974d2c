#!/usr/bin/env node
// Regenerates the schema reference block of docs/measurements.md from the schema module.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { withReference } = require('../dist/schema/reference.js');
const file = path.resolve(__dirname, '../../docs/measurements.md');
fs.writeFileSync(file, withReference(fs.readFileSync(file, 'utf8')));
console.log(`updated ${file}`);
