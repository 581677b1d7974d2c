// Starts librdkafka's built-in mock Kafka cluster (a real Kafka wire-protocol
// implementation on loopback TCP) through node-rdkafka, prints its bootstrap servers as
// one JSON line, and keeps it alive until stdin closes or the process is killed.
// argv: [brokers, groupLogFile?]. With a log file, the mock's consumer-group coordinator
// writes what it decides (joins, leaves, session timeouts, elections, state changes) there,
// for the post-mortem of a test that waited in vain for a group to settle.
'use strict';
const fs = require('node:fs');
const Kafka = require('node-rdkafka');

const brokers = Number(process.argv[2] || 1);
const groupLog = process.argv[3];
/** The coordinator's lines (rdkafka_mock_cgrp.c) and the group requests, not fetches and heartbeats. */
const GROUP_LINE = /group|Member|member|Received (JoinGroup|SyncGroup|LeaveGroup)|Connection .* closed/;
const producer = new Kafka.Producer({
  'test.mock.num.brokers': brokers,
  'bootstrap.servers': '127.0.0.1:1',
  log_level: groupLog ? 7 : 0,
  ...(groupLog ? { debug: 'mock', event_cb: true } : {}),
});
if (groupLog) {
  const out = fs.createWriteStream(groupLog, { flags: 'a' });
  producer.on('event.log', (l) => {
    if (GROUP_LINE.test(l.message)) out.write(`${new Date().toISOString()} ${l.message}\n`);
  });
}
producer.connect({ timeout: 10000 }, (err) => {
  if (err) {
    process.stderr.write(`mock cluster failed: ${err.message}\n`);
    process.exit(1);
  }
  producer.getMetadata({ timeout: 10000 }, (err2, md) => {
    if (err2) {
      process.stderr.write(`mock cluster metadata failed: ${err2.message}\n`);
      process.exit(1);
    }
    process.stdout.write(JSON.stringify({ brokers: md.brokers.map((b) => `${b.host}:${b.port}`) }) + '\n');
  });
});
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
