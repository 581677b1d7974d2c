// Starts librdkafka's built-in mock Kafka cluster (a real Kafka wire-protocol
// implementation on loopback TCP) through node-rdkafka, prints its bootstrap servers as
// one JSON line, and keeps it alive until stdin closes or the process is killed.
'use strict';
const Kafka = require('node-rdkafka');

const brokers = Number(process.argv[2] || 1);
const producer = new Kafka.Producer({
  'test.mock.num.brokers': brokers,
  'bootstrap.servers': '127.0.0.1:1',
  log_level: 0,
});
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
